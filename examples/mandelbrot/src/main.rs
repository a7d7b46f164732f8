//! ASCII Mandelbrot set in `f64`: every multiply, add, compare and int-to-float conversion is a
//! float library call (soft-float from compiler_builtins, or the FPU with `--features fpu`).
//! Usage: `mandelbrot [WIDTH HEIGHT MAX_ITERATIONS]` (default 72 28 64); prints the picture and
//! the total iteration count. Expected output: tests/rust/mandelbrot*.t; the same with and
//! without the FPU, because the FPU routines give bit-identical results.
#![no_std]
#![no_main]

use nextstep::prelude::*;

nextstep::entry!(main);

include!("render.rs");

fn arg(n: usize, default: u32) -> u32 {
    nextstep::env::args().nth(n).and_then(|s| s.parse().ok()).unwrap_or(default)
}

fn main() {
    let (w, h, max) = (arg(1, 72), arg(2, 28), arg(3, 64));
    let total = render(w, h, max, &mut |l| println!("{}", l));
    println!("iterations: {}", total);
}
