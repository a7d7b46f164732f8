#!/bin/sh
# Bad inputs give one error line naming the file and exit 1, never a crash:
# a missing file, a non-object, a truncated ELF object, an x86 object, an
# entry point that is not defined.
. ./lib.sh
printf '\t.text\n\t.globl start\nstart:\trts\n' | asm a
cd "$T"
check() { # expected-message args...
    msg=$1; shift
    set +e
    "$LD" -o out "$@" 2>err
    rc=$?
    set -e
    same "$rc" "1"
    same "$(cat err)" "$msg"
    [ ! -e out ]
}
check "next-ld: error: cannot open nothere.o: No such file or directory" nothere.o
echo "hello" > text.o
check "next-ld: error: text.o: file format not recognized" text.o
head -c 100 a.o > short.o
check "next-ld: error: short.o: bad section header table" short.o
printf 'int x;\n' | cc -x c -c -o host.o -
check "next-ld: error: host.o: not a 32-bit big-endian ELF file" host.o
check "next-ld: error: undefined symbol: main (entry point)" -e main a.o
