#!/bin/sh
# -l of the other NeXTSTEP 3.x load commands, in a hand-made MH_FVMLIB
# (subtype 3 = MC68030_ONLY): LC_IDFVMLIB (name, minor version, header
# address), LC_SYMSEG, LC_IDENT strings, an unknown command 0x1234 and
# LC_PREPAGE as raw words, and an LC_THREAD with the USER_REG, 68882 and an
# unknown flavor (CCT358 mach/m68k/thread_status.h, reference section 2).
# -hv names the file type and subtype.
. ./lib.sh
cd "$T"
{
    be32 0xfeedface 6 3 3 6 268 0
    be32 7 44 20 3 0x05000000; printf '/usr/shlib/libx.shlib\0\0\0'
    be32 3 16 0 0
    be32 8 24; printf 'NeXT\0ident two\0\0'
    be32 0x1234 16 0xdeadbeef 1
    be32 0xa 12 5
    be32 4 156 3 1 0x1234abcd 2 28 $(seq 1 28) 9 2 10 11
} > lib
same "$("$OTOOL" -hv lib)" "lib:
Mach header
      magic cputype cpusubtype   filetype ncmds sizeofcmds      flags
   MH_MAGIC MC680x0    MC68030     FVMLIB     6        268 (none)"
same "$("$OTOOL" -l lib)" "lib:
Load command 0
           cmd LC_IDFVMLIB
       cmdsize 44
          name /usr/shlib/libx.shlib (offset 20)
 minor version 3
   header addr 0x05000000
Load command 1
     cmd LC_SYMSEG
 cmdsize 16
  offset 0
    size 0
Load command 2
          cmd LC_IDENT
      cmdsize 24
 ident string NeXT
 ident string ident two
Load command 3
      cmd 0x1234 (unknown load command)
  cmdsize 16
      deadbeef 00000001
Load command 4
      cmd LC_PREPAGE
  cmdsize 12
      00000005
Load command 5
        cmd LC_THREAD
    cmdsize 156
     flavor M68K_THREAD_STATE_USER_REG
      count M68K_THREAD_STATE_USER_REG_COUNT
 user_reg 0x1234abcd
     flavor M68K_THREAD_STATE_68882
      count M68K_THREAD_STATE_68882_COUNT
 fp0 00000001 00000002 00000003
 fp1 00000004 00000005 00000006
 fp2 00000007 00000008 00000009
 fp3 0000000a 0000000b 0000000c
 fp4 0000000d 0000000e 0000000f
 fp5 00000010 00000011 00000012
 fp6 00000013 00000014 00000015
 fp7 00000016 00000017 00000018
 cr 0x00000019 sr 0x0000001a iar 0x0000001b state 0x0000001c
     flavor 9 (unknown)
      count 2
      0000000a 0000000b"
