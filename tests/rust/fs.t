#!/bin/sh
# examples/fsops in an empty --root directory: create_dir, write/read, OpenOptions append,
# seek, metadata (len, is_dir, is_file, modified), read_dir, remove_file, remove_dir, and the
# io::Error kinds and texts of failures (errno names from NeXT's table). Nothing is left behind.
. ./lib.sh
build_example fsops
mkdir "$TMP/root"
STATUS=0
timeout 120 next-run --root "$TMP/root" "$BIN" >"$TMP/out" 2>"$TMP/err" || STATUS=$?
expect_status 0
expect_file "$TMP/out" 'read_to_string: "alpha\\nbeta 2\\n"
read: [0, 1, 2, 255]
seek+read_exact: "beta"
stream_position: 10
read_exact past end: Err(UnexpectedEof)
a.txt: len 13 file true dir false
modified now: true
sub: file false dir true
exists: true false
relative write lands in sub: true
chdir missing: NotFound
entry: a.txt (file, /d/a.txt)
entry: b.bin (file, /d/b.bin)
entry: sub (dir, /d/sub)
create_dir again: AlreadyExists: File exists (os error 17)
open missing: Os { code: 2, kind: NotFound, message: "No such file or directory" }
read_dir on file: NotADirectory: Not a directory (os error 20)
create_new existing: AlreadyExists
remove_dir non-empty: DirectoryNotEmpty: Directory not empty (os error 66)
remove_file again: No such file or directory (os error 2)
after removal: []
d exists: false
'
[ -z "$(ls -A "$TMP/root")" ] || { echo "root not empty:"; ls -lA "$TMP/root"; exit 1; }
