#!/bin/sh
# -S (and --symbols) lists the symbol table like nm, sorted by name: value,
# type letter, name.  The hand-made object (mkobj.c) has one symbol of each
# kind: _start N_SECT|N_EXT in __TEXT,__text (T), _val local in __data (d),
# _ext undefined (U, no value), _common undefined external with size 8 (C),
# _abs N_ABS|N_EXT (A), _buf local in __bss (b), _k external in
# __TEXT,__const (S).
. ./lib.sh
cd "$T"
mkobj obj.o
expected="obj.o:
00001234 A _abs
00000020 b _buf
00000008 C _common
         U _ext
0000001c S _k
00000000 T _start
00000010 d _val"
same "$("$OTOOL" -S obj.o)" "$expected"
same "$("$OTOOL" --symbols obj.o)" "$expected"
