#!/bin/sh
# A bad pointer handed to an emulated libsys function ends the program with
# one line naming the function and the address, status 128 + SIGSEGV (the
# real library would fault); the loader itself does not crash.
. ./lib.sh
guest libsys-badptr -l /usr/shlib/libsys_s.B.shlib -m 55
next-run "$T/libsys-badptr" >"$T/out" 2>"$T/err" && st=0 || st=$?
expect "stdout" "" "$(cat "$T/out")"
expect "stderr" "next-run: libsys: strlen: invalid address 0x00000010" "$(cat "$T/err")"
expect "exit status" 139 "$st"
