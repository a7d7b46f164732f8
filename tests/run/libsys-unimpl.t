#!/bin/sh
# A libsys function that is in the jump table but not emulated stops the
# program with one line naming it and exit status 127, after flushing the
# emulated stdio buffers.
. ./lib.sh
guest libsys-unimpl -l /usr/shlib/libsys_s.B.shlib -m 55
next-run "$T/libsys-unimpl" >"$T/out" 2>"$T/err" && st=0 || st=$?
expect "stdout" "before" "$(cat "$T/out")"
expect "stderr" "next-run: libsys: unimplemented function signal" "$(cat "$T/err")"
expect "exit status" 127 "$st"
