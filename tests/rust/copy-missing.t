#!/bin/sh
# examples/copy with a missing source: message naming the file and the errno, exit status 1,
# no destination created.
. ./lib.sh
build_example copy
mkdir "$TMP/work" && cd "$TMP/work"
run_bin "$TMP/out" "$TMP/err" nosuch.bin dst.bin
expect_status 1
expect_file "$TMP/out" ''
expect_file "$TMP/err" 'copy: nosuch.bin: No such file or directory (os error 2)\n'
[ ! -e dst.bin ] || { echo "destination created"; exit 1; }
