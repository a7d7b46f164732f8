#!/bin/sh
# -t shows an FPU store, FMOVE FPn,<ea> (F-line, command word class 011),
# as "fmove.<fmt> fpN, <ea>": capstone 4.0 prints these operands reversed
# ("fmove.d (a2), fp0" for f212 7400), prints "invalid" for an extended
# (.x) or packed (.p) destination and takes the packed k-factor for an
# opmode ("fintrz.x").  All formats, to a data register, (An), (An)+,
# -(An) and (d16,An).  Expected text checked against
# m68k-linux-gnu-objdump -m m68k:68040 of the object (fmoved %fp0,%a2@ ...).
. ./lib.sh
asm s <<'S'
	.text
	.globl start
start:	fmove.d %fp0,%a2@
	fmove.s %fp1,%a2@
	fmove.l %fp2,%a2@
	fmove.w %fp3,%a2@
	fmove.b %fp4,%a2@
	fmove.x %fp5,%a2@
	fmove.d %fp0,%sp@-
	fmove.x %fp0,%sp@-
	fmove.s %fp6,%a3@+
	fmove.x %fp7,%a3@+
	fmove.d %fp1,%fp@(8)
	fmove.x %fp1,%fp@(-8)
	fmove.l %fp0,%d0
	fmove.s %fp1,%d7
	fmove.p %fp2,%a0@{#3}
	fmove.p %fp2,%fp@(-24){#-2}
	fmove.p %fp2,%a0@{%d1}
	rts
S
same "$(link_t s)" "s:
(__TEXT,__text) section
_start:
00003fb4${tab}fmove.d${tab}fp0, (a2)
00003fb8${tab}fmove.s${tab}fp1, (a2)
00003fbc${tab}fmove.l${tab}fp2, (a2)
00003fc0${tab}fmove.w${tab}fp3, (a2)
00003fc4${tab}fmove.b${tab}fp4, (a2)
00003fc8${tab}fmove.x${tab}fp5, (a2)
00003fcc${tab}fmove.d${tab}fp0, -(a7)
00003fd0${tab}fmove.x${tab}fp0, -(a7)
00003fd4${tab}fmove.s${tab}fp6, (a3)+
00003fd8${tab}fmove.x${tab}fp7, (a3)+
00003fdc${tab}fmove.d${tab}fp1, \$8(a6)
00003fe2${tab}fmove.x${tab}fp1, -\$8(a6)
00003fe8${tab}fmove.l${tab}fp0, d0
00003fec${tab}fmove.s${tab}fp1, d7
00003ff0${tab}fmove.p${tab}fp2, (a0){#3}
00003ff4${tab}fmove.p${tab}fp2, -\$18(a6){#-2}
00003ffa${tab}fmove.p${tab}fp2, (a0){d1}
00003ffe${tab}rts"
