//! Target of the source-level debugging test (tests/run/gdb-rust.t): built in the dev profile
//! (debug info), run under `next-run --gdb`, stepped through with gdb-multiarch. The test finds
//! its breakpoint lines by the `// gdb:` markers, so keep each marker on its line.
#![no_std]
#![no_main]

use nextstep::prelude::*;

nextstep::entry!(main);

#[inline(never)]
fn scale(value: u32, factor: u32) -> u32 {
    let product = value * factor; // gdb: product
    let total = product + 2; // gdb: total
    total
}

fn main() {
    let base = nextstep::env::args_count() as u32 + 4; // 5 without arguments
    let result = scale(base, 8);
    println!("result: {}", result); // gdb: print
}
