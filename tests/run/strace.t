#!/bin/sh
# --strace (and NEXT_STRACE=1) print every syscall with arguments and the
# result, errors as -1 NAME (errno).
. ./lib.sh
guest hello
guest cat
next-run --strace "$T/hello" >/dev/null 2>"$T/err" || true
expect "hello trace" "[next-run] write(1, 0x302a, 13) = 13
[next-run] exit(3)" "$(cat "$T/err")"
NEXT_STRACE=1 next-run "$T/cat" /nonexistent 2>"$T/err" || true
expect "error trace" '[next-run] open("/nonexistent", 0x0, 0) = -1 ENOENT (2)
[next-run] exit(2)' "$(cat "$T/err")"
