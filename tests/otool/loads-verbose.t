#!/bin/sh
# -lv shows protections as rwx letters, segment flags by name (NORELOC for
# __PAGEZERO and __LINKEDIT) and the section type by name instead of the
# flags word (S_REGULAR for __text; S_ZEROFILL for mkobj.c's __bss).
. ./lib.sh
asm_start h
cd "$T"
"$LD" -arch m68040 -o out h.o
mkobj obj.o
same "$("$OTOOL" -lv out | sed -n '/^Load command 3/q;p')" "out:
Load command 0
      cmd LC_SEGMENT
  cmdsize 56
  segname __PAGEZERO
   vmaddr 0x00000000
   vmsize 0x00002000
  fileoff 0
 filesize 0
  maxprot ---
 initprot ---
   nsects 0
    flags NORELOC
Load command 1
      cmd LC_SEGMENT
  cmdsize 124
  segname __TEXT
   vmaddr 0x00002000
   vmsize 0x00002000
  fileoff 0
 filesize 8192
  maxprot rwx
 initprot r-x
   nsects 1
    flags (none)
Section
  sectname __text
   segname __TEXT
      addr 0x00003ffc
      size 0x00000004
    offset 8188
     align 2^2 (4)
    reloff 0
    nreloc 0
      type S_REGULAR
attributes (none)
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
  maxprot rwx
 initprot r-x
   nsects 0
    flags NORELOC"
same "$("$OTOOL" -lv obj.o | grep -E '^ *(sectname|type) ')" "  sectname __text
      type S_REGULAR
  sectname __data
      type S_REGULAR
  sectname __const
      type S_REGULAR
  sectname __bss
      type S_ZEROFILL"
