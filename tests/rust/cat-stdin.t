#!/bin/sh
# examples/cat without arguments copies standard input byte for byte (binary data, 30000
# bytes, through io::stdin()'s buffer), exit status 0.
. ./lib.sh
build_example cat
LC_ALL=C awk 'BEGIN { for (i = 0; i < 30000; i++) printf "%c", (i * 13 + int(i / 100)) % 256 }' >"$TMP/in.bin"
[ "$(wc -c <"$TMP/in.bin")" -eq 30000 ] || { echo "test data has $(wc -c <"$TMP/in.bin") bytes"; exit 1; }
STATUS=0
timeout 120 next-run "$BIN" <"$TMP/in.bin" >"$TMP/out" 2>"$TMP/err" || STATUS=$?
expect_status 0
cmp "$TMP/in.bin" "$TMP/out" || { echo "output differs from the input"; exit 1; }
