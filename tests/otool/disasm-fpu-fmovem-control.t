#!/bin/sh
# -t shows FMOVEM.L of several FPU control registers (command word class
# 100/101, register bits 12-10) with the whole list, "fpcr/fpsr/fpiar" in
# the manual's order; capstone 4.0 names one of them as "fmove.l".  A single
# control register stays capstone's "fmove.l".  As in m68k-linux-gnu-objdump
# -m m68k:68040 (which lists them as %fpiar/%fpsr/%fpcr).
. ./lib.sh
asm m <<'S'
	.text
	.globl start
start:	fmovem.l %fpcr/%fpsr,%sp@-
	fmovem.l %sp@+,%fpcr/%fpsr
	fmovem.l %fpcr/%fpsr/%fpiar,%a0@
	fmovem.l %fp@(-12),%fpsr/%fpiar
	fmove.l %fpcr,%d0
	fmove.l %a0@,%fpsr
	rts
S
same "$(link_t m)" "m:
(__TEXT,__text) section
_start:
00003fe4${tab}fmovem.l${tab}fpcr/fpsr, -(a7)
00003fe8${tab}fmovem.l${tab}(a7)+, fpcr/fpsr
00003fec${tab}fmovem.l${tab}fpcr/fpsr/fpiar, (a0)
00003ff0${tab}fmovem.l${tab}-\$c(a6), fpsr/fpiar
00003ff6${tab}fmove.l${tab}fpcr, d0
00003ffa${tab}fmove.l${tab}(a0), fpsr
00003ffe${tab}rts"
