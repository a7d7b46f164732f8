#!/bin/sh
# With --timeout, a guest that finishes in time keeps its own exit status
# and output.
. ./lib.sh
guest hello
expect "output" "hello, world" "$(next-run --timeout 30 "$T/hello" || :)"
next-run --timeout 30 "$T/hello" >/dev/null && st=0 || st=$?
expect "status" 3 "$st"
