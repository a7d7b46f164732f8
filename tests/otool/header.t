#!/bin/sh
# -h prints the mach_header numerically and, with -v, symbolically:
# MH_MAGIC, MC680x0, subtype 2 = MC68040 (-arch m68040) or 1 = ALL
# (-arch m68k), MH_EXECUTE, 5 commands of 348 bytes (see tests/ld/header.t),
# flags MH_NOUNDEFS.
. ./lib.sh
asm_start h
cd "$T"
"$LD" -arch m68040 -o out h.o
"$LD" -arch m68k -o out-all h.o
same "$("$OTOOL" -h out)" "out:
Mach header
      magic cputype cpusubtype   filetype ncmds sizeofcmds      flags
 0xfeedface       6          2          2     5        348 0x00000001"
same "$("$OTOOL" -hv out)" "out:
Mach header
      magic cputype cpusubtype   filetype ncmds sizeofcmds      flags
   MH_MAGIC MC680x0    MC68040    EXECUTE     5        348 NOUNDEFS"
same "$("$OTOOL" -v -h out-all)" "out-all:
Mach header
      magic cputype cpusubtype   filetype ncmds sizeofcmds      flags
   MH_MAGIC MC680x0        ALL    EXECUTE     5        348 NOUNDEFS"
