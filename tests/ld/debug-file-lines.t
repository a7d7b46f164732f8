#!/bin/sh
# The companion's DWARF is relocated to final addresses: the line-table row of each function's
# first line is that function's address in the link map, and a global variable's location
# (DW_OP_addr) is its address in the map.  A function --gc-sections removed gets the tombstone
# 0 (gdb ignores code at 0, which __PAGEZERO never maps), as GNU ld writes.
. ./lib.sh
cd "$T"
cat > prog.c <<'C'
int counter = 3;
__attribute__((noinline)) int twice(int x)
{
    return 2 * x;
}
int unused(int x)
{
    return x - 1;
}
int start(void)
{
    return twice(counter);
}
C
cc68k -g -ffunction-sections -c -o prog.o prog.c
"$LD" -Map prog.map -o prog prog.o
addr() { sed -n "s/^      0x\([0-9a-f]*\)  $1\$/\1/p" prog.map | sed 's/^0*//'; }
rows=$(m68k-linux-gnu-objdump --dwarf=decodedline prog.dbg |
    awk '$1 == "prog.c" && ($2 == 3 || $2 == 7 || $2 == 11) && $4 == "x" {print $2, $3}' | sort -u -n)
same "$rows" "3 0x$(addr twice)
7 0
11 0x$(addr start)"
# DW_AT_location of counter: DW_OP_addr <its address>
loc=$(m68k-linux-gnu-readelf --debug-dump=info prog.dbg | grep -A6 'DW_AT_name.*: counter' |
    sed -n 's/.*(DW_OP_addr: \([0-9a-f]*\)).*/\1/p')
same "$loc" "$(addr counter)"
grep -q 'prog.o:(.text.unused)' prog.map
