#!/bin/sh
# The nextstep runtime's `libsys` feature: a Rust program (libsys-rust/) is
# linked by next-ld against libsys_s.B.shlib (LC_LOADFVMLIB, via the crate's
# -lsys_s), allocates through libsys malloc/realloc/free, calls printf and
# exits through libsys exit, which flushes printf's buffer; runs on
# next-run's emulation.
. ./lib.sh
tdir=$BUILD/rust-tests/O2
mkdir -p "$tdir"
if ! CARGO_TARGET_DIR=$tdir CARGO_PROFILE_RELEASE_OPT_LEVEL=2 "$ROOT/scripts/cargo-next" build --release \
        --manifest-path "$ROOT/tests/run/libsys-rust/Cargo.toml" >"$T/build.log" 2>&1; then
    tail -n 40 "$T/build.log"
    exit 1
fi
BIN=$tdir/m68k-next-nextstep/release/libsys-rust
next-otool -l "$BIN" | grep -A4 'cmd LC_LOADFVMLIB' | sed 's/^ *//' >"$T/fvm"
expect "LC_LOADFVMLIB" "cmd LC_LOADFVMLIB
cmdsize 48
name /usr/shlib/libsys_s.B.shlib (offset 20)
minor version 55
header addr 0x05000000" "$(cat "$T/fvm")"
next-run "$BIN" >"$T/out" 2>"$T/err" && st=0 || st=$?
expect "stdout" "rust: sum 499500
printf: from libsys 42" "$(cat "$T/out")"
expect "stderr" "" "$(cat "$T/err")"
expect "exit status" 24 "$st"
