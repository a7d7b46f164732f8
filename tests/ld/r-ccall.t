#!/bin/sh
# nextstep_sys::ccall (docs/abi.md, "Calling NeXT C code"): Rust calls
# assembly functions written exactly in NeXT cc's convention (pointer result
# only in d0 with garbage in a0; struct result stored through a1 with d0, a0
# and a1 garbage afterwards; 64-bit result in d0:d1; caller pops) through
# nextc_import!/nextc_import_sret!, and NeXT-convention callers (reading d0,
# passing a struct buffer in a1) call Rust functions defined with
# nextc_export!/nextc_export_sret!.  Built from tests/ld/r-ccall, run in
# next-run.
. ./lib.sh
tdir=$BUILD/rust-tests/r-ccall
if ! CARGO_TARGET_DIR=$tdir "$ROOT/scripts/cargo-next" build --release \
        --manifest-path "$ROOT/tests/ld/r-ccall/Cargo.toml" >"$T/build.log" 2>&1; then
    tail -n 30 "$T/build.log"; exit 1
fi
next-run "$tdir/m68k-next-nextstep/release/r-ccall" > "$T/out"
same "$(cat "$T/out")" "nx_ptr_add: +3
nx_make_triple: Triple { x: 7, y: 35, z: 42 }
nx_mul64: 0x123456789abcdef0
nx_call_ptr(rust_ptr_add): +5
nx_call_triple(rust_make_triple): 0x010203"
