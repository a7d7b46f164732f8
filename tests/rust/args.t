#!/bin/sh
# examples/args: env::args() sees argv[1..] exactly (spaces, empty string), env::var() sees the
# environment, and main's i32 result (number of arguments) is the exit status.
. ./lib.sh
build_example args
STATUS=0
timeout 120 next-run -E 'NEXT_TEST_VAR=x = y' "$BIN" one 'two words' '' 'ünï' \
    >"$TMP/out" 2>"$TMP/err" || STATUS=$?
expect_status 4
expect_file "$TMP/out" 'argc: 5\nargv[1]: one\nargv[2]: two words\nargv[3]: \nargv[4]: ünï\nNEXT_TEST_VAR=x = y\n'
