#!/bin/sh
# A PC16 field that cannot reach its target is an error naming the place,
# the type, the symbol, the value and the range; exit 1 and no output file.
# a.o .text = bsr.w far (field at +2) + rts, 6 bytes; b.o .text starts at 8
# (align 4) and far is 40000 bytes into it: 8 + 40000 - 2 = 40006.
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	bsr.w far
	rts
S
asm b <<'S'
	.text
	.skip 40000
	.globl far
far:	rts
S
cd "$T"
if "$LD" -o out a.o b.o 2>err; then echo "link should fail"; exit 1; fi
same "$(cat err)" "next-ld: error: a.o:(.text+0x2): relocation R_68K_PC16 against 'far' out of range: 40006 is not in [-32768, 32767]"
[ ! -e out ] || { echo "output file left behind"; exit 1; }
ls | grep -q tmp && { echo "temporary file left behind"; exit 1; }
exit 0
