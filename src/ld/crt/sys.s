| Minimal system-call stubs for C programs linked by next-ld (GNU as, MIT
| syntax).  NeXT's libc stubs use the BSD-on-m68k convention (reference
| shared/reference/nextstep-m68k-abi.md section 6): call number in d0,
| trap #4, arguments read from the user stack at sp+4 -- which is exactly
| where a C caller's jsr leaves them, the return address filling the dummy
| slot -- result in d0, carry set on failure with the errno in d0.  Each stub
| returns the result, or -1 with the NeXT errno stored in `errno`.
| Call numbers (4.3BSD / NeXTSTEP 3.3): exit 1, read 3, write 4.
	.text
	.globl	_exit
	.type	_exit,@function
_exit:					| void _exit(int status)
	moveq	#1,%d0
	trap	#4
	illegal
	.size	_exit,.-_exit

	.globl	write
	.type	write,@function
write:					| long write(int fd, const void *buf, unsigned long n)
	moveq	#4,%d0
	bra.s	.Lsyscall
	.size	write,.-write

	.globl	read
	.type	read,@function
read:					| long read(int fd, void *buf, unsigned long n)
	moveq	#3,%d0
	.size	read,.-read
.Lsyscall:
	trap	#4
	bcs.s	.Lerror
	rts
.Lerror:
	move.l	%d0,errno
	moveq	#-1,%d0
	rts

	.bss
	.globl	errno
	.align	2
errno:
	.skip	4
	.section .note.GNU-stack,"",@progbits
