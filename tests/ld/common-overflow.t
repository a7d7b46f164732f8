#!/bin/sh
# COMMON symbols whose sizes add up past 2 GB are an error, not a __common
# section whose size silently wrapped around 2^32 (it used to come out as
# 0x10 bytes here, with b placed at 0xfffffff0 past a).
. ./lib.sh
asm big <<'S'
	.text
	.globl start
start:	move.l a,%d0
	move.l b,%d1
	rts
	.comm a,0x7ffffff0,4
	.comm b,0x20,4
S
cd "$T"
set +e
"$LD" -o out big.o 2>err
rc=$?
set -e
same "$rc" 1
same "$(cat err)" "next-ld: error: output section __DATA,__common is too large (common symbol 'b' of size 0x20)"
[ ! -e out ]
