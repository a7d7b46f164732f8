#!/bin/sh
# -l lists the load commands of a one-instruction program linked by next-ld
# in otool's layout (compare the NeXTSTEP 3.3 listing in reference section
# 4).  Values checked against the bytes tests/ld/header.t expects:
# __PAGEZERO 0..0x2000 SG_NORELOC, __TEXT 0x2000 fileoff 0 prot 7/5 with
# __text at 0x3ffc (file offset 0x1ffc, 4 bytes), __LINKEDIT at 0x4000 /
# fileoff 0x2000 holding 20 bytes, LC_SYMTAB 1 symbol, LC_UNIXTHREAD
# flavor 1 count 18 with pc = start = 0x3ffc.
. ./lib.sh
asm_start h
cd "$T"
"$LD" -arch m68040 -o out h.o
same "$("$OTOOL" -l out)" "out:
Load command 0
      cmd LC_SEGMENT
  cmdsize 56
  segname __PAGEZERO
   vmaddr 0x00000000
   vmsize 0x00002000
  fileoff 0
 filesize 0
  maxprot 0x00000000
 initprot 0x00000000
   nsects 0
    flags 0x4
Load command 1
      cmd LC_SEGMENT
  cmdsize 124
  segname __TEXT
   vmaddr 0x00002000
   vmsize 0x00002000
  fileoff 0
 filesize 8192
  maxprot 0x00000007
 initprot 0x00000005
   nsects 1
    flags 0x0
Section
  sectname __text
   segname __TEXT
      addr 0x00003ffc
      size 0x00000004
    offset 8188
     align 2^2 (4)
    reloff 0
    nreloc 0
     flags 0x00000000
 reserved1 0
 reserved2 0
Load command 2
      cmd LC_SEGMENT
  cmdsize 56
  segname __LINKEDIT
   vmaddr 0x00004000
   vmsize 0x00002000
  fileoff 8192
 filesize 20
  maxprot 0x00000007
 initprot 0x00000005
   nsects 0
    flags 0x4
Load command 3
     cmd LC_SYMTAB
 cmdsize 24
  symoff 8192
   nsyms 1
  stroff 8204
 strsize 8
Load command 4
        cmd LC_UNIXTHREAD
    cmdsize 88
     flavor M68K_THREAD_STATE_REGS
      count M68K_THREAD_STATE_REGS_COUNT
 dregs  00000000 00000000 00000000 00000000
        00000000 00000000 00000000 00000000
 aregs  00000000 00000000 00000000 00000000
        00000000 00000000 00000000 00000000
 pad 0x0000 sr 0x0000 pc 0x00003ffc"
