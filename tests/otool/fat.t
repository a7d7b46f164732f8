#!/bin/sh
# A fat file (CCT358 mach-o/fat.h: big-endian fat_header + fat_arch
# entries) is accepted: each MC680x0 slice is listed under
# "FILE (architecture NAME)", other architectures (here cputype 7) are
# skipped.  A fat file without an m68k slice, or whose slice extends past
# the end of the file, is an error.
. ./lib.sh
asm_start h
cd "$T"
"$LD" -arch m68040 -o out h.o
size=$(wc -c < out)
{ be32 0xcafebabe 2 7 3 4096 100 12 6 2 4096 "$size" 12; head -c $((4096 - 48)) /dev/zero; cat out; } > fat
same "$("$OTOOL" -h fat)" "fat (architecture m68040):
Mach header
      magic cputype cpusubtype   filetype ncmds sizeofcmds      flags
 0xfeedface       6          2          2     5        348 0x00000001"
{ be32 0xcafebabe 1 7 3 28 0 12; } > fat-i386
fails_with "next-otool: error: fat-i386: fat file has no MC680x0 (m68k) architecture" -h fat-i386
{ be32 0xcafebabe 1 6 1 28 100000 12; } > fat-cut
fails_with "next-otool: error: fat-cut: fat architecture 0 (offset 28 size 100000) extends past the end of the file" -h fat-cut
