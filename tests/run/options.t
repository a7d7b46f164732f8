#!/bin/sh
# Command-line handling: --version, usage errors (exit 2), missing program
# (exit 1, one line).
. ./lib.sh
expect "--version" "next-run 0.1" "$(next-run --version)"
next-run --help | grep -q '^usage: next-run ' || { echo "--help: no usage line"; exit 1; }
next-run >/dev/null 2>&1 && st=0 || st=$?
expect "no program" 2 "$st"
next-run -cpu 68000 x 2>"$T/err" && st=0 || st=$?
expect "bad cpu status" 2 "$st"
expect "bad cpu message" "next-run: error: unknown cpu 68000 (68040 or 68030)" "$(cat "$T/err")"
next-run -g notaport x 2>"$T/err" && st=0 || st=$?
expect "bad -g status" 2 "$st"
next-run "$T/missing" 2>"$T/err" && st=0 || st=$?
expect "missing status" 1 "$st"
expect "missing message" "next-run: error: $T/missing: No such file or directory" "$(cat "$T/err")"
