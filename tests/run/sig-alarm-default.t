#!/bin/sh
# SIGALRM from setitimer without a guest handler ends the program:
# exit 128 + 14, nothing printed after the sigpause.
. ./lib.sh
cguest timer
next-run "$T/timer" alarmdefault >"$T/got" && st=0 || st=$?
expect "exit status" 142 "$st"
expect "stdout" "" "$(cat "$T/got")"
