#!/bin/sh
# examples/iotest: io::Cursor, BufReader (lines, read_until, split) over a File, BufWriter on
# stdout, io::copy + take, bytes, InvalidData for non-UTF-8, empty/sink, and the Display/Debug
# texts of custom, bare-kind and errno io::Errors (same texts as std).
. ./lib.sh
build_example iotest
mkdir "$TMP/work" && cd "$TMP/work"
run_bin "$TMP/out" "$TMP/err"
expect_status 0
expect_file "$TMP/out" 'cursor: "hello there!" "there!" pos 12
lines: ["alpha", "beta", "gamma,delta", "last"]
read_until: "alpha\\n" split: 2
copy+take: 10 "alpha\\nbeta"
bytes: [120, 121, 122]
invalid utf-8: InvalidData: stream did not contain valid UTF-8
empty: 0 sink: 3
custom: bad header / Custom { kind: InvalidData, error: "bad header" }
kind only: timed out / Kind(TimedOut)
os 13: Permission denied (os error 13) / PermissionDenied
'
[ ! -e io.tmp ] || { echo "io.tmp left behind"; exit 1; }
