#!/bin/sh
# --help lists every option and exits 0; an unknown option, -s without its
# two names, or no option at all are usage errors: one line, exit 2.
. ./lib.sh
"$OTOOL" --help > "$T/help"
for opt in -h -l -r -t -d "-s SEG SECT" "-S, --symbols" -v --help; do
    grep -q -- "^  $opt " "$T/help" || { echo "--help does not describe $opt"; exit 1; }
done
usage() { # MESSAGE ARGS...
    msg=$1; shift
    "$OTOOL" "$@" >"$T/out" 2>"$T/err" && st=0 || st=$?
    same "$st" 2
    same "$(cat "$T/err")" "$msg"
    same "$(cat "$T/out")" ""
}
usage "next-otool: error: unknown option: -x (next-otool --help)" -x a.out
usage "next-otool: error: unknown option: --foo (next-otool --help)" --foo a.out
usage "next-otool: error: -s needs a segment and a section name (next-otool --help)" -s __TEXT
usage "next-otool: error: one of -h -l -r -t -d -s -S is required (next-otool --help)" a.out
usage "next-otool: error: no file given (next-otool --help)" -h
