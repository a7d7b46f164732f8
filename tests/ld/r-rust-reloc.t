#!/bin/sh
# next-ld -r on Rust input (r-nocore.rs compiled by rustc to LLVM bitcode for
# the m68k-next-nextstep target, then next-llc inside next-ld): the statics
# land in __const (immutable) and __data (static mut), references between
# them and from code are local VANILLA long entries (the target uses the
# large code model: absolute addresses), the undefined C function and
# variable are extern entries; fields hold the objects' own addresses.
# The golden output depends on rustc, LLVM and next-llc: regenerate it
# (UPDATE_GOLDEN=1) after checking a difference by hand.
. ./rlib.sh
RUSTC_BOOTSTRAP=1 rustc -Z unstable-options --target "$ROOT/targets/m68k-next-nextstep.json" \
    -C opt-level=2 -C panic=abort --emit=llvm-bc -o "$T/nc.bc" r-nocore.rs
"$LD" -r -o "$T/nc.mo" "$T/nc.bc"
dump nc.mo | golden r-rust-reloc
