#!/bin/sh
# The emulation is used only when libsys_s.B.shlib is not in the guest root:
# a library file there (here a stand-in built from shlib.s) is mapped as
# usual, --libsys FILE names one from the host, and --hle-libsys forces the
# emulation (whose unknown library addresses hold illegal instructions, so
# the stand-in's entry at 0x05002000 is SIGILL there: 128 + 4).
. ./lib.sh
shlib shlib /usr/shlib/libsys_s.B.shlib 55
guest useshlib -l /usr/shlib/libsys_s.B.shlib -m 55
mkdir -p "$T/root/usr/shlib" "$T/empty"
cp "$T/shlib" "$T/root/usr/shlib/libsys_s.B.shlib"
out=$(next-run -R "$T/root" "$T/useshlib") && st=0 || st=$?
expect "root: output" "hello from a shared library" "$out"
expect "root: exit status" 5 "$st"
out=$(next-run -R "$T/empty" --libsys "$T/shlib" "$T/useshlib") && st=0 || st=$?
expect "--libsys: output" "hello from a shared library" "$out"
expect "--libsys: exit status" 5 "$st"
next-run -R "$T/root" --hle-libsys "$T/useshlib" >"$T/out" 2>"$T/err" && st=0 || st=$?
expect "--hle-libsys: stdout" "" "$(cat "$T/out")"
expect "--hle-libsys: crash line" "next-run: guest crashed: SIGILL at pc 0x05002000" "$(head -1 "$T/err")"
expect "--hle-libsys: exit status" 132 "$st"
