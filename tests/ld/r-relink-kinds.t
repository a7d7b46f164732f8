#!/bin/sh
# Every relocation kind next-ld -r writes (extern, local, R_ABS, scattered,
# SECTDIFF + PAIR; long, word and byte) is read back by next-ld's MH_OBJECT
# reader: linking the ELF objects and linking their -r conversion give
# byte-identical executables, for NeXTSTEP 3.3 and 3.2 style objects.
# --no-gc-sections: a -r object has one section per NeXT section, so
# section garbage collection could drop less from it than from the ELF input.
. ./lib.sh
asm k <<'S'
	.text
	.globl start
start:	jsr ext
	move.w #ext2+2,%d0
	move.l #d+2,%d1
	lea str,%a0
	move.l #d-4,%d2
	lea d+0x100,%a1
	lea (tab-4,%pc),%a2
	lea tab+2(%pc),%a3
	bsr.l ext
	bsr.w h
	bsr.l absv
	move.l (ext2,%pc),%d3
	rts
	.set absv, 0x3000
	.section .text.h,"ax",@progbits
h:	rts
	.section .rodata.str1.1,"aMS",@progbits,1
str:	.string "hi"
	.section .rodata
tab:	.long start-.
	.word h-.
	.byte h-.
	.byte 0
	.long ext-.
	.long start+4
	.data
	.globl d
d:	.long ext+12
	.word ext2
	.byte ext3
	.byte 0
	.long d
	.long tab+4-.
	.comm cbuf,16,2
	.long cbuf
S
asm e <<'S'
	.text
	.globl ext, ext2
ext:	rts
ext2:	rts
	.globl ext3
	.set ext3, 0x7f
S
"$LD" --no-gc-sections -o "$T/direct" "$T/k.o" "$T/e.o"
"$LD" -r -o "$T/k.mo" "$T/k.o"
"$LD" -r -NEXTSTEP-deployment-target 3.2 -o "$T/k32.mo" "$T/k.o"
"$LD" --no-gc-sections -o "$T/relink" "$T/k.mo" "$T/e.o"
"$LD" --no-gc-sections -o "$T/relink32" "$T/k32.mo" "$T/e.o"
cmp "$T/direct" "$T/relink"
cmp "$T/direct" "$T/relink32"
