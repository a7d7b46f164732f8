#!/bin/sh
# An unknown syscall fails with ENOSYS (78) and is logged once per number.
. ./lib.sh
guest enosys
next-run "$T/enosys" 2>"$T/err" && st=0 || st=$?
expect "exit status (ENOSYS)" 78 "$st"
expect "stderr" "next-run: unknown syscall 200" "$(cat "$T/err")"
