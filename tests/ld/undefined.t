#!/bin/sh
# Undefined symbols: each reported once, at its first reference, with the
# object and section offset; the link fails (exit 1) and writes no file.
. ./lib.sh
asm bar <<'S'
	.section .text.start,"ax",@progbits
	.globl start
start:	jsr main
	rts
	.section .text.main,"ax",@progbits
	.globl main
main:	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	jsr foo			| field at .text.main+0x14
	jsr foo
	move.l #other,%d0	| field at .text.main+0x20
	rts
S
cd "$T"
if "$LD" -o out bar.o 2>err; then echo "link should fail"; exit 1; fi
same "$(cat err)" "next-ld: error: undefined symbol: foo (referenced from bar.o:(.text.main+0x14))
next-ld: error: undefined symbol: other (referenced from bar.o:(.text.main+0x20))"
[ ! -e out ] || { echo "output file left behind"; exit 1; }
