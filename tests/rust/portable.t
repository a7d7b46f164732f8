#!/bin/sh
# examples/portable is one source file built twice: as an ordinary std program for the host
# (Debian's cargo and rustc) and with scripts/cargo-next for NeXTSTEP. Both builds run in fresh,
# empty working directories with the same arguments, environment and standard input; their
# stdout, stderr and exit status must be identical and exactly as below (args and env::var,
# set_var/remove_var, split_paths/join_paths, IsTerminal, files written/appended/seeked/
# truncated, write_vectored, permissions, symlink/read_link/canonicalize, DirBuilder, sorted
# read_dir, HashMap word counts, Read::chain, Path components/strip_prefix/ancestors,
# current_dir, io::Error kinds and texts, DefaultHasher, Mutex/OnceLock statics, LineWriter,
# stdin lines, sleep/Instant, remove_dir_all, exit status 3 = skipped arguments). Neither run
# may leave anything behind.
. ./lib.sh
build_example portable
NEXT_BIN=$BIN

hdir=$BUILD/rust-tests/host
mkdir -p "$hdir"
if ! CARGO_TARGET_DIR=$hdir RUSTC=/usr/bin/rustc /usr/bin/cargo build --release \
        --config "source.crates-io.replace-with='vendored'" \
        --config "source.vendored.directory='/usr/lib/rustlib/src/rust/library/vendor'" \
        --manifest-path "$ROOT/examples/portable/Cargo.toml" >"$TMP/host-build.log" 2>&1; then
    echo "host build of examples/portable failed:"
    tail -n 40 "$TMP/host-build.log"
    exit 1
fi
HOST_BIN=$hdir/release/portable

input='first line
the longest line here
last'
mkdir "$TMP/host" "$TMP/next"
HSTATUS=0
(cd "$TMP/host" && printf '%s' "$input" |
    env -i PORTABLE_GREETING=Bonjour PORTABLE_TOP=4 timeout 60 "$HOST_BIN" \
        Ada Brown x1 Fox 'two words' Jumps '') >"$TMP/host.out" 2>"$TMP/host.err" || HSTATUS=$?
NSTATUS=0
(cd "$TMP/next" && printf '%s' "$input" |
    timeout 120 next-run -E PORTABLE_GREETING=Bonjour -E PORTABLE_TOP=4 "$NEXT_BIN" \
        Ada Brown x1 Fox 'two words' Jumps '') >"$TMP/next.out" 2>"$TMP/next.err" || NSTATUS=$?

cat >"$TMP/expected.out" <<'EOF'
program: portable, 7 argument(s)
Bonjour, Ada!
after set_var/remove_var: Ok("test") None
split_paths ["/bin", "/usr/local/bin"], joined "/usr/local/bin:/bin"
terminals: stdin false stdout false
PORTABLE_UNSET: environment variable not found (NotPresent)
portable-scratch/notes.txt:
the quick brown fox
jumps over 2 lazy dogs
the end
brown fox jumps
len 67 file true dir false
portable-scratch is_dir true is_file false
modified within a minute: true
at 4: "quick"
end 67 at 20: "jumps" position 25
read_exact at end: UnexpectedEof: failed to fill whole buffer
after set_len(9): "the quick" len 9
mode 640 readonly false
write_vectored: 9 bytes, then "in memory"
symlink: is_symlink true target "notes.txt" canonical is notes.txt true
through the link: "the quickTHE QUICK"
DirBuilder: true
file  17 portable-scratch/logs/README name="README" stem=Some("README") ext=None
file  19 portable-scratch/logs/monday.log name="monday.log" stem=Some("monday") ext=Some("log")
dir    0 portable-scratch/logs/old name="old" stem=Some("old") ext=None
file  47 portable-scratch/logs/tuesday.log name="tuesday.log" stem=Some("tuesday") ext=Some("log")
by extension: {"-": 2, "log": 2}
6 lines, 8 distinct words, top 4:
    5 job
    2 start
    1 brown
    1 done
average count 1.62
"job" seen: true, "cat" seen: false
chained:
start job
job done
--
logs of the week
renamed to portable-scratch/logs/tuesday.bak: old exists false, new exists true
parent Some("portable-scratch/logs/old")
set_file_name portable-scratch/logs/old/monday.txt
pop twice portable-scratch/logs, ends_with logs: true
absolute: true false
components: [CurDir, Normal("portable-scratch"), Normal("logs"), Normal("old"), ParentDir, Normal("README")]
4 names, backwards: ["README", "..", "old", "logs", "portable-scratch", "."]
root: [RootDir, Normal("usr"), Normal("lib")]
strip_prefix: Ok("logs/tuesday.bak")
strip_prefix: prefix not found
ancestors: ["portable-scratch/logs/tuesday.bak", "portable-scratch/logs", "portable-scratch", ""]
starts_with: false true false
cwd absolute true holds scratch true
temp dir /tmp, family unix
open portable-scratch/missing.txt: No such file or directory (os error 2)
  debug: Os { code: 2, kind: NotFound, message: "No such file or directory" }
create_dir existing: AlreadyExists: File exists (os error 17)
read_dir on a file: NotADirectory: Not a directory (os error 20)
remove_dir non-empty: DirectoryNotEmpty
create_new existing: AlreadyExists (kind says "entity already exists")
read_to_string of non-UTF-8: InvalidData: stream did not contain valid UTF-8
custom: bad header / Custom { kind: InvalidData, error: "bad header" }
other: Other: setup failed: no disk
boxed: plain message
hashes: equal keys alike true, others differ true
swap 2 1, rc 2, arc 2 (1), [0, 7, 7]
line writer ------ done
skipped so far: ["x1", "two words", ""]
stdin: 3 lines, longest "the longest line here"
slept at least 30ms: true
after 2020: true
removed: true
EOF
line=$(grep -n 'dbg!(skipped)' "$ROOT/examples/portable/src/main.rs" | cut -d: -f1)
cat >"$TMP/expected.err" <<EOF
portable: warning: skipping "x1"
portable: warning: skipping "two words"
portable: warning: skipping ""
[src/main.rs:$line:5] skipped = 3
portable: 3 argument(s) skipped
EOF

rc=0
for side in host next; do
    for s in out err; do
        if ! cmp -s "$TMP/expected.$s" "$TMP/$side.$s"; then
            echo "$side build: unexpected std$s:"
            diff "$TMP/expected.$s" "$TMP/$side.$s" | head -n 40
            rc=1
        fi
    done
    [ -z "$(ls -A "$TMP/$side")" ] || { echo "$side run left files:"; ls -lA "$TMP/$side"; rc=1; }
done
[ "$HSTATUS" = 3 ] || { echo "host build: exit status $HSTATUS, expected 3"; rc=1; }
[ "$NSTATUS" = 3 ] || { echo "NeXT build: exit status $NSTATUS, expected 3"; rc=1; }
exit $rc
