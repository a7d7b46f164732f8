#!/bin/sh
# Converted bitcode is cached in $NEXT_CACHE_DIR by content: a second link
# runs no next-llc and gives the same bytes; a changed next-llc (new size or
# mtime) invalidates the cache.
. ./lib.sh
fake_llc
printf '\t.text\n\t.globl start\nstart:\trts\n' | asm main
cd "$T"
fake_bc "$T/main.o" > main.bc
"$LD" -o out1 main.bc
same "$(wc -l < llc.log)" "1"
ls cache/*.o >/dev/null
"$LD" -o out2 main.bc
same "$(wc -l < llc.log)" "1"
cmp out1 out2
echo "# changed" >> fake-llc
"$LD" -o out3 main.bc
same "$(wc -l < llc.log)" "2"
cmp out1 out3
