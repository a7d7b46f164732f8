#!/bin/sh
# -cpu selects the emulated CPU: move16 (68040 only) runs with the default
# 68040 and is an illegal instruction (exit 128+SIGILL) with -cpu 68030.
. ./lib.sh
guest move16
next-run "$T/move16" && st=0 || st=$?
expect "68040" 0 "$st"
next-run -cpu 68030 "$T/move16" 2>"$T/err" && st=0 || st=$?
expect "68030 status" 132 "$st"
expect "68030 message" "next-run: guest crashed: SIGILL at pc 0x0000300c" "$(head -n 1 "$T/err")"
