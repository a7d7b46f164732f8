#!/bin/sh
# examples/copy: a 50000-byte binary file (many 4 KB chunks, last one partial) and an empty file
# are copied byte for byte with fs::File read/write; prints the byte count, exit status 0.
. ./lib.sh
build_example copy
mkdir "$TMP/work" && cd "$TMP/work"
LC_ALL=C awk 'BEGIN { for (i = 0; i < 50000; i++) printf "%c", (i * 31 + int(i / 509)) % 256 }' >src.bin
[ "$(wc -c <src.bin)" -eq 50000 ] || { echo "test data has $(wc -c <src.bin) bytes"; exit 1; }
run_bin "$TMP/out" "$TMP/err" src.bin dst.bin
expect_status 0
expect_file "$TMP/out" 'copied 50000 bytes\n'
cmp src.bin dst.bin || { echo "copy differs"; exit 1; }
: >empty
printf 'old contents' >dst2
run_bin "$TMP/out" "$TMP/err" empty dst2
expect_status 0
expect_file "$TMP/out" 'copied 0 bytes\n'
[ ! -s dst2 ] || { echo "destination not truncated"; exit 1; }
