#!/bin/sh
# -t shows the scale of a brief-format index, (d8,An,Xn.SIZE*SCALE) (bits
# 10-9 of the extension word, 68020+), as " * 4" the way capstone writes a
# full-format one: capstone 4.0 leaves it out ("$2(a0, d1.w)" for
# 2(a0,d1.w*4)).  Both operands of one move, a pc base, an FPU source and
# store, and a scale of 1 (nothing added).  As in m68k-linux-gnu-objdump
# -m m68k:68040.
. ./lib.sh
asm n <<'S'
	.text
	.globl start
start:	move.l %a0@(2,%d1:w:4),%a1@(4,%d2:l:2)
	lea %pc@(next,%d0:l:8),%a0
next:	fmove.d %a0@(-6,%a1:l:4),%fp0
	fmove.x %fp1,%a2@(8,%d3:w:2)
	move.l %a0@(2,%d1:w),%d0
	rts
S
same "$(link_t n)" "n:
(__TEXT,__text) section
_start:
00003fe4${tab}move.l${tab}\$2(a0, d1.w * 4), \$4(a1, d2.l * 2)
00003fea${tab}lea.l${tab}\$3fee(pc, d0.l * 8), a0
_next:
00003fee${tab}fmove.d${tab}-\$6(a0, a1.l * 4), fp0
00003ff4${tab}fmove.x${tab}fp1, \$8(a2, d3.w * 2)
00003ffa${tab}move.l${tab}\$2(a0, d1.w), d0
00003ffe${tab}rts"
