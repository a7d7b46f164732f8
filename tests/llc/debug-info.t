#!/bin/sh
# next-llc -g keeps the DWARF of a module (rustc's opt-level 0 form, repro/debug.ll): the
# object has the variables (one slot with two variables keeps the first: mirfix.c; the
# #dbg_value one is dropped: irfix.c), a line table whose file entry joins the directory and
# name (asmfix.c), and code identical to the object built without -g (next-llc checks it),
# also for a function with only a zero-sized variable, which llc gives a stack frame only
# when the module has debug info (asmfix.c drops it).
. ./lib.sh
llvm-as-22 repro/debug.ll -o "$T/in.bc"
next-llc -v -g -o "$T/g.o" "$T/in.bc" 2>"$T/log" || { cat "$T/log"; exit 1; }
next-llc -o "$T/n.o" "$T/in.bc"
grep -x 'next-llc: debug info kept: the code is the same as without debug info' "$T/log"
names=$(m68k-linux-gnu-readelf --debug-dump=info "$T/g.o" | sed -n 's/.*DW_AT_name .*): //p' | tr '\n' ' ')
[ "$names" = "src/scale.rs scale value factor product pair_lo empty unit u32 () " ] || { echo "names: $names"; exit 1; }
# Addresses are per section: each function has its own (-function-sections), so the
# second function (line 8) starts at 0 again.
rows=$(m68k-linux-gnu-objdump --dwarf=decodedline "$T/g.o" | awk '$1 == "scale.rs" && $4 == "x" {print $2 "@" $3}' | tr '\n' ' ')
[ "$rows" = "2@0 3@0x16 4@0x20 5@0x26 8@0 " ] || { echo "line rows: $rows"; exit 1; }
m68k-linux-gnu-readelf --debug-dump=line "$T/g.o" | grep -qx '  1	/work/example/src'
# Same code: disassembly with relocations of the code sections, without the file name line.
m68k-linux-gnu-objdump -dr "$T/n.o" | tail -n +3 >"$T/n.dis"
m68k-linux-gnu-objdump -dr "$T/g.o" | tail -n +3 >"$T/g.dis"
diff "$T/n.dis" "$T/g.dis"
[ "$(wc -l <"$T/g.dis")" -gt 10 ]
# Without -g nothing of it is left.
! m68k-linux-gnu-readelf -S "$T/n.o" | grep -q debug_
