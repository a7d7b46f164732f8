#!/bin/sh
# Where __TEXT's sections go: NeXT ld's formula (CCT358 ld/layout.c) moves
# the segment padding behind the headers in whole multiples of the largest
# section alignment M, then lays the sections out forward.  Here the headers
# are 28 + 3*56 + 2*68 + 24 + 88 = 444 bytes (not a multiple of M = 16):
# round(444, 16) = 448; sections from 0: __text 0..2, __const at 16..20, so
# size 20; pad = floor((8192 - 468) / 16) * 16 = 7712; __text at
# round(444 + 7712, 4) = 8156 (0x3fdc), __const at round(8158, 16) = 8160
# (0x3fe0), ending 0x1c before the segment end.
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	rts
	.section .rodata
	.balign 16
	.long 0x11223344
S
"$LD" --no-gc-sections -o "$T/out" "$T/a.o"
same "$(machodump "$T/out" | grep -E 'header|section')" \
"header magic feedface cputype 6 subtype 1 filetype 2 ncmds 5 sizeofcmds 416 flags 1
  section __TEXT,__text addr 0x3fdc size 0x2 offset 8156 align 2 reloff 0 nreloc 0 flags 0
  section __TEXT,__const addr 0x3fe0 size 0x4 offset 8160 align 4 reloff 0 nreloc 0 flags 0"
same "$(machodump -x 0x3fdc 8 "$T/out")" "4e 75 00 00 11 22 33 44"
