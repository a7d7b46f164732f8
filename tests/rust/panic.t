#!/bin/sh
# examples/panic: output printed before the panic survives, the panic message is std's text on
# stderr, and the exit status is 101.
. ./lib.sh
build_example panic
run_bin "$TMP/out" "$TMP/err"
expect_status 101
expect_file "$TMP/out" 'before panic\n'
line=$(grep -n 'panic!(' "$ROOT/examples/panic/src/main.rs" | cut -d: -f1)
expect_file "$TMP/err" "thread 'main' panicked at src/main.rs:$line:9:\\nindex 14 out of 3 (argc 1)\\n"
