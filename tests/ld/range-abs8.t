#!/bin/sh
# An absolute 8-bit field accepts -128..255 only: 256 is an error.
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	rts
	.byte big
	.byte 0
S
asm b <<'S'
	.globl big
	.set big, 256
S
cd "$T"
if "$LD" -o out a.o b.o 2>err; then echo "link should fail"; exit 1; fi
same "$(cat err)" "next-ld: error: a.o:(.text+0x2): relocation R_68K_8 against 'big' out of range: 256 is not in [-128, 255]"
[ ! -e out ]
