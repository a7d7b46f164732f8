#!/bin/sh
# Files that are not NeXT m68k Mach-O: text, a little-endian Mach-O magic,
# another cputype (7 = i386), a missing file.  Each gives one error line,
# exit 1; with several files the good ones are still listed and the status
# is 1.
. ./lib.sh
cd "$T"
echo "hello world, not a binary" > text
{ printf '\316\372\355\376'; head -c 40 /dev/zero; } > little
{ be32 0xfeedface 7 3 2 0 0 0; } > i386
mkobj obj.o
fails_with "next-otool: error: text: not a Mach-O file (magic 0x68656c6c)" -h text
fails_with "next-otool: error: little: little-endian Mach-O file (not NeXT m68k)" -h little
fails_with "next-otool: error: i386: cputype 7 is not MC680x0 (6)" -l i386
fails_with "next-otool: error: missing: cannot read: No such file or directory" -h missing
"$OTOOL" -h text obj.o i386 >out 2>err && st=0 || st=$?
same "$st" 1
same "$(cat err)" "next-otool: error: text: not a Mach-O file (magic 0x68656c6c)
next-otool: error: i386: cputype 7 is not MC680x0 (6)"
same "$(cat out)" "obj.o:
Mach header
      magic cputype cpusubtype   filetype ncmds sizeofcmds      flags
 0xfeedface       6          1          1     2        352 0x00000000"
