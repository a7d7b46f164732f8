#!/bin/sh
# -d dumps (__DATA,__data) and -s SEG SECT any section (several -s allowed,
# printed in order) as big-endian longs, 16 bytes a line with the VM
# address; a tail shorter than a long as bytes.  __data holds five longs
# and two bytes at 0x4000; __cstring "hello, NeXT\0" follows __text (14
# bytes at 0x3fe4) in __TEXT.
. ./lib.sh
asm s <<'S'
	.text
	.globl start
start:	lea msg,%a0
	move.l tab,%d0
	rts
	.section .rodata.str1.1,"aMS",@progbits,1
msg:	.string "hello, NeXT"
	.data
	.globl tab
tab:	.long 0x11223344, 0x55667788, 0x99aabbcc, 0xddeeff00, 0x01020304
	.byte 0xaa, 0xbb
S
cd "$T"
"$LD" -arch m68040 -o s s.o
tab=$(printf '\t')
same "$("$OTOOL" -d s)" "s:
Contents of (__DATA,__data) section
00004000${tab}11223344 55667788 99aabbcc ddeeff00
00004010${tab}01020304 aa bb"
same "$("$OTOOL" -s __TEXT __cstring -s __TEXT __text s)" "s:
Contents of (__TEXT,__cstring) section
00003ff2${tab}68656c6c 6f2c204e 65585400
Contents of (__TEXT,__text) section
00003fe4${tab}41f90000 3ff22039 00004000 4e 75"
