#!/bin/sh
# Mutually dependent archives resolve inside --start-group/--end-group (and
# -( -)), but not without the group.
. ./lib.sh
printf '\t.text\n\t.globl start\nstart:\tjsr a1\n\trts\n' | asm main
# liba: a.o (a1, needs b1) and a2.o (a2); libb: b.o (b1, needs a2).  Without
# a group, liba is done before b.o asks for a2.
printf '\t.text\n\t.globl a1\na1:\tjsr b1\n\trts\n' | asm a
printf '\t.text\n\t.globl a2\na2:\trts\n' | asm a2
printf '\t.text\n\t.globl b1\nb1:\tjsr a2\n\trts\n' | asm b
cd "$T"
m68k-linux-gnu-ar rcs liba.a a.o a2.o
m68k-linux-gnu-ar rcs libb.a b.o
if "$LD" -o out main.o -L. -la -lb 2>err; then echo "link should fail"; exit 1; fi
same "$(cat err)" "next-ld: error: undefined symbol: a2 (referenced from libb.a(b.o):(.text+0x2))"
"$LD" -o out main.o --start-group -L. -la -lb --end-group
same "$(machodump out | grep ' sym ' | cut -d' ' -f4 | tr '\n' ' ')" "_a1 _a2 _b1 _start "
"$LD" -o out2 main.o -\( liba.a libb.a -\)
cmp out out2
