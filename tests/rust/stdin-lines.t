#!/bin/sh
# examples/prompt: io::stdin().read_line then io::stdin().lines() share stdin's buffer (no data
# lost), CRLF is stripped, a last line without newline is returned, read_line at end gives 0;
# write!/flush on io::stdout().
. ./lib.sh
build_example prompt
STATUS=0
printf 'Ada\nline two\r\nline three\nlast without newline' |
    timeout 120 next-run "$BIN" >"$TMP/out" 2>"$TMP/err" || STATUS=$?
expect_status 0
expect_file "$TMP/out" 'name? hello, Ada (4 bytes)
1: line two
2: line three
3: last without newline
'
expect_file "$TMP/err" '3 more lines, then read_line gives 0\n'
