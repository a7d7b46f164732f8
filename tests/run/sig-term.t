#!/bin/sh
# kill(self, SIGTERM) without a handler ends the program at once: one line
# on stderr, exit status 128 + 15.
. ./lib.sh
cguest sig
next-run "$T/sig" term >"$T/got" 2>"$T/err" && st=0 || st=$?
expect "exit status" 143 "$st"
expect "stdout" "before" "$(cat "$T/got")"
expect "stderr" "next-run: guest killed by signal SIGTERM (15)" "$(cat "$T/err")"
