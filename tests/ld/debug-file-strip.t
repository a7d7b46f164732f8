#!/bin/sh
# No companion file when the link strips debug info (--strip-debug, -S, -s, --strip-all: what
# rustc passes for a profile without debuginfo) or no input has any; the Mach-O is the same
# bytes whether the objects carry DWARF or not.
. ./lib.sh
cd "$T"
printf 'int v = 5;\nint start(void) { return v; }\n' > prog.c
cc68k -g -c -o g.o prog.c
m68k-linux-gnu-objcopy --strip-debug g.o n.o
! m68k-linux-gnu-readelf -S n.o | grep -q debug_
"$LD" -o plain n.o
[ ! -e plain.dbg ]
"$LD" -o debug g.o
[ -f debug.dbg ]
cmp plain debug
for opt in --strip-debug -S -s --strip-all; do
    "$LD" $opt -o "out$opt" g.o
    [ ! -e "out$opt.dbg" ] || { echo "$opt wrote a debug file"; exit 1; }
done
cmp plain out--strip-debug
cmp plain out-S
