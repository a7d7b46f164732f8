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

# fast_paths BIN CPU: the fast paths of __adddf3/__subdf3/__muldf3/__divdf3 carry their FPU
# instructions as encodings (float.rs, `fast_d!`, because LLVM's assembly parser knows no FPU
# instruction); BIN must contain, for each, exactly what GNU as encodes for the intended
# sequence: "fmove.d 4(%sp),%fp0; f<op>.d 12(%sp),%fp0; fmove.d %fp0,-(%sp)" with the 68040's
# fdadd/fdsub/fdmul/fddiv, or for the 68030 (68881/68882) fadd/fsub/fmul/fdiv between
# "fmove.l %fpcr,%d1; fmove.l #0x80,%fpcr" and "fmove.l %d1,%fpcr".
fast_paths() {
    bin=$1 cpu=$2
    bytes() { od -An -tx1 -v "$1" | tr -s ' \n' '  '; }
    bytes "$bin" >"$TMP/bin.hex"
    for op in add sub mul div; do
        if [ "$cpu" = 68040 ]; then
            pre= post= insn=fd${op}d asflags=-m68040
        else
            pre='fmovel %%fpcr,%%d1\nfmovel #0x80,%%fpcr\n' post='fmovel %%d1,%%fpcr\n' insn=f${op}d
            asflags="-m68030 -m68882"
        fi
        printf "${pre}fmoved %%sp@(4),%%fp0\n$insn %%sp@(12),%%fp0\nfmoved %%fp0,%%sp@-\n$post" >"$TMP/fast.s"
        m68k-linux-gnu-as $asflags -o "$TMP/fast.o" "$TMP/fast.s" &&
            m68k-linux-gnu-objcopy -O binary -j .text "$TMP/fast.o" "$TMP/fast.bin" || exit 1
        grep -qF -- "$(bytes "$TMP/fast.bin")" "$TMP/bin.hex" ||
            { echo "$(basename "$bin") lacks the $cpu fast path of __${op}df3 ($(bytes "$TMP/fast.bin"))"; exit 1; }
    done
}

# float_diff TARGET CPU [LEVEL]: builds examples/floattest (opt-level LEVEL, default 2) with and
# without the `fpu` feature, checks the FPU build's fast paths (fast_paths), runs
# both; each output must equal float-diff.expected (soft-float results, hashed per routine).
# On a difference, the first differing individual results are shown.
float_diff() {
    target=$1 cpu=$2 level=${3:-2}
    build_variant floattest "$level" "$target" "" "$TMP/soft"
    build_variant floattest "$level" "$target" fpu "$TMP/fpu"
    fast_paths "$TMP/fpu" "$cpu"
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
