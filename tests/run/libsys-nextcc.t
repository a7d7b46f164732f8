#!/bin/sh
# A program laid out and calling libsys_s.B.shlib the way NeXT's cc and ld
# make it (LC_LOADFVMLIB /usr/shlib/libsys_s.B.shlib minor 55, jsr to the
# absolute jump-table slots, results in d0) runs without the library:
# next-run emulates malloc, strcpy, printf (with a double), fprintf(stderr),
# free and exit; main's result (printf's count) is the exit status.
. ./lib.sh
guest libsys-nextcc -l /usr/shlib/libsys_s.B.shlib -m 55
mkdir "$T/root"
next-run -R "$T/root" "$T/libsys-nextcc" >"$T/out" 2>"$T/err" && st=0 || st=$?
expect "stdout" "NeXT 33  2.75" "$(cat "$T/out")"
expect "stderr" "n=14" "$(cat "$T/err")"
expect "exit status" 14 "$st"
