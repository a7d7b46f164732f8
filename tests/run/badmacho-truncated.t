#!/bin/sh
# A Mach-O whose __TEXT segment extends past the end of the file is
# rejected with one line and exit 1.
. ./lib.sh
guest hello
head -c 5000 "$T/hello" > "$T/short"
next-run "$T/short" 2>"$T/err" && st=0 || st=$?
expect "exit status" 1 "$st"
expect "stderr" "next-run: error: $T/short: segment __TEXT extends past end of file" "$(cat "$T/err")"
