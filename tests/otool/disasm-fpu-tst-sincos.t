#!/bin/sh
# -t shows FTST with its one operand (capstone 4.0 adds a made-up
# destination ", fp0") and FSINCOS as "fsincos <src>, fpC:fpS" (capstone
# 4.0: "dc.w $12", and 4 bytes even with a (d16,An) source), for a register,
# .d, .x and .b immediate sources.  As in m68k-linux-gnu-objdump -m
# m68k:68040 (which writes "fsincosx %fp1,%fp2,%fp3" for fp2:fp3).
. ./lib.sh
asm c <<'S'
	.text
	.globl start
start:	ftst.x %fp1
	ftst.d %a0@
	ftst.x %a0@+
	ftst.b #1
	fsincos.x %fp1,%fp2:%fp3
	fsincos.d %a0@,%fp4:%fp5
	fsincos.x %fp@(-8),%fp6:%fp7
	moveq #1,%d0
	rts
S
same "$(link_t c)" "c:
(__TEXT,__text) section
_start:
00003fdc${tab}ftst${tab}fp1
00003fe0${tab}ftst.d${tab}(a0)
00003fe4${tab}ftst.x${tab}(a0)+
00003fe8${tab}ftst.b${tab}#\$1
00003fee${tab}fsincos${tab}fp1, fp2:fp3
00003ff2${tab}fsincos.d${tab}(a0), fp4:fp5
00003ff6${tab}fsincos.x${tab}-\$8(a6), fp6:fp7
00003ffc${tab}moveq${tab}#\$1, d0
00003ffe${tab}rts"
