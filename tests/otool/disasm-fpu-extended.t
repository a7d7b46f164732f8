#!/bin/sh
# -t shows an extended (.x) or packed (.p) memory source of an FPU
# operation (command word class 010) in capstone's own <ea> style, where
# capstone 4.0 prints "invalid" ("fmove.x invalid, fp0" for f210 4800) and
# calls a packed operand ".x".  <ea> modes (An), (An)+, -(An), (d16,An),
# (d8,An,Xn), abs.w and abs.l; FADD, FSUB, FCMP keep their mnemonic.
# Expected text checked against m68k-linux-gnu-objdump -m m68k:68040.
. ./lib.sh
asm x <<'S'
	.text
	.globl start
start:	fmove.x %a0@,%fp0
	fmove.x %a2@+,%fp1
	fmove.x %sp@-,%fp1
	fmove.x %fp@(-8),%fp1
	fadd.x %fp@(8),%fp2
	fmove.x %a0@(2,%d1:l),%fp3
	fmove.x 0x1234:w,%fp4
	fmove.x 0xaaaaaaaa:l,%fp5
	fmove.p %a0@,%fp6
	fsub.p %fp@(-12),%fp7
	fcmp.x %a0@,%fp2
	rts
S
same "$(link_t x)" "x:
(__TEXT,__text) section
_start:
00003fc4${tab}fmove.x${tab}(a0), fp0
00003fc8${tab}fmove.x${tab}(a2)+, fp1
00003fcc${tab}fmove.x${tab}-(a7), fp1
00003fd0${tab}fmove.x${tab}-\$8(a6), fp1
00003fd6${tab}fadd.x${tab}\$8(a6), fp2
00003fdc${tab}fmove.x${tab}\$2(a0, d1.l), fp3
00003fe2${tab}fmove.x${tab}\$1234.w, fp4
00003fe8${tab}fmove.x${tab}\$aaaaaaaa.l, fp5
00003ff0${tab}fmove.p${tab}(a0), fp6
00003ff4${tab}fsub.p${tab}-\$c(a6), fp7
00003ffa${tab}fcmp.x${tab}(a0), fp2
00003ffe${tab}rts"
