#!/bin/sh
# A program needing a newer library minor version than the installed one
# is refused, naming the library (as the NeXT kernel's LOAD_SHLIB check).
. ./lib.sh
shlib shlib /usr/shlib/libtest_s.A.shlib 7
guest useshlib -l /usr/shlib/libtest_s.A.shlib -m 9
mkdir -p "$T/root/usr/shlib"
cp "$T/shlib" "$T/root/usr/shlib/libtest_s.A.shlib"
next-run -R "$T/root" "$T/useshlib" 2>"$T/err" && st=0 || st=$?
expect "exit status" 1 "$st"
expect "stderr" "next-run: error: /usr/shlib/libtest_s.A.shlib: minor version 7 is older than the 9 the program needs" "$(cat "$T/err")"
