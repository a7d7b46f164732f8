#!/bin/sh
# The libFuzzer harnesses for next-ld's ELF reader, its ar reader and the
# link passes after reading (fuzz/ld_link.c: resolve, gc, layout, relocation
# of one object) and its MH_OBJECT reader (fuzz/ld_macho.c) build with clang (-fsanitize=fuzzer,address,undefined) and
# each survives a bounded fuzzing run (20 s) from the seed corpus in
# fuzz/corpus (ld_link uses the ld_elf seeds) plus the former crash inputs in
# tests/ld/fuzz-crashes, without any crash, leak or sanitizer report.  A
# missing clang or fuzzer runtime is a failure, not a skip (install clang and
# libclang-rt-14-dev: scripts/install-deps).
. ./lib.sh
command -v clang >/dev/null || { echo "fuzz-smoke: clang not installed" >&2; exit 1; }
make -s -f "$ROOT/fuzz/fuzz.mk" ROOT="$ROOT" BUILD="$BUILD" fuzz >"$T/build.log" 2>&1 || {
    cat "$T/build.log" >&2
    echo "fuzz-smoke: cannot build the fuzzers (clang fuzzer runtime missing?)" >&2
    exit 1
}
export TMPDIR="$T"   # ld_link writes its outputs below $TMPDIR
for f in ld_elf ld_archive ld_link ld_macho; do
    seeds=$f; [ $f = ld_link ] && seeds=ld_elf
    # Reproduce every saved crash input first (one run each).
    "$BUILD/fuzz/$f" "$ROOT"/tests/ld/fuzz-crashes/* >"$T/$f.repro" 2>&1 || {
        tail -n 40 "$T/$f.repro"; echo "fuzz-smoke: $f crashes on a saved input" >&2; exit 1; }
    mkdir "$T/$f"
    cp "$ROOT/fuzz/corpus/$seeds"/* "$T/$f/"
    "$BUILD/fuzz/$f" -max_total_time=20 -runs=3000000 -close_fd_mask=2 \
        -artifact_prefix="$T/$f-" "$T/$f" "$ROOT/tests/ld/fuzz-crashes" >"$T/$f.log" 2>&1 || {
        tail -n 40 "$T/$f.log"
        ls "$T"/$f-* 2>/dev/null
        echo "fuzz-smoke: $f found a crash" >&2
        exit 1
    }
    grep -q '^Done [0-9]* runs' "$T/$f.log" || { tail -n 20 "$T/$f.log"; exit 1; }
done
