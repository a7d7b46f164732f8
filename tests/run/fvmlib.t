#!/bin/sh
# A program whose shared library is not in the guest root is refused with
# one line naming the library (libsys_s.B.shlib would be emulated: libsys-*.t).
. ./lib.sh
guest hello -l /usr/shlib/libNeXT_s.C.shlib
mkdir "$T/root"
next-run -R "$T/root" "$T/hello" 2>"$T/err" && st=0 || st=$?
expect "exit status" 1 "$st"
expect "stderr" "next-run: error: $T/hello: needs shared library /usr/shlib/libNeXT_s.C.shlib, which is not in the guest root (use -R)" "$(cat "$T/err")"
