#!/bin/sh
# -t gives an absolute FPU memory operand that is a symbol's address the
# "| name" comment, as for integer instructions: capstone 4.0 types a .s/.d
# memory <ea> as a float immediate (and a .x one as "invalid"), so before
# it had none.  Loads and a store, abs.l (next-ld puts __data at 0x4000).
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	fmove.d value,%fp0
	fmove.x %fp1,value
	fmove.s value,%fp2
	rts
	.data
	.globl value
value:	.long 0,0,0
S
same "$(link_t a)" "a:
(__TEXT,__text) section
_start:
00003fe4${tab}fmove.d${tab}\$4000.l, fp0${tab}| _value
00003fec${tab}fmove.x${tab}fp1, \$4000.l${tab}| _value
00003ff4${tab}fmove.s${tab}\$4000.l, fp2${tab}| _value
00003ffc${tab}rts"
