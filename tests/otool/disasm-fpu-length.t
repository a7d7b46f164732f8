#!/bin/sh
# -t steps over an FPU instruction with an extended (.x) memory operand by
# its real length, 4 + the <ea> extension bytes: capstone 4.0 says 4 for
# all of them, so "fmove.x fp0,-8(a6)" (f22e 6800 fff8) was followed by
# the displacement fff8 decoded as an instruction and everything after
# it out of step.  (d16,An), abs.l, the 68020 full format (32-bit
# displacement) in stores and loads, each followed by an integer
# instruction that must appear at its own address (as in
# m68k-linux-gnu-objdump -m m68k:68040).
. ./lib.sh
asm l <<'S'
	.text
	.globl start
start:	fmove.x %fp0,%fp@(-8)
	moveq #1,%d0
	fmove.x %fp1,0xaaaaaaaa:l
	addq.l #1,%d0
	fmove.x %fp@(16),%fp2
	move.l %d0,%d1
	fmove.x %fp3,%a0@(0x12345678)
	moveq #2,%d0
	fmul.x %a1@(0x12345678),%fp3
	rts
S
same "$(link_t l)" "l:
(__TEXT,__text) section
_start:
00003fcc${tab}fmove.x${tab}fp0, -\$8(a6)
00003fd2${tab}moveq${tab}#\$1, d0
00003fd4${tab}fmove.x${tab}fp1, \$aaaaaaaa.l
00003fdc${tab}addq.l${tab}#\$1, d0
00003fde${tab}fmove.x${tab}\$10(a6), fp2
00003fe4${tab}move.l${tab}d0, d1
00003fe6${tab}fmove.x${tab}fp3, \$12345678(a0)
00003ff0${tab}moveq${tab}#\$2, d0
00003ff2${tab}fmul.x${tab}\$12345678(a1), fp3
00003ffc${tab}rts"
