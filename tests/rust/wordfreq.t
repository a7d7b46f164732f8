#!/bin/sh
# examples/wordfreq: words from stdin (lines(), BTreeMap), the top 4 sorted by count, ties by
# word; case folded, punctuation separates words, CRLF and a last line without newline work.
. ./lib.sh
build_example wordfreq
STATUS=0
printf 'The cat saw the dog.\r\nA dog, a cat; THE END\nzebra apple apple dog' |
    timeout 120 next-run "$BIN" 4 >"$TMP/out" 2>"$TMP/err" || STATUS=$?
expect_status 0
expect_file "$TMP/out" '3 lines, 8 distinct words
      3 dog
      3 the
      2 a
      2 apple
'
