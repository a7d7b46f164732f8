//! tests/run/libsys-rust.t: the nextstep runtime with its `libsys` feature (allocation and exit
//! through libsys_s.B.shlib), plus a direct call of libsys `printf` whose buffered output must
//! come out at exit.
#![no_std]
#![no_main]

use nextstep::prelude::*;

nextstep::entry!(main);

extern "C" {
    fn printf(fmt: *const u8, ...) -> i32;
}

fn main() -> i32 {
    let argc = nextstep::env::args_count() as u32;
    let mut v: Vec<u32> = Vec::new();
    for i in 0..1000 {
        v.push(i * argc);
    }
    let s = format!("sum {}", v.iter().sum::<u32>());
    println!("rust: {}", s);
    let n = unsafe { printf(b"printf: %s %d\n\0".as_ptr(), b"from libsys\0".as_ptr(), 42i32) };
    n + 1
}
