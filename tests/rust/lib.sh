# Shared glue for tests/rust/*.t (sourced, not a test itself).
# build_example NAME [OPT-LEVEL]: builds examples/NAME with scripts/cargo-next (release profile,
# opt-level OPT-LEVEL, default 2) into build/rust-tests/O<level>/ and sets BIN to the executable.
# run_bin OUT ERR [ARGS...]: runs BIN under next-run, stdout to OUT, stderr to ERR, sets STATUS.
# expect_file FILE TEXT: FILE must hold exactly TEXT (printf format); shows a diff otherwise.
# Overrides (for developing the runtime against another target spec): NEXT_CARGO_NEXT (the cargo
# wrapper), NEXT_RUST_TESTS_DIR (instead of build/rust-tests).
set -u
: "${ROOT:?run through tests/run-tests}" "${BUILD:?}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

build_example() {
    name=$1 level=${2:-2}
    tdir=${NEXT_RUST_TESTS_DIR:-$BUILD/rust-tests}/O$level
    mkdir -p "$tdir"
    # The examples' Cargo.toml pin compiler_builtins to opt-level 2 (see there).
    set -- --release --manifest-path "$ROOT/examples/$name/Cargo.toml"
    if ! CARGO_TARGET_DIR=$tdir CARGO_PROFILE_RELEASE_OPT_LEVEL=$level \
            "${NEXT_CARGO_NEXT:-$ROOT/scripts/cargo-next}" build "$@" >"$TMP/build.log" 2>&1; then
        echo "build of examples/$name at opt-level $level failed:"
        tail -n 40 "$TMP/build.log"
        exit 1
    fi
    BIN=$tdir/m68k-next-nextstep/release/$name
    [ -f "$BIN" ] || { echo "no executable $BIN"; exit 1; }
}

run_bin() {
    out=$1 err=$2; shift 2
    STATUS=0
    timeout 120 next-run "$BIN" "$@" >"$out" 2>"$err" || STATUS=$?
}

expect_file() {
    printf "$2" >"$TMP/expected"
    if ! cmp -s "$TMP/expected" "$1"; then
        echo "unexpected contents of $(basename "$1"):"
        diff "$TMP/expected" "$1" | head -n 40
        exit 1
    fi
}

expect_status() {
    if [ "$STATUS" != "$1" ]; then
        echo "exit status $STATUS, expected $1"
        sed 's/^/stderr: /' "$TMP/err" | head -n 20
        exit 1
    fi
}
