//! Atomic integers of every width on NeXTSTEP/m68k: 8-, 16- and 32-bit atomics compile to `cas`
//! loops, 64-bit ones to `__atomic_*_8` library calls implemented in `nextstep_sys::atomic64`.
//! Prints each operation's previous and new value (expected output: tests/rust/atomics.t).
#![no_std]
#![no_main]

use core::sync::atomic::*;
use nextstep::prelude::*;

nextstep::entry!(main);

include!("ops.rs");

fn main() {
    run(nextstep::env::args_count() as u32);
}
