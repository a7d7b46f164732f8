#!/bin/sh
# next-gdbsyms: a next-ld -Map file becomes one gdb add-symbol-file command
# per object with every placed input section (map order); merged string
# sections are left out, archive members get a comment line.
. ./lib.sh
cd "$T"
cat >a.map <<'END'
# next-ld link map for prog

Entry point: _start = 0x00002708

Section __TEXT,__text  addr 0x000026d4  size 0x000014ea  align 2^2
  0x000026d4  0x00000034  crt0.o:(.text)
  0x00002708  0x00000026  crt0.o:(.text.start)
  0x00002730  0x0000148e  dir:x/main.o:(.text)
      0x00002a30  main
  0x00003bbe  0x00000010  libgcc.a(_udivsi3.o):(.text)

Section __TEXT,__cstring  addr 0x00003bce  size 0x00000435  align 2^0
  0x00003bce  0x00000435  dir:x/main.o:(.rodata.str1.1) merged

Section __DATA,__data  addr 0x00004000  size 0x0000000c  align 2^2
  0x00004000  0x0000000c  dir:x/main.o:(.data)

Discarded input sections (--gc-sections):
  0x00000000  crt0.o:(.data)
END
: >crt0.o; mkdir dir:x; : >dir:x/main.o
next-gdbsyms a.map >got
cat >want <<'END'
add-symbol-file crt0.o -s .text 0x26d4 -s .text.start 0x2708
add-symbol-file dir:x/main.o -s .text 0x2730 -s .data 0x4000
# libgcc.a(_udivsi3.o): not a readable file (archive member or temporary object), no symbols
END
diff -u want got
