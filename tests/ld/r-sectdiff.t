#!/bin/sh
# next-ld -r: a pc-relative field in a data section is a label difference
# (`.long L - .`, jump tables): it becomes a scattered SECTDIFF entry
# (r_value = the target) followed by a scattered PAIR (r_address 0, r_value =
# the field's own address, in the relocated section); the field holds
# target - field address (reference section 3, CCT358 reloc.h).  Long, word
# and byte differences; an undefined target stays a pc-relative extern
# VANILLA entry (SECTDIFF cannot name an undefined symbol).
. ./rlib.sh
asm d <<'S'
	.text
	.globl f
f:	rts
g:	rts
	.section .rodata
jt:	.long f-.		| SECTDIFF long
	.word g-.		| SECTDIFF word
	.byte g-.		| SECTDIFF byte
	.byte 0
	.long ext-.		| extern pc-relative VANILLA
	.data
	.long jt+4-.		| SECTDIFF from __data into __const
S
"$LD" -r -o "$T/d.mo" "$T/d.o"
dump d.mo | golden r-sectdiff
