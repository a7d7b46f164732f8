#!/bin/sh
# -r lists the relocation entries of a hand-made MH_OBJECT (mkobj.c): in
# __text a plain extern pc-relative long entry at 2 for symbol 2 (_ext) and
# a plain local long entry at 8 for section 2; in __data a scattered
# VANILLA entry (r_value 0x10), a scattered SECTDIFF (0x10) and its PAIR
# (0x0).  Columns: r_address, r_pcrel, r_length, r_extern (n/a for
# scattered), r_type, scattered, r_symbolnum or r_value (reference section 3).
. ./lib.sh
cd "$T"
mkobj obj.o
same "$("$OTOOL" -r obj.o)" "obj.o:
Relocation information (__TEXT,__text) 2 entries
address  pcrel length extern type      scattered symbolnum/value
00000002 1     2      1      0         0         2
00000008 0     2      0      0         0         2
Relocation information (__DATA,__data) 3 entries
address  pcrel length extern type      scattered symbolnum/value
00000000 0     2      n/a    0         1         0x00000010
00000004 0     2      n/a    2         1         0x00000010
00000000 0     2      n/a    1         1         0x00000000"
