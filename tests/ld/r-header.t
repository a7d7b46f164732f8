#!/bin/sh
# next-ld -r writes the header and load commands of an assembler-made
# MH_OBJECT (reference sections 1 and 3): filetype MH_OBJECT, flags 0, two
# load commands; one LC_SEGMENT with an empty name at vmaddr 0 whose file
# data starts right after the load commands and holds every section
# back to back (aligned, zero-fill last, offset 0); the relocation entries
# after the section contents (4-byte aligned); LC_SYMTAB last.  -arch
# m68040 sets cpusubtype 2 as for executables.
. ./rlib.sh
asm h <<'S'
	.text
	.globl f
f:	jsr ext
	lea s,%a0
	rts
	.section .rodata.str1.1,"aMS",@progbits,1
s:	.string "abc"
	.section .rodata
	.balign 2
	.word 7
	.data
	.balign 4
	.long f
	.bss
	.balign 4
	.space 12
S
"$LD" -r -arch m68040 -o "$T/h.mo" "$T/h.o"
(cd "$T" && next-otool -hlv h.mo) | golden r-header
