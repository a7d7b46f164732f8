| A stand-in for a program compiled by NeXT's own cc and linked with
| -lsys_s (no NeXT compiler is available here): the code is what NeXT cc
| emits for
|     main() { char *p = malloc(16); strcpy(p, "NeXT");
|              int n = printf("%s %d %5.2f\n", p, 33, 2.75);
|              fprintf(stderr, "n=%d\n", n); free(p); exit(n); }
| -- arguments pushed right to left, `jbsr _printf` resolved by NeXT's ld to a
| jsr to the absolute jump-table slot, caller pops, every result (pointers
| too) in d0, doubles pushed as two words -- plus the start-up of NeXT's
| crt0 (argc/argv/envp words, *_mach_init_routine, errno = 0, main, exit).
| Slot and data addresses: src/ld/libsys-m68k-55.tsv.
	.set	_malloc,  0x050028fa
	.set	_strcpy,  0x0500301a
	.set	_printf,  0x05002ce4
	.set	_fprintf, 0x0500252e
	.set	_free,    0x05002546
	.set	_exit,    0x050024b0
	.set	__iob,    0x04010000
	.set	_errno,   0x040105b0
	.set	__mach_init_routine, 0x040102b0
	.text
start:
	movel	%sp,%a0
	subw	#12,%sp
	movel	%a0@+,%d0
	movel	%d0,%sp@
	movel	%a0,%sp@(4)
	movel	_mach_init_routine_ptr,%a1
	movel	%a1@,%d1
	beqs	1f
	movel	%d1,%a1
	jsr	%a1@
1:	clrl	_errno
	jsr	main
	movel	%d0,%sp@
	jsr	_exit
	trapt.l	#0xfeadface
_mach_init_routine_ptr:
	.long	__mach_init_routine
main:
	linkw	%a6,#0
	moveml	%d2/%a2,%sp@-
	pea	16:w
	jsr	_malloc
	addqw	#4,%sp
	movel	%d0,%a2				| the pointer comes back in d0
	pea	LC0
	movel	%a2,%sp@-
	jsr	_strcpy
	addqw	#8,%sp
	clrl	%sp@-				| 2.75: low word, then high word
	movel	#0x40060000,%sp@-
	pea	33:w
	movel	%a2,%sp@-
	pea	LC1
	jsr	_printf
	addw	#20,%sp
	movel	%d0,%d2
	movel	%d2,%sp@-
	pea	LC2
	pea	__iob+40			| stderr = &_iob[2]
	jsr	_fprintf
	addw	#12,%sp
	movel	%a2,%sp@-
	jsr	_free
	addqw	#4,%sp
	movel	%d2,%d0
	moveml	%sp@+,%d2/%a2
	unlk	%a6
	rts
LC0:	.asciz	"NeXT"
LC1:	.asciz	"%s %d %5.2f\n"
LC2:	.asciz	"n=%d\n"
