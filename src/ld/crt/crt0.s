| Start file for C programs linked by next-ld into NeXTSTEP 3.3 m68k
| executables (GNU as, MIT syntax: m68k-linux-gnu-as -m68040).
| Process entry (shared/reference/nextstep-m68k-abi.md section 5): the kernel
| starts `start` with sp pointing at argc, followed by argv[0..argc-1], 0,
| envp[0..], 0; every other register is zero.  Like NeXT's crt0 this calls
| main(argc, argv, envp) with the three words on the stack (C calling
| convention: arguments at sp+4 after the jsr), and hands main's result to the
| exit system call: trap #4 with d0 = SYS_exit = 1 and the status at sp+4,
| the word at sp being the dummy return-address slot a libc stub would leave
| (reference section 6).  exit does not return; an illegal instruction
| follows in case it ever does.
	.text
	.globl	start
	.type	start,@function
start:
	move.l	%sp,%a0
	move.l	(%a0)+,%d0		| argc; a0 = argv
	move.l	%d0,%d1
	addq.l	#1,%d1
	lsl.l	#2,%d1
	lea	(%a0,%d1.l),%a1		| envp = argv + (argc + 1) words
	move.l	%a1,environ
	move.l	%a1,-(%sp)
	move.l	%a0,-(%sp)
	move.l	%d0,-(%sp)
	jsr	main
	move.l	%d0,-(%sp)		| status at sp+4
	clr.l	-(%sp)			| dummy return-address slot
	moveq	#1,%d0			| SYS_exit
	trap	#4
	illegal
	.size	start,.-start

	.bss
	.globl	environ
	.align	2
environ:
	.skip	4
	.section .note.GNU-stack,"",@progbits
