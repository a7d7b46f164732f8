#!/bin/sh
# A file that is not a NeXT Mach-O (here an ELF file) is rejected.
. ./lib.sh
guest hello
next-run "$T/hello.o" 2>"$T/err" && st=0 || st=$?
expect "exit status" 1 "$st"
expect "stderr" "next-run: error: $T/hello.o: not a NeXT m68k Mach-O file (magic 0x7f454c46)" "$(cat "$T/err")"
