#!/bin/sh
# examples/wc without arguments counts standard input and prints no name or total line.
. ./lib.sh
build_example wc
STATUS=0
printf 'a b c\nd e\n' | timeout 120 next-run "$BIN" >"$TMP/out" 2>"$TMP/err" || STATUS=$?
expect_status 0
expect_file "$TMP/out" '       2       5      10\n'
