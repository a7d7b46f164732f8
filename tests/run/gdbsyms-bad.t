#!/bin/sh
# next-gdbsyms on a missing file or on a file that is no link map: one
# error line naming the file, exit 1, nothing on stdout.
. ./lib.sh
cd "$T"
echo "hello" >notamap
next-gdbsyms nosuch >out1 2>err1 && st1=0 || st1=$?
next-gdbsyms notamap >out2 2>err2 && st2=0 || st2=$?
expect "status missing" 1 "$st1"
expect "stderr missing" "next-gdbsyms: error: nosuch: No such file or directory" "$(cat err1)"
expect "status bad" 1 "$st2"
expect "stderr bad" "next-gdbsyms: error: notamap: no input sections (not a next-ld -Map file?)" "$(cat err2)"
expect "stdout" "" "$(cat out1 out2)"
