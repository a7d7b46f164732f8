#!/bin/sh
# write(1) + exit(3): output reaches stdout and the guest status is ours.
. ./lib.sh
guest hello
out=$(next-run "$T/hello") && st=0 || st=$?
expect "stdout" "hello, world" "$out"
expect "exit status" 3 "$st"
