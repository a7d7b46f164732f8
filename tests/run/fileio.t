#!/bin/sh
# open/read/write/close of a file given by a relative path inside the root.
. ./lib.sh
guest cat
printf 'line one\nline two\n' > "$T/data.txt"
cd "$T"
out=$(next-run -R "$T" ./cat data.txt) && st=0 || st=$?
expect "exit status" 0 "$st"
expect "contents" "$(printf 'line one\nline two')" "$out"
