#!/bin/sh
# Archive members are loaded only when they define a symbol that is
# undefined at that point, transitively (m1 needs f2 from m2, which comes
# before it in the archive, so the archive is rescanned); m3 stays out.
# Member names longer than 15 characters exercise the GNU "//" name table.
. ./lib.sh
printf '\t.text\n\t.globl start\nstart:\tjsr f1\n\trts\n' | asm main
printf '\t.text\n\t.globl f2\nf2:\trts\n' | asm member_number_two_long
printf '\t.text\n\t.globl f1\nf1:\tjsr f2\n\trts\n' | asm member_number_one_long
printf '\t.text\n\t.globl f3\nf3:\trts\n' | asm m3
cd "$T"
m68k-linux-gnu-ar rcs lib.a member_number_two_long.o member_number_one_long.o m3.o
"$LD" -o out main.o lib.a -Map out.map
same "$(machodump out | grep ' sym ' | cut -d' ' -f4)" "_f1
_f2
_start"
grep -q 'lib.a(member_number_one_long.o):(.text)' out.map
grep -q 'lib.a(member_number_two_long.o):(.text)' out.map
