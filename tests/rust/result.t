#!/bin/sh
# examples/result: main returning Err prints "Error: {:?}" to stderr and exits with status 1,
# after the output of the successful steps.
. ./lib.sh
build_example result
run_bin "$TMP/out" "$TMP/err" 40 2 12x 7
expect_status 1
expect_file "$TMP/out" 'sum so far: 40\nsum so far: 42\n'
expect_file "$TMP/err" 'Error: ParseIntError { kind: InvalidDigit }\n'
