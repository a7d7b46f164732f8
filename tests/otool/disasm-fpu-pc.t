#!/bin/sh
# -t shows the target of a pc-relative <ea> of an FPU operation from the
# right pc, the address of the <ea> extension word (opcode + 4): capstone
# 4.0 counts from opcode + 2 and shows targets 2 too low.  (d16,pc) for
# .d, .x and .l sources, (d8,pc,Xn), and the 68020 full format GNU as
# writes against a global symbol; a target that is a symbol gets the
# "| name" comment.  Addresses as in m68k-linux-gnu-objdump -m m68k:68040
# of the object (konst at +0x24, count at +0x2c).
. ./lib.sh
asm p <<'S'
	.text
	.globl start
start:	fmove.d %pc@(konst),%fp0
	fmove.x %pc@(konst),%fp1
	fadd.d %pc@(konst,%d0:l),%fp1
	fmove.l %pc@(count),%fp2
	fmove.d %pc@(start),%fp3
	rts
konst:	nop			| 8 bytes of data, as code that decodes cleanly
	nop
	nop
	nop
count:	nop
	nop
S
same "$(link_t p)" "p:
(__TEXT,__text) section
_start:
00003fd0${tab}fmove.d${tab}\$3ff4(pc), fp0${tab}| _konst
00003fd6${tab}fmove.x${tab}\$3ff4(pc), fp1${tab}| _konst
00003fdc${tab}fadd.d${tab}\$3ff4(pc, d0.l), fp1
00003fe2${tab}fmove.l${tab}\$3ffc(pc), fp2${tab}| _count
00003fe8${tab}fmove.d${tab}\$3fd0(pc), fp3${tab}| _start
00003ff2${tab}rts
_konst:
00003ff4${tab}nop
00003ff6${tab}nop
00003ff8${tab}nop
00003ffa${tab}nop
_count:
00003ffc${tab}nop
00003ffe${tab}nop"
