#!/bin/sh
# --timeout SECONDS kills a guest that runs too long: exit status 124 and
# one message line on stderr.
. ./lib.sh
guest loop
cd "$T"
start=$(date +%s)
next-run --timeout 1 ./loop 2>"$T/err" && st=0 || st=$?
end=$(date +%s)
expect "status" 124 "$st"
expect "message" "next-run: timeout: ./loop killed after 1 seconds" "$(cat "$T/err")"
[ $((end - start)) -le 5 ] || { echo "took $((end - start)) s"; exit 1; }
