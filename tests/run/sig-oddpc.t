#!/bin/sh
# A jump to an odd address is an address error: SIGBUS (NeXT 10), exit 138,
# the fault address is the pc.
. ./lib.sh
guest oddpc
cd "$T"
next-run ./oddpc 2>"$T/err" && st=0 || st=$?
expect "exit status" 138 "$st"
expect "report" "next-run: guest crashed: SIGBUS at pc 0x00003001
next-run: fault address 0x00003001
next-run: instruction at 0x00003001: (odd address)" "$(head -n 3 "$T/err")"
