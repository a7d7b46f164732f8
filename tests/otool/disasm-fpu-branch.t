#!/bin/sh
# -t names the condition of FBcc and FDBcc (the 6-bit FPU predicate in the
# opcode, or in the word after it for FDBcc), which capstone 4.0 always
# shows as "fbf"/"fdbf", and shows FNOP (FBF.W *+2, f280 0000) as "fnop".
# Targets and labels are the usual ones.  Mnemonics as in
# m68k-linux-gnu-objdump -m m68k:68040.
. ./lib.sh
asm b <<'S'
	.text
	.globl start
start:	fbeq out
	fbne out
	fbogt out
	fbngl out
	fbt out
	fbsf out
	fbeq.l out
	fdbne %d1,start
	fdbt %d2,start
	fdbule %d3,out
	fnop
out:	rts
S
same "$(link_t b)" "b:
(__TEXT,__text) section
_start:
00003fc8${tab}fbeq.w${tab}_out
00003fcc${tab}fbne.w${tab}_out
00003fd0${tab}fbogt.w${tab}_out
00003fd4${tab}fbngl.w${tab}_out
00003fd8${tab}fbt.w${tab}_out
00003fdc${tab}fbsf.w${tab}_out
00003fe0${tab}fbeq.l${tab}_out
00003fe6${tab}fdbne${tab}d1, _start
00003fec${tab}fdbt${tab}d2, _start
00003ff2${tab}fdbule${tab}d3, _out
00003ff8${tab}fnop
_out:
00003ffc${tab}rts"
