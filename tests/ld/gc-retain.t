#!/bin/sh
# Sections gc must keep although nothing references them: SHF_GNU_RETAIN
# ("R" flag: #[used(linker)], __attribute__((retain))) and .init_array.
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	rts
	.section .text.kept,"axR",@progbits
	.globl kept
kept:	rts
	.section .text.dropped,"ax",@progbits
	.globl dropped
dropped: rts
	.section .init_array,"aw",@init_array
	.long ctor
	.section .text.ctor,"ax",@progbits
	.globl ctor
ctor:	rts
S
"$LD" -o "$T/out" "$T/a.o"
same "$(machodump "$T/out" | grep ' sym ' | cut -d' ' -f4 | tr '\n' ' ')" "_ctor _kept _start "
