#!/bin/sh
# next-ld -r: a reference to a defined symbol whose target plus addend lies
# outside the target's section becomes a scattered VANILLA entry whose
# r_value is the symbol's own address (reference section 3, CCT358
# as/write_object.c), so NeXT's ld relocates it by the right section; the
# field holds target + addend (minus P when pc-relative).  Targets inside
# their section, the section's end included, stay plain local entries.
. ./rlib.sh
asm s <<'S'
	.text
	.globl f
f:	move.l #d-4,%d0		| before __data: scattered, r_value = d
	lea d+0x100,%a0		| after __data: scattered
	lea d+4,%a1		| inside: local
	lea d+8,%a2		| the section's end: local
	lea (tab-4,%pc),%a3	| pc-relative, before __const: scattered pcrel
	rts
	.section .rodata
tab:	.word 1,2
	.data
	.globl d
d:	.long 5,6
S
"$LD" -r -o "$T/s.mo" "$T/s.o"
dump s.mo | golden r-scattered
