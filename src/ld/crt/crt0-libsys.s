| Start file for C programs linked by next-ld --libsys (or -lsys_s) against
| NeXTSTEP 3.3's shared C library libsys_s.B.shlib (GNU as, MIT syntax:
| m68k-linux-gnu-as -m68040).  It does what NeXT's own crt0 does
| (shared/reference/nextstep-m68k-abi.md section 5, from Csu-1/start.s and
| the disassembly of NS 3.3's crt0 in a NeXT-linked executable):
|   * reserve 3 words, store argc, argv, envp in them and in NXArgc, NXArgv,
|     environ (defined here, as crt0 defines them);
|   * init_shlibs: walk the __fvmlib_init0 table of {value, address} pairs
|     and store each value at its address (section 4: this is how the
|     executable tells libsys where its mach header, environ, NXArgc/NXArgv
|     and the malloc family that libsys itself must call are).  NeXT's ld
|     gathers that table into a __TEXT,__fvmlib_init0 section; next-ld has
|     no such output section, so the table is kept in __const between the
|     labels below and walked the same way;
|   * call *_mach_init_routine and *_cthread_init_routine (libsys data
|     words) when non-zero, clear errno, call _cplus_init (libsys slot);
|   * main(argc, argv, envp) with the 3 reserved words as its arguments;
|     exit(main's result) through libsys (flushes stdio, atexit);
|   * trapt.l #0xfeadface if exit ever returns.
| ELF names have no leading underscore: `exit` here is libsys's `_exit`,
| `_cplus_init` is `__cplus_init`, `_libsys_environ` is `__libsys_environ`.
	.text
	.globl	start
	.type	start,@function
start:
	move.l	%sp,%a0
	subq.l	#8,%sp
	subq.l	#4,%sp			| 3 words: argc, argv, envp for main
	move.l	(%a0)+,%d0		| argc; a0 = argv
	move.l	%d0,(%sp)
	move.l	%a0,4(%sp)
	move.l	%d0,%d1
	addq.l	#1,%d1
	lsl.l	#2,%d1
	lea	(%a0,%d1.l),%a1		| envp = argv + (argc + 1) words
	move.l	%a1,8(%sp)
	move.l	%d0,NXArgc
	move.l	%a0,NXArgv
	move.l	%a1,environ
	bsr.l	init_shlibs
	move.l	_mach_init_routine,%d0
	beq.s	1f
	move.l	%d0,%a0
	jsr	(%a0)
1:	move.l	_cthread_init_routine,%d0
	beq.s	2f
	move.l	%d0,%a0
	jsr	(%a0)
2:	clr.l	errno
	jsr	_cplus_init
	jsr	main
	move.l	%d0,(%sp)		| exit(status)
	jsr	exit
	trapt.l	#0xfeadface
	.size	start,.-start

| Store every {value, address} pair of the __fvmlib_init0 table.
	.type	init_shlibs,@function
init_shlibs:
	lea	fvmlib_init0_start,%a0
	lea	fvmlib_init0_end,%a1
1:	cmp.l	%a1,%a0
	bcc.s	2f
	move.l	(%a0)+,%d0		| value
	move.l	(%a0)+,%d1		| address
	exg	%d1,%a1
	move.l	%d0,(%a1)
	exg	%d1,%a1
	bra.s	1b
2:	rts
	.size	init_shlibs,.-init_shlibs

| The __fvmlib_init0 pairs libsys_s.B.shlib needs (the __libsys_* words of
| its data segment, listed in libsys-m68k-55.tsv; values as in the table
| of a NeXT-linked executable, reference section 4).
	.section .rodata
	.align	2
fvmlib_init0_start:
	.long	_mh_execute_header,	_libsys__mh_execute_header
	.long	environ,		_libsys_environ
	.long	NXArgc,			_libsys_NXArgc
	.long	NXArgv,			_libsys_NXArgv
	.long	exit,			_libsys_exit
	.long	malloc,			_libsys_malloc
	.long	calloc,			_libsys_calloc
	.long	realloc,		_libsys_realloc
	.long	free,			_libsys_free
	.long	setjmp,			_libsys_setjmp
	.long	longjmp,		_libsys_longjmp
	.long	_setjmp,		_libsys__setjmp
	.long	_longjmp,		_libsys__longjmp
fvmlib_init0_end:

	.bss
	.align	2
	.globl	environ, NXArgc, NXArgv
environ:	.skip	4
NXArgc:		.skip	4
NXArgv:		.skip	4
	.section .note.GNU-stack,"",@progbits
