#!/bin/sh
# --inherit-env passes the host environment through, in order, then applies
# -E/-U.
. ./lib.sh
cguest sysc
env -i B=2 A=1 C=3 "$BUILD/next-run" --inherit-env -U C -E D=4 "$T/sysc" env >"$T/got"
printf 'B=2\nA=1\nD=4\n' | diff -u - "$T/got"
