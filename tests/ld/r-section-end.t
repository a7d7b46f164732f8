#!/bin/sh
# next-ld -r: a symbol at the very end of its section (enddata) and one in
# an empty section (endd) keep plain local entries naming their own section:
# a scattered entry would name them by address, which is also the start of
# the next section.  An empty section that a symbol or a relocation needs is
# written (size 0) so it has a section number.  Relinking gives the same
# executable as linking the ELF objects.
. ./rlib.sh
asm a <<'S'
	.text
	.globl start
start:	.long endd
	.long enddata
	.long enddata+4		| past the end: scattered, r_value = __data's start
	.data
	.long 1
enddata:
S
asm b <<'S'
	.section .rodata.e,"a"
	.globl endd
endd:
S
"$LD" -r -o "$T/x.mo" "$T/a.o" "$T/b.o"
(cd "$T" && next-otool -rv x.mo && next-otool -l x.mo | grep -A3 sectname && next-otool -S x.mo) |
    golden r-section-end
"$LD" --no-gc-sections -o "$T/direct" "$T/a.o" "$T/b.o"
"$LD" --no-gc-sections -o "$T/relink" "$T/x.mo"
cmp "$T/direct" "$T/relink"
