# Shared glue for tests/rust/float-*.t and mandelbrot*.t (sourced, not a test itself).
# build_variant NAME LEVEL TARGET FEATURES OUT: builds examples/NAME for TARGET
# (m68k-next-nextstep or m68030-next-nextstep) at opt-level LEVEL with cargo FEATURES (may be
# empty) in the shared build/rust-tests/O<level>/ and copies the executable to OUT (the
# variants share a target directory, so each build overwrites the previous one's executable;
# lib.sh's overrides NEXT_CARGO_NEXT and NEXT_RUST_TESTS_DIR apply).
# run_cpu CPU BIN OUT [ARGS...]: runs BIN under next-run --cpu CPU, stdout to OUT; fails the
# test on a non-zero exit status or any stderr output.
. ./lib.sh

build_variant() {
    name=$1 level=$2 target=$3 features=$4 out=$5
    tdir=${NEXT_RUST_TESTS_DIR:-$BUILD/rust-tests}/O$level
    mkdir -p "$tdir"
    set -- --release --manifest-path "$ROOT/examples/$name/Cargo.toml"
    [ -n "$features" ] && set -- "$@" --features "$features"
    if ! NEXT_TARGET=$target CARGO_TARGET_DIR=$tdir CARGO_PROFILE_RELEASE_OPT_LEVEL=$level \
            "${NEXT_CARGO_NEXT:-$ROOT/scripts/cargo-next}" build "$@" >"$TMP/build.log" 2>&1; then
        echo "build of examples/$name ($target, opt-level $level, features '$features') failed:"
        tail -n 40 "$TMP/build.log"
        exit 1
    fi
    cp "$tdir/$target/release/$name" "$out" || exit 1
}

run_cpu() {
    cpu=$1 bin=$2 out=$3; shift 3
    st=0
    timeout 300 next-run --cpu "$cpu" "$bin" "$@" >"$out" 2>"$TMP/run.err" || st=$?
    if [ "$st" != 0 ] || [ -s "$TMP/run.err" ]; then
        echo "$(basename "$bin") exited with status $st"
        head -n 20 "$TMP/run.err"
        exit 1
    fi
}

# float_diff TARGET CPU [LEVEL]: builds examples/floattest (opt-level LEVEL, default 2) with and
# without the `fpu` feature, runs
# both; each output must equal float-diff.expected (soft-float results, hashed per routine).
# On a difference, the first differing individual results are shown.
float_diff() {
    target=$1 cpu=$2 level=${3:-2}
    build_variant floattest "$level" "$target" "" "$TMP/soft"
    build_variant floattest "$level" "$target" fpu "$TMP/fpu"
    run_cpu "$cpu" "$TMP/soft" "$TMP/soft.out"
    run_cpu "$cpu" "$TMP/fpu" "$TMP/fpu.out"
    if ! cmp -s "$TMP/soft.out" float-diff.expected; then
        echo "soft-float results differ from float-diff.expected:"
        diff float-diff.expected "$TMP/soft.out" | head -n 20
        exit 1
    fi
    if ! cmp -s "$TMP/fpu.out" float-diff.expected; then
        echo "FPU results differ from the soft-float ones:"
        diff float-diff.expected "$TMP/fpu.out" | head -n 20
        run_cpu "$cpu" "$TMP/soft" "$TMP/soft.v" -v
        run_cpu "$cpu" "$TMP/fpu" "$TMP/fpu.v" -v
        echo "first differing results (soft <, fpu >):"
        diff "$TMP/soft.v" "$TMP/fpu.v" | head -n 20
        exit 1
    fi
}
