#!/bin/sh
# next-ld -r: pc-relative instruction fields become VANILLA entries with
# r_pcrel=1 holding what NeXT's as leaves there (reference section 3: the pc
# base is the field's own address): A - P for an undefined symbol (extern),
# S + A - P for a symbol defined in another section (local, r_symbolnum = the
# target section), value - P against an absolute value (r_symbolnum = R_ABS).
# Long and word displacements; GNU as resolves same-section branches itself.
# The (bd,pc) fields of lea/move sit 2 bytes after the extension word the
# CPU uses as pc: as's addend already holds that 2, and it stays in the field.
. ./rlib.sh
asm p <<'S'
	.text
	.globl f
f:	bsr.l ext		| extern long at 2: field -2
	bsr.w ext+4		| extern word at 8: field 4-8 = -4
	lea tab(%pc),%a0	| local long into __const at 0xe: field 0x38-0xe+2
	lea tab+2(%pc),%a1	| local long with addend at 0x16
	bsr.l g			| same section: resolved by as, no entry
	bsr.w h			| local word into __text (another ELF section)
	bsr.l absv		| absolute value: R_ABS, field 0x1000 - P
	move.l (ext2,%pc),%d0	| extern long, full extension format
	rts
g:	rts
	.set absv, 0x1000
	.section .text.h,"ax",@progbits
h:	rts
	.section .rodata
tab:	.word 1,2
S
"$LD" -r -o "$T/p.mo" "$T/p.o"
dump p.mo | golden r-pcrel
