#!/bin/sh
# __TEXT is mapped with its initprot (r-x): a store into it crashes the
# guest with SIGBUS (NeXT 10, exit 138: a protection failure on a mapped
# page, as Mach's ux_exception maps it) at the text address.
. ./lib.sh
cguest sysc
next-run "$T/sysc" readonly 2>"$T/err" && st=0 || st=$?
expect "exit status" 138 "$st"
head -n 1 "$T/err" | grep -qx 'next-run: guest crashed: SIGBUS at pc 0x0000[0-9a-f]\{4\}' ||
    { echo "bad first line: $(head -n 1 "$T/err")"; exit 1; }
expect "fault line" "next-run: fault address 0x00003000" "$(sed -n 2p "$T/err")"
