#!/bin/sh
# next-ld -r: absolute references become VANILLA entries (reference section 3):
# to undefined symbols r_extern=1 with the addend alone in the field; to
# defined symbols r_extern=0 naming the target's section, the field holding
# the target's address in the object (sections laid out from 0); to absolute
# symbols no entry at all.  Long, word and byte fields.
. ./rlib.sh
asm v <<'S'
	.text
	.globl f
f:	jsr ext			| extern long at 2, field 0
	move.w #ext+2,%d0	| extern word at 8, field 2
	move.l #d+2,%d1		| local long into __data at 0xc, field 0x28+2
	lea str,%a0		| local long into __cstring at 0x12, field 0x1e
	move.l #absv,%d2	| absolute symbol: no entry, field = 0x1234
	rts
	.section .rodata.str1.1,"aMS",@progbits,1
str:	.string "hi"
	.section .rodata
	.globl k
k:	.long f+4		| local long into __text
	.data
	.globl d
d:	.long ext+12		| extern long with addend
	.word ext2		| extern word
	.byte ext3		| extern byte
	.byte 0
	.long d			| local, same section
	.set absv, 0x1234
S
"$LD" -r -o "$T/v.mo" "$T/v.o"
dump v.mo | golden r-vanilla
