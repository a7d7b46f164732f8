#!/bin/sh
# --whole-archive loads every member of the archives that follow it, until
# --no-whole-archive; with gc off they all reach the output.
. ./lib.sh
printf '\t.text\n\t.globl start\nstart:\trts\n' | asm main
printf '\t.text\n\t.globl f1\nf1:\trts\n' | asm m1
printf '\t.text\n\t.globl f2\nf2:\trts\n' | asm m2
cd "$T"
m68k-linux-gnu-ar rcs lib1.a m1.o
m68k-linux-gnu-ar rcs lib2.a m2.o
"$LD" --no-gc-sections -o out main.o --whole-archive lib1.a --no-whole-archive lib2.a
same "$(machodump out | grep ' sym ' | cut -d' ' -f4 | tr '\n' ' ')" "_f1 _start "
