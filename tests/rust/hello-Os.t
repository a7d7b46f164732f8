#!/bin/sh
# examples/hello built at opt-level s prints its four lines exactly and exits 0.
. ./lib.sh
build_example hello s
run_bin "$TMP/out" "$TMP/err"
expect_status 0
expect_file "$TMP/out" 'Hello, World!\nu64: 18446744073709551615\nvec: [1, 2, 3, 5, 8, 13]\nstring: NeXTSTEP 3.3 on m68k\n'
expect_file "$TMP/err" ''
