//! Conformance corpus: platform-neutral programs whose output must be byte-identical on the host
//! and on m68k. Every program writes to a `&mut dyn core::fmt::Write` and never depends on
//! pointer width (no usize/isize values that differ between 32 and 64 bits, no addresses), so
//! any difference between the host run and the m68k run is a code-generation bug.
//! Programs take a seed; only `random` uses it (0 = its fixed seed set).
#![no_std]
#![allow(dead_code)]
extern crate alloc;

use core::fmt::{self, Write};

mod arith;
mod collections;
mod debug_fmt;
mod dispatch;
mod dyn_closures;
mod float_fmt;
mod float_ops;
mod float_parse;
mod fmt_edge;
mod int_fmt;
mod int_parse;
mod int_bits;
mod iter;
mod layout;
mod numeric;
mod option_result;
mod random;
mod slices;
mod sort;
mod stack_index;
mod text;
mod wide;

/// A corpus program: writes its whole output to `out`.
pub type Program = fn(out: &mut dyn Write, seed: u64) -> fmt::Result;

/// All programs, by name, in the order `--list` shows them.
pub static PROGRAMS: &[(&str, Program)] = &[
    ("int_fmt", int_fmt::run),
    ("int_parse", int_parse::run),
    ("float_fmt", float_fmt::run),
    ("float_parse", float_parse::run),
    ("arith", arith::run),
    ("numeric", numeric::run),
    ("sort", sort::run),
    ("iter", iter::run),
    ("text", text::run),
    ("option_result", option_result::run),
    ("collections", collections::run),
    ("debug_fmt", debug_fmt::run),
    ("dyn_closures", dyn_closures::run),
    ("stack_index", stack_index::run),
    ("random", random::run),
    ("wide", wide::run),
    ("float_ops", float_ops::run),
    ("dispatch", dispatch::run),
    ("fmt_edge", fmt_edge::run),
    ("slices", slices::run),
    ("int_bits", int_bits::run),
    ("layout", layout::run),
];

/// Looks a program up by name.
pub fn find(name: &str) -> Option<Program> {
    PROGRAMS.iter().find(|(n, _)| *n == name).map(|(_, p)| *p)
}

/// Parses a decimal seed argument (host and m68k runners share this so both agree).
pub fn parse_seed(s: &str) -> Option<u64> {
    s.parse().ok()
}

/// xorshift64* generator: the same sequence on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(if seed == 0 { 0x9E37_79B9_7F4A_7C15 } else { seed })
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn next_u32(&mut self) -> u32 {
        (self.next_u64() >> 32) as u32
    }
    pub fn next_u128(&mut self) -> u128 {
        ((self.next_u64() as u128) << 64) | self.next_u64() as u128
    }
    /// Uniform-ish value in 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// Hides a value from the optimizer so that the computation happens at run time.
#[inline(always)]
pub fn opaque<T>(v: T) -> T {
    core::hint::black_box(v)
}
