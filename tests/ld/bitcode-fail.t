#!/bin/sh
# When next-llc fails, its stderr passes through and next-ld names the
# archive member: "code generation failed", exit 1, no output.
. ./lib.sh
fake_llc
printf '\t.text\n\t.globl start\nstart:\trts\n' | asm main
cd "$T"
fake_bc /nonexistent/core.o > core-xx.cgu.00.rcgu.o
m68k-linux-gnu-ar rc libcore.rlib core-xx.cgu.00.rcgu.o
if "$LD" -o out main.o libcore.rlib 2>err; then echo "link should fail"; exit 1; fi
same "$(cat err)" "fake-llc: cannot compile /nonexistent/core.o
next-ld: error: libcore.rlib(core-xx.cgu.00.rcgu.o): code generation failed"
[ ! -e out ]
ls cache | grep -q . && { echo "cache polluted"; exit 1; }
exit 0
