#!/bin/sh
# LC_LOADFVMLIB: the named MH_FVMLIB is found inside the guest root, its
# segments mapped at their fixed addresses (text 0x05000000, writable data
# 0x04010000), and the program can call into it.
. ./lib.sh
shlib shlib /usr/shlib/libtest_s.A.shlib 7
guest useshlib -l /usr/shlib/libtest_s.A.shlib -m 5
mkdir -p "$T/root/usr/shlib"
cp "$T/shlib" "$T/root/usr/shlib/libtest_s.A.shlib"
out=$(next-run -R "$T/root" "$T/useshlib") && st=0 || st=$?
expect "output" "hello from a shared library" "$out"
expect "exit status" 5 "$st"
