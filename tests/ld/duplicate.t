#!/bin/sh
# Two strong definitions of one symbol are an error naming both objects.
. ./lib.sh
printf '\t.text\n\t.globl start, foo\nstart:\nfoo:\trts\n' | asm a
printf '\t.data\n\t.globl foo\nfoo:\t.long 1\n' | asm b
cd "$T"
if "$LD" -o out a.o b.o 2>err; then echo "link should fail"; exit 1; fi
same "$(cat err)" "next-ld: error: duplicate symbol: foo (defined in a.o and b.o)"
[ ! -e out ]
