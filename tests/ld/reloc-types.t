#!/bin/sh
# Every supported relocation type writes S + A (absolute) or S + A - P
# (PC-relative, P = address of the field) with the right size.
# Layout by hand: r.o .text (0x2a bytes, align 4) then f.o .text (2 bytes at
# 0x2c) are pushed to the end of __TEXT (0x4000): start = (0x2000-0x2e)&~3 =
# 0x1fd0, so r.o's text is at 0x3fd0 and far = 0x3ffc.
. ./lib.sh
asm r <<'S'
	.text
	.globl start
start:	bsr.l far		| 0x3fd0: R_68K_PC32  at 0x3fd2: 0x3ffc-0x3fd2 = 0x2a
	bsr.w far		| 0x3fd6: R_68K_PC16  at 0x3fd8: 0x24
	bsr.l far@PLTPC		| 0x3fda: R_68K_PLT32 at 0x3fdc: 0x20
	bsr.w far@PLTPC		| 0x3fe0: R_68K_PLT16 at 0x3fe2: 0x1a
	.long far-.		| 0x3fe4: R_68K_PC32: 0x18
	.word far-.		| 0x3fe8: R_68K_PC16: 0x14
	.byte far-.		| 0x3fea: R_68K_PC8: 0x12
	bsr.s far@PLTPC		| 0x3feb: R_68K_PLT8 at 0x3fec, A=-1: 0x0f
	.long far+6		| 0x3fed: R_68K_32: 0x4002
	.word abs16		| 0x3ff1: R_68K_16: 0xfffe (unsigned range)
	.byte abs8		| 0x3ff3: R_68K_8: 0xff (unsigned range)
	.byte negv		| 0x3ff4: R_68K_8: -3 (signed range)
	.word negw		| 0x3ff5: R_68K_16: -32768 (signed range)
	.byte 0
	rts
S
asm f <<'S'
	.text
	.globl far, abs16, abs8, negv, negw
far:	rts
	.set abs16, 0xfffe
	.set abs8, 0xff
	.set negv, -3
	.set negw, -32768
S
"$LD" -o "$T/out" "$T/r.o" "$T/f.o"
# 0x3ffa..0x3ffc is alignment padding before f.o's text.
same "$(machodump -x 0x3fd0 46 "$T/out")" \
"61 ff 00 00 00 2a 61 00 00 24 61 ff 00 00 00 20 61 00 00 1a 00 00 00 18 00 14 12 61 0f 00 00 40 02 ff fe ff fd 80 00 00 4e 75 00 00 4e 75"
