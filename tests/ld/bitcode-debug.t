#!/bin/sh
# next-ld passes -g to next-llc when the link keeps debug info, not with --strip-debug or -s
# (rustc's flags for a profile without debuginfo), and the flag is part of the cache key: the
# same bitcode is converted once per setting, then taken from the cache.
. ./lib.sh
fake_llc
printf '\t.text\n\t.globl start\nstart:\trts\n' | asm main
cd "$T"
fake_bc "$T/main.o" > main.bc
"$LD" -o out1 main.bc
"$LD" --strip-debug -o out2 main.bc
"$LD" -o out3 main.bc
"$LD" -s -o out4 main.bc
"$LD" --strip-debug -o out5 main.bc
same "$(cat llc.log.g | tr '\n' ' ')" "-g none "
same "$(wc -l < llc.log)" "2"
cmp out1 out2
cmp out1 out3
