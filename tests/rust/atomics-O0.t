#!/bin/sh
# examples/atomics at opt-level 0 prints exactly the expected values (atomics.expected).
. ./lib.sh
build_example atomics 0
run_bin "$TMP/out" "$TMP/err"
expect_status 0
expect_file "$TMP/err" ''
cmp -s "$TMP/out" atomics.expected || { diff atomics.expected "$TMP/out" | head -n 40; exit 1; }
