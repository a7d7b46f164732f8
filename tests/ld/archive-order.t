#!/bin/sh
# GNU ld order semantics: an archive is searched only where it appears, so
# an archive placed before the object that needs it does not satisfy it.
. ./lib.sh
printf '\t.text\n\t.globl start\nstart:\tjsr f1\n\trts\n' | asm main
printf '\t.text\n\t.globl f1\nf1:\trts\n' | asm m1
cd "$T"
m68k-linux-gnu-ar rcs lib.a m1.o
if "$LD" -o out lib.a main.o 2>err; then echo "link should fail"; exit 1; fi
same "$(cat err)" "next-ld: error: undefined symbol: f1 (referenced from main.o:(.text+0x2))"
"$LD" -o out main.o lib.a
