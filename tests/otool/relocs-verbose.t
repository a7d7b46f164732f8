#!/bin/sh
# -rv shows the same entries as relocs.t symbolically: True/False,
# byte/word/long, the generic relocation type names of NeXT's reloc.h
# (VANILLA, SECTDIFF, PAIR), the symbol name of an extern entry and the
# section of a local one.
. ./lib.sh
cd "$T"
mkobj obj.o
same "$("$OTOOL" -rv obj.o)" "obj.o:
Relocation information (__TEXT,__text) 2 entries
address  pcrel length extern type      scattered symbolnum/value
00000002 True  long   True   VANILLA   False     _ext
00000008 False long   False  VANILLA   False     2 (__DATA,__data)
Relocation information (__DATA,__data) 3 entries
address  pcrel length extern type      scattered symbolnum/value
00000000 False long   n/a    VANILLA   True      0x00000010
00000004 False long   n/a    SECTDIFF  True      0x00000010
00000000 False long   n/a    PAIR      True      0x00000000"
