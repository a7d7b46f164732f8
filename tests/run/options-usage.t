#!/bin/sh
# Usage errors of the new options exit 2 with one message line: --timeout
# needs a positive number, -E needs NAME=VALUE, --gdb a port, --root a value.
. ./lib.sh
check() { # WHAT EXPECTED-MESSAGE ARGS...
    what=$1; msg=$2; shift 2
    next-run "$@" 2>"$T/err" && st=0 || st=$?
    expect "$what status" 2 "$st"
    expect "$what message" "$msg" "$(cat "$T/err")"
}
check "timeout" "next-run: error: --timeout needs a positive number of seconds, not 'abc'" --timeout abc x
check "timeout 0" "next-run: error: --timeout needs a positive number of seconds, not '0'" --timeout=0 x
check "-E" "next-run: error: -E needs NAME=VALUE, not 'FOO'" -E FOO x
check "--gdb" "next-run: error: --gdb needs a TCP port number, not '70000'" --gdb 70000 x
check "--root" "next-run: error: option --root needs an argument" --root
