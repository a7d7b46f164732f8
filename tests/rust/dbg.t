#!/bin/sh
# dbg! (in examples/argsenv) prints [FILE:LINE:COL] EXPR = VALUE to stderr and returns the value.
. ./lib.sh
build_example argsenv
run_bin "$TMP/out" "$TMP/err" x y
expect_status 0
expect_file "$TMP/err" '[src/main.rs:14:13] args.len() - 1 = 2\n'
head -n 1 "$TMP/out" >"$TMP/first"
expect_file "$TMP/first" '2 arguments\n'
