#!/bin/sh
# -t shows an extended (.x) or packed (.p) immediate source of an FPU
# operation as its value, "#1.500000" like capstone's .s/.d immediates,
# and steps over its 12 bytes (16 in all): capstone 4.0 prints "invalid"
# and a length of 4.  The .x and .p words are written out because GNU as
# does not encode these immediates right (m68k-linux-gnu-objdump
# -m m68k:68040 reads them back as fmovex #0e1.5, faddx #0e-2500 and
# fmovep #0e0 [sic], all at the addresses below).  .d/.s/.l/.w/.b
# immediates are capstone's own output, for comparison.
. ./lib.sh
asm i <<'S'
	.text
	.globl start
start:	.word 0xf23c,0x4880,0x3fff,0,0xc000,0,0,0	| fmove.x #1.5,%fp1
	moveq #1,%d0
	.word 0xf23c,0x4922,0xc00a,0,0x9c40,0,0,0	| fadd.x #-2500,%fp2
	moveq #2,%d0
	.word 0xf23c,0x4c80,0x0000,0x0001,0x5000,0,0,0	| fmove.p #1.5,%fp1
	moveq #3,%d0
	fmove.d #0r1.5,%fp1
	fmove.s #0r1.5,%fp1
	fmove.l #5,%fp1
	fmove.w #5,%fp1
	fmove.b #5,%fp1
	rts
S
same "$(link_t i)" "i:
(__TEXT,__text) section
_start:
00003fa0${tab}fmove.x${tab}#1.500000, fp1
00003fb0${tab}moveq${tab}#\$1, d0
00003fb2${tab}fadd.x${tab}#-2500.000000, fp2
00003fc2${tab}moveq${tab}#\$2, d0
00003fc4${tab}fmove.p${tab}#1.500000, fp1
00003fd4${tab}moveq${tab}#\$3, d0
00003fd6${tab}fmove.d${tab}#1.500000, fp1
00003fe2${tab}fmove.s${tab}#1.500000, fp1
00003fea${tab}fmove.l${tab}#\$5, fp1
00003ff2${tab}fmove.w${tab}#\$5, fp1
00003ff8${tab}fmove.b${tab}#\$5, fp1
00003ffe${tab}rts"
