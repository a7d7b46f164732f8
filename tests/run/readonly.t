#!/bin/sh
# __TEXT is mapped with its initprot (r-x): a store into it crashes the
# guest with SIGSEGV (exit 139) at the text address.
. ./lib.sh
cguest sysc
next-run "$T/sysc" readonly 2>"$T/err" && st=0 || st=$?
expect "exit status" 139 "$st"
head -n 1 "$T/err" | grep -qx 'next-run: guest crashed: SIGSEGV at pc 0x0000[0-9a-f]\{4\}' ||
    { echo "bad first line: $(head -n 1 "$T/err")"; exit 1; }
expect "fault line" "next-run: fault address 0x00003000" "$(sed -n 2p "$T/err")"
