#!/bin/sh
# examples/argsenv: env::args (spaces, empty argument, non-ASCII), env::var for set and unset
# variables, env::vars names (next-run's default environment plus -E, minus -U).
. ./lib.sh
build_example argsenv
STATUS=0
timeout 120 next-run -E 'NEXT_TEST_VAR=a=b c' -U USER "$BIN" one 'two words' '' 'ünï' \
    >"$TMP/out" 2>"$TMP/err" || STATUS=$?
expect_status 0
expect_file "$TMP/out" '4 arguments
arg 1: "one"
arg 2: "two words"
arg 3: ""
arg 4: "ünï"
HOME=/
USER is not set
PATH=/bin:/usr/bin:/usr/ucb
NEXT_TEST_VAR=a=b c
var_os HOME: Some("/"), UNSET: None
variables: HOME NEXT_TEST_VAR PATH
'
