#!/bin/sh
# -t disassembles (__TEXT,__text) of a linked program with capstone (68040):
# symbols are labels, branch targets (bsr.l, dbra, bra.b) are shown by name,
# absolute and pc-relative references to a symbol get a "| name" comment.
# Two capstone 4.0 defects are covered: bsr.l (61ff + 32-bit displacement)
# is 6 bytes, not 2, and GNU as's "lea start(%pc),%a1" (full-format
# extension 0170 with a 32-bit base displacement) is shown as "$3fd8(pc)".
# The 36 bytes of code end at 0x4000 (next-ld pushes __text to the end of
# __TEXT), so start = 0x3fd8; the addresses were checked against
# m68k-linux-gnu-objdump of the object (loop at +0x14, count +0x20, out +0x24).
. ./lib.sh
asm d <<'S'
	.text
	.globl start
start:	link.w %fp,#-8
	moveq #3,%d0
	move.l value,%d2
	lea start(%pc),%a1
loop:	bsr.l count
	dbra %d0,loop
	bra.s out
count:	addq.l #1,%d1
	rts
out:	unlk %fp
	trap #4
	.data
	.globl value
value:	.long 42
S
cd "$T"
"$LD" -arch m68040 -o d d.o
tab=$(printf '\t')
same "$("$OTOOL" -t d)" "d:
(__TEXT,__text) section
_start:
00003fd8${tab}link.w${tab}a6, #\$fff8
00003fdc${tab}moveq${tab}#\$3, d0
00003fde${tab}move.l${tab}\$4000.l, d2${tab}| _value
00003fe4${tab}lea.l${tab}\$3fd8(pc), a1${tab}| _start
_loop:
00003fec${tab}bsr.l${tab}_count
00003ff2${tab}dbra${tab}d0, _loop
00003ff6${tab}bra.b${tab}_out
_count:
00003ff8${tab}addq.l${tab}#\$1, d1
00003ffa${tab}rts
_out:
00003ffc${tab}unlk${tab}a6
00003ffe${tab}trap${tab}#\$4"
