#!/bin/sh
# Header and load commands of a one-instruction program, byte by byte.
# Expected bytes written by hand from shared/reference/nextstep-m68k-abi.md
# sections 1, 2 and 4: mach_header (feedface, cputype 6, subtype 2 for
# -arch m68040, MH_EXECUTE, 5 commands, MH_NOUNDEFS); __PAGEZERO 0..0x2000
# SG_NORELOC; __TEXT at 0x2000, fileoff 0, prot 7/5, its only section __text
# pushed to the segment end (0x4000 - 4); no __DATA (nothing to put there);
# __LINKEDIT at 0x4000/fileoff 0x2000 holding 1 nlist + "\0_start\0", prot 7/5,
# SG_NORELOC; LC_SYMTAB; LC_UNIXTHREAD flavor 1 count 18, pc = start.
. ./lib.sh
asm h <<'S'
	.text
	.globl start
start:	moveq #0,%d0
	rts
S
"$LD" -arch m68040 -o "$T/out" "$T/h.o"
# 376 = 28 + sizeofcmds (3 segments * 56 + 1 section * 68 + 24 + 88 = 348 = 0x15c)
expected="fe ed fa ce 00 00 00 06 00 00 00 02 00 00 00 02 00 00 00 05 00 00 01 5c 00 00 00 01
00 00 00 01 00 00 00 38 5f 5f 50 41 47 45 5a 45 52 4f 00 00 00 00 00 00
00 00 00 00 00 00 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 04
00 00 00 01 00 00 00 7c 5f 5f 54 45 58 54 00 00 00 00 00 00 00 00 00 00
00 00 20 00 00 00 20 00 00 00 00 00 00 00 20 00 00 00 00 07 00 00 00 05 00 00 00 01 00 00 00 00
5f 5f 74 65 78 74 00 00 00 00 00 00 00 00 00 00 5f 5f 54 45 58 54 00 00 00 00 00 00 00 00 00 00
00 00 3f fc 00 00 00 04 00 00 1f fc 00 00 00 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
00 00 00 01 00 00 00 38 5f 5f 4c 49 4e 4b 45 44 49 54 00 00 00 00 00 00
00 00 40 00 00 00 20 00 00 00 20 00 00 00 00 14 00 00 00 07 00 00 00 05 00 00 00 00 00 00 00 04
00 00 00 02 00 00 00 18 00 00 20 00 00 00 00 01 00 00 20 0c 00 00 00 08
00 00 00 05 00 00 00 58 00 00 00 01 00 00 00 12
00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
00 00 00 00 00 00 3f fc"
same "$(bytes "$T/out" 0 376)" "$(echo $expected)"
# Padding between the headers and __text is zero; __text holds moveq/rts.
same "$(od -An -v -tx1 -j 376 -N $((0x1ffc - 376)) "$T/out" | tr -d ' \n' | tr -d 0)" ""
same "$(bytes "$T/out" $((0x1ffc)) 4)" "70 00 4e 75"
# __LINKEDIT: nlist {strx 1, N_SECT|N_EXT, sect 1, desc 0, 0x3ffc}, strings "\0_start\0".
same "$(bytes "$T/out" $((0x2000)) 20)" "00 00 00 01 0f 01 00 00 00 00 3f fc 00 5f 73 74 61 72 74 00"
same "$(wc -c < "$T/out")" "8212"
