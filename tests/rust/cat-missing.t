#!/bin/sh
# examples/cat with a missing file: the other files are still copied, the error names the file
# and NeXT's errno text (io::Error Display), exit status 1.
. ./lib.sh
build_example cat
mkdir "$TMP/work" && cd "$TMP/work"
printf 'one\n' >a.txt
run_bin "$TMP/out" "$TMP/err" a.txt missing.txt a.txt
expect_status 1
expect_file "$TMP/out" 'one\none\n'
expect_file "$TMP/err" 'cat: missing.txt: No such file or directory (os error 2)\n'
