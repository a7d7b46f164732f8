//! Panics with a formatted message after printing one line: checks the panic handler's text
//! on stderr, that stdout output before the panic is not lost, and exit status 101.
#![no_std]
#![no_main]

use nextstep::prelude::*;

nextstep::entry!(main);

fn main() {
    let argc = nextstep::env::args_count();
    println!("before panic");
    let v: Vec<usize> = (0..argc + 2).collect();
    if v.len() > 2 {
        panic!("index {} out of {} (argc {})", v[argc + 1] * 7, v.len(), argc);
    }
    println!("not reached");
}
