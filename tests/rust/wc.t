#!/bin/sh
# examples/wc on several files: lines, words, bytes per file (8-column fields) and a total
# line; words are separated by any run of blanks; a last line without newline still counts
# its words but not as a line.
. ./lib.sh
build_example wc
mkdir "$TMP/work" && cd "$TMP/work"
printf 'one two\nthree  four\tfive\n\n six' >a.txt
printf '' >empty.txt
printf 'x\n' >b.txt
run_bin "$TMP/out" "$TMP/err" a.txt empty.txt b.txt
expect_status 0
expect_file "$TMP/out" '       3       6      30 a.txt
       0       0       0 empty.txt
       1       1       2 b.txt
       4       7      32 total
'
