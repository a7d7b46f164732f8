#!/bin/sh
# -S on a program linked by next-ld: the global entry point and data symbol
# (T, D) and the local labels next-ld keeps (t), with the leading
# underscore next-ld adds, sorted by name, addresses as in __text (28 bytes
# ending at 0x4000) and __data (0x4000).
. ./lib.sh
asm p <<'S'
	.text
	.globl start
start:	moveq #0,%d0
	bsr.l helper
	lea value,%a0
	move.l (%a0),%d1
	jsr helper
	bra.s done
helper:	addq.l #1,%d0
	rts
done:	trap #4
	.data
	.globl value
value:	.long 0x12345678
S
cd "$T"
"$LD" -arch m68040 -o p p.o
same "$("$OTOOL" -S p)" "p:
00003ffe t _done
00003ffa t _helper
00003fe4 T _start
00004000 D _value"
