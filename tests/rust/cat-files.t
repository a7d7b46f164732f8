#!/bin/sh
# examples/cat with file arguments: the output is the files' bytes exactly, in order (a text
# file without final newline, a 20000-byte binary file bigger than cat's 8 KB buffer, the text
# file again), exit status 0.
. ./lib.sh
build_example cat
mkdir "$TMP/work" && cd "$TMP/work"
printf 'first line\nno newline at end' >a.txt
# Deterministic binary data with every byte value (NUL included).
LC_ALL=C awk 'BEGIN { for (i = 0; i < 20000; i++) printf "%c", (i * 7 + int(i / 256)) % 256 }' >b.bin
[ "$(wc -c <b.bin)" -eq 20000 ] || { echo "test data: b.bin has $(wc -c <b.bin) bytes"; exit 1; }
cat a.txt b.bin a.txt >"$TMP/expected.bin"
run_bin "$TMP/out" "$TMP/err" a.txt b.bin a.txt
expect_status 0
cmp "$TMP/expected.bin" "$TMP/out" || { echo "output differs from the files"; exit 1; }
expect_file "$TMP/err" ''
