//! The demo program: prints four lines and exits with status 0.
//! The values are computed from `argc` at run time (1 when run without arguments), so the
//! optimizer cannot fold the formatting away: this exercises integer formatting (u64 too),
//! `Vec` growth through the allocator, `{:?}` and `format!`.
#![no_std]
#![no_main]

use nextstep::prelude::*;

nextstep::entry!(main);

fn main() {
    let argc = nextstep::env::args_count() as u64; // 1 without arguments
    println!("Hello, World!");

    let big: u64 = u64::MAX >> (argc - 1);
    println!("u64: {}", big);

    // 1, 2, 3, 5, 8, 13: a Fibonacci-like run grown one element at a time.
    let mut v: Vec<u32> = Vec::new();
    v.push(argc as u32);
    v.push(2 * argc as u32);
    while v.len() < 6 {
        let n = v.len();
        v.push(v[n - 1] + v[n - 2]);
    }
    println!("vec: {:?}", v);

    let s = format!("{}STEP {}.{} on m{}k", "NeXT", 2 + argc, 2 + argc, 67 + argc);
    println!("string: {}", s);
}
