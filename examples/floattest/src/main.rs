//! Differential test program for the float library calls: computes every soft-float routine
//! LLVM's M68k backend calls (add, sub, mul, div, sqrt, comparisons, conversions; f32 and f64)
//! on a fixed, deterministic set of operands — edge cases (zeros, subnormals, min/max normal,
//! infinities, NaNs with payloads, rounding ties, integer limits) crossed with each other, plus
//! pseudo-random bit patterns biased towards exponents that make products and quotients land in
//! the subnormal range — and prints, per routine, the number of results and a 64-bit FNV-1a hash
//! of their bit patterns. Built once as is (compiler_builtins' soft-float) and once with
//! `--features fpu` (crates/nextstep/src/float.rs), the two outputs must be byte-identical
//! (tests/rust/float-diff.t). With the argument `-v` it prints every single result instead.
//!
//! The routines are called by their symbol names, so their exact return values (e.g. -1/0/1 of
//! the comparisons) are compared; a second part uses Rust operators and `as` casts, to check the
//! calls LLVM itself generates.
#![no_std]
#![no_main]

use nextstep::prelude::*;

nextstep::entry!(main);

extern "C" {
    fn __adddf3(a: f64, b: f64) -> f64;
    fn __subdf3(a: f64, b: f64) -> f64;
    fn __muldf3(a: f64, b: f64) -> f64;
    fn __divdf3(a: f64, b: f64) -> f64;
    fn __addsf3(a: f32, b: f32) -> f32;
    fn __subsf3(a: f32, b: f32) -> f32;
    fn __mulsf3(a: f32, b: f32) -> f32;
    fn __divsf3(a: f32, b: f32) -> f32;
    fn sqrt(a: f64) -> f64;
    fn sqrtf(a: f32) -> f32;
    fn __eqdf2(a: f64, b: f64) -> i32;
    fn __nedf2(a: f64, b: f64) -> i32;
    fn __ltdf2(a: f64, b: f64) -> i32;
    fn __ledf2(a: f64, b: f64) -> i32;
    fn __gtdf2(a: f64, b: f64) -> i32;
    fn __gedf2(a: f64, b: f64) -> i32;
    fn __unorddf2(a: f64, b: f64) -> i32;
    fn __eqsf2(a: f32, b: f32) -> i32;
    fn __nesf2(a: f32, b: f32) -> i32;
    fn __ltsf2(a: f32, b: f32) -> i32;
    fn __lesf2(a: f32, b: f32) -> i32;
    fn __gtsf2(a: f32, b: f32) -> i32;
    fn __gesf2(a: f32, b: f32) -> i32;
    fn __unordsf2(a: f32, b: f32) -> i32;
    fn __extendsfdf2(a: f32) -> f64;
    fn __truncdfsf2(a: f64) -> f32;
    fn __fixdfsi(a: f64) -> i32;
    fn __fixunsdfsi(a: f64) -> u32;
    fn __fixdfdi(a: f64) -> i64;
    fn __fixunsdfdi(a: f64) -> u64;
    fn __fixsfsi(a: f32) -> i32;
    fn __fixunssfsi(a: f32) -> u32;
    fn __fixsfdi(a: f32) -> i64;
    fn __fixunssfdi(a: f32) -> u64;
    fn __floatsidf(a: i32) -> f64;
    fn __floatunsidf(a: u32) -> f64;
    fn __floatdidf(a: i64) -> f64;
    fn __floatundidf(a: u64) -> f64;
    fn __floatsisf(a: i32) -> f32;
    fn __floatunsisf(a: u32) -> f32;
    fn __floatdisf(a: i64) -> f32;
    fn __floatundisf(a: u64) -> f32;
}

/// Edge-case f64 bit patterns.
const EDGE64: &[u64] = &[
    0x0000_0000_0000_0000, // +0
    0x8000_0000_0000_0000, // -0
    0x0000_0000_0000_0001, // smallest subnormal
    0x8000_0000_0000_0001,
    0x0000_0000_0000_0003,
    0x000f_ffff_ffff_ffff, // largest subnormal
    0x0008_0000_0000_0000, // 2^-1023
    0x0010_0000_0000_0000, // smallest normal
    0x8010_0000_0000_0000,
    0x0010_0000_0000_0001,
    0x001f_ffff_ffff_ffff,
    0x1ff0_0000_0000_0000, // 2^-511 (its square is 2^-1022)
    0x1fe8_0000_0000_0001, // 2^-512 * 1.5+: products around the subnormal boundary
    0x2000_0000_0000_0001,
    0x3ca0_0000_0000_0000, // 2^-53
    0x3c90_0000_0000_0000, // 2^-54
    0x3cb8_0000_0000_0000, // 3*2^-53
    0x3fe0_0000_0000_0000, // 0.5
    0x3fef_ffff_ffff_ffff, // 1-2^-53
    0x3ff0_0000_0000_0000, // 1
    0xbff0_0000_0000_0000, // -1
    0x3ff0_0000_0000_0001, // 1+2^-52
    0x3ff8_0000_0000_0000, // 1.5
    0x4004_0000_0000_0000, // 2.5
    0xc00c_0000_0000_0000, // -3.5
    0x3fb9_9999_9999_999a, // 0.1
    0x3fd5_5555_5555_5555, // 1/3
    0x4000_0000_0000_0000, // 2
    0x4008_0000_0000_0000, // 3
    0x4340_0000_0000_0000, // 2^53
    0x4340_0000_0000_0001, // 2^53+2
    0x41df_ffff_ffc0_0000, // 2^31-1
    0x41e0_0000_0000_0000, // 2^31
    0xc1e0_0000_0000_0000, // -2^31
    0xc1e0_0000_0020_0000, // -2^31-1
    0x41ef_ffff_ffff_ffff, // just below 2^32
    0x41f0_0000_0000_0000, // 2^32
    0x43df_ffff_ffff_ffff, // just below 2^63
    0x43e0_0000_0000_0000, // 2^63
    0xc3e0_0000_0000_0000, // -2^63
    0x43f0_0000_0000_0000, // 2^64
    0x5fe0_0000_0000_0000, // 2^511
    0x7fe0_0000_0000_0000, // 2^1023
    0x7fef_ffff_ffff_ffff, // largest finite
    0xffef_ffff_ffff_ffff,
    0x7ff0_0000_0000_0000, // +inf
    0xfff0_0000_0000_0000, // -inf
    0x7ff8_0000_0000_0000, // quiet NaN
    0xfff8_0000_0000_0001, // negative quiet NaN with payload
    0x7ff0_0000_0000_0001, // signalling NaN
    0xfff4_3210_0000_0000, // negative signalling NaN with payload
    0x7fff_ffff_ffff_ffff,
];

/// Edge-case f32 bit patterns.
const EDGE32: &[u32] = &[
    0x0000_0000, 0x8000_0000, 0x0000_0001, 0x8000_0001, 0x0000_0003, 0x007f_ffff, 0x0040_0000,
    0x0080_0000, 0x8080_0000, 0x0080_0001, 0x00ff_ffff, 0x1f80_0000, 0x1f40_0001, 0x2000_0001,
    0x3380_0000, 0x3300_0000, 0x33c0_0000, 0x3f00_0000, 0x3f7f_ffff, 0x3f80_0000, 0xbf80_0000,
    0x3f80_0001, 0x3fc0_0000, 0x4020_0000, 0xc060_0000, 0x3dcc_cccd, 0x3eaa_aaab, 0x4000_0000,
    0x4040_0000, 0x4b80_0000, 0x4b80_0001, 0x4eff_ffff, 0x4f00_0000, 0xcf00_0000, 0xcf00_0001,
    0x4f7f_ffff, 0x4f80_0000, 0x5eff_ffff, 0x5f00_0000, 0xdf00_0000, 0x5f80_0000, 0x7f00_0000,
    0x7f7f_ffff, 0xff7f_ffff, 0x7f80_0000, 0xff80_0000, 0x7fc0_0000, 0xffc0_0001, 0x7f80_0001,
    0xffa1_2345, 0x7fff_ffff,
];

/// Integer edge cases for the int-to-float conversions.
const EDGEI: &[u64] = &[
    0, 1, 2, 3, 0xffff_ffff_ffff_ffff, 0xffff_ffff_ffff_fffe, 0x7fff_ffff, 0x8000_0000,
    0xffff_ffff, 0x1_0000_0000, 0x1_0000_0001, 0xffff_ffff_8000_0000, 0xffff_ffff_7fff_ffff,
    0x0100_0001, 0x0100_0003, 0x00ff_ffff, 0x20_0000_0000_0001, 0x20_0000_0000_0003,
    0x1f_ffff_ffff_ffff, 0x7fff_ffff_ffff_ffff, 0x8000_0000_0000_0000, 0x8000_0000_0000_0001,
    0xffdf_ffff_ffff_ffff, 0x7fff_ffff_ffff_fc00, 0x7fff_ffff_ffff_fe00, 0x7fff_ffff_ffff_fdff,
    0x8000_0000_0000_0400, 0xc000_0000_0000_0600,
];

/// xorshift64*: the same sequence on every run and build.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A random f64 bit pattern from one of several classes.
    fn f64_bits(&mut self) -> u64 {
        let r = self.next();
        let sign = r & (1 << 63);
        let mut mant = self.next() & 0x000f_ffff_ffff_ffff;
        if r & 0x30 == 0 {
            mant &= !0u64 << (r >> 8 & 63); // few significant bits: exact results and ties
        }
        let exp = match r & 7 {
            0 | 1 => return self.next(),          // anything, NaNs included
            2 => 1023 - 40 + (r >> 16) % 80,      // around 1
            3 => 0x1e0 + (r >> 16) % 64,          // around 2^-511: products near 2^-1022
            4 => (r >> 16) % 64,                  // subnormal and smallest normals
            5 => 0x7c0 + (r >> 16) % 63,          // huge: quotients by tiny, overflow
            _ => (r >> 16) % 0x7ff,               // any finite
        };
        sign | exp << 52 | mant
    }
    fn f32_bits(&mut self) -> u32 {
        let r = self.next();
        let sign = (r >> 32) as u32 & (1 << 31);
        let mut mant = self.next() as u32 & 0x007f_ffff;
        if r & 0x30 == 0 {
            mant &= !0u32 << (r >> 8 & 31);
        }
        let exp = match r & 7 {
            0 | 1 => return self.next() as u32,
            2 => 127 - 20 + (r >> 16) as u32 % 40,
            3 => 0x30 + (r >> 16) as u32 % 32,
            4 => (r >> 16) as u32 % 32,
            5 => 0xe0 + (r >> 16) as u32 % 31,
            _ => (r >> 16) as u32 % 0xff,
        };
        sign | exp << 23 | mant
    }
}

/// One routine's results: count and FNV-1a hash, or each result printed in verbose mode.
struct Acc {
    name: &'static str,
    n: u32,
    h: u64,
    verbose: bool,
}
impl Acc {
    fn new(name: &'static str, verbose: bool) -> Acc {
        Acc { name, n: 0, h: 0xcbf2_9ce4_8422_2325, verbose }
    }
    fn add(&mut self, a: u64, b: u64, r: u64) {
        if self.verbose {
            println!("{} {:016x} {:016x} -> {:016x}", self.name, a, b, r);
        }
        self.n += 1;
        for byte in r.to_be_bytes() {
            self.h = (self.h ^ byte as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn done(self) {
        println!("{:14} {:6} {:016x}", self.name, self.n, self.h);
    }
}

fn main() {
    let verbose = nextstep::env::args().nth(1).as_deref() == Some("-v");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let nrandom = 20000;

    // Operand pairs: every edge case with every edge case, then random pairs.
    let mut p64: Vec<(u64, u64)> = Vec::new();
    for &a in EDGE64 {
        for &b in EDGE64 {
            p64.push((a, b));
        }
    }
    for _ in 0..nrandom {
        let a = rng.f64_bits();
        let b = rng.f64_bits();
        p64.push((a, b));
    }
    let mut p32: Vec<(u32, u32)> = Vec::new();
    for &a in EDGE32 {
        for &b in EDGE32 {
            p32.push((a, b));
        }
    }
    for _ in 0..nrandom {
        let a = rng.f32_bits();
        let b = rng.f32_bits();
        p32.push((a, b));
    }
    let mut ints: Vec<u64> = EDGEI.to_vec();
    for _ in 0..nrandom {
        let r = rng.next();
        ints.push(r >> (rng.next() & 63)); // all magnitudes
    }
    let f = f64::from_bits;
    let g = f32::from_bits;

    macro_rules! bin64 {
        ($name:literal, $fun:ident) => {{
            let mut acc = Acc::new($name, verbose);
            for &(a, b) in &p64 {
                acc.add(a, b, unsafe { $fun(f(a), f(b)) }.to_bits());
            }
            acc.done();
        }};
    }
    macro_rules! bin32 {
        ($name:literal, $fun:ident) => {{
            let mut acc = Acc::new($name, verbose);
            for &(a, b) in &p32 {
                acc.add(a as u64, b as u64, unsafe { $fun(g(a), g(b)) }.to_bits() as u64);
            }
            acc.done();
        }};
    }
    macro_rules! cmp64 {
        ($name:literal, $fun:ident) => {{
            let mut acc = Acc::new($name, verbose);
            for &(a, b) in &p64 {
                acc.add(a, b, unsafe { $fun(f(a), f(b)) } as u64);
            }
            acc.done();
        }};
    }
    macro_rules! cmp32 {
        ($name:literal, $fun:ident) => {{
            let mut acc = Acc::new($name, verbose);
            for &(a, b) in &p32 {
                acc.add(a as u64, b as u64, unsafe { $fun(g(a), g(b)) } as u64);
            }
            acc.done();
        }};
    }
    // Unary routines on every operand of both sides of the pairs.
    macro_rules! un64 {
        ($name:literal, $fun:ident, $conv:expr) => {{
            let mut acc = Acc::new($name, verbose);
            for &(a, b) in &p64 {
                for x in [a, b] {
                    acc.add(x, 0, $conv(unsafe { $fun(f(x)) }));
                }
            }
            acc.done();
        }};
    }
    macro_rules! un32 {
        ($name:literal, $fun:ident, $conv:expr) => {{
            let mut acc = Acc::new($name, verbose);
            for &(a, b) in &p32 {
                for x in [a, b] {
                    acc.add(x as u64, 0, $conv(unsafe { $fun(g(x)) }));
                }
            }
            acc.done();
        }};
    }
    macro_rules! fromint {
        ($name:literal, $fun:ident, $ty:ty, $conv:expr) => {{
            let mut acc = Acc::new($name, verbose);
            for &i in &ints {
                for x in [i, i.wrapping_neg(), i << 32, i >> 32] {
                    acc.add(x, 0, $conv(unsafe { $fun(x as $ty) }));
                }
            }
            acc.done();
        }};
    }

    bin64!("__adddf3", __adddf3);
    bin64!("__subdf3", __subdf3);
    bin64!("__muldf3", __muldf3);
    bin64!("__divdf3", __divdf3);
    bin32!("__addsf3", __addsf3);
    bin32!("__subsf3", __subsf3);
    bin32!("__mulsf3", __mulsf3);
    bin32!("__divsf3", __divsf3);
    cmp64!("__eqdf2", __eqdf2);
    cmp64!("__nedf2", __nedf2);
    cmp64!("__ltdf2", __ltdf2);
    cmp64!("__ledf2", __ledf2);
    cmp64!("__gtdf2", __gtdf2);
    cmp64!("__gedf2", __gedf2);
    cmp64!("__unorddf2", __unorddf2);
    cmp32!("__eqsf2", __eqsf2);
    cmp32!("__nesf2", __nesf2);
    cmp32!("__ltsf2", __ltsf2);
    cmp32!("__lesf2", __lesf2);
    cmp32!("__gtsf2", __gtsf2);
    cmp32!("__gesf2", __gesf2);
    cmp32!("__unordsf2", __unordsf2);
    un64!("sqrt", sqrt, |r: f64| r.to_bits());
    un32!("sqrtf", sqrtf, |r: f32| r.to_bits() as u64);
    un32!("__extendsfdf2", __extendsfdf2, |r: f64| r.to_bits());
    un64!("__truncdfsf2", __truncdfsf2, |r: f32| r.to_bits() as u64);
    un64!("__fixdfsi", __fixdfsi, |r: i32| r as u64);
    un64!("__fixunsdfsi", __fixunsdfsi, |r: u32| r as u64);
    un64!("__fixdfdi", __fixdfdi, |r: i64| r as u64);
    un64!("__fixunsdfdi", __fixunsdfdi, |r: u64| r);
    un32!("__fixsfsi", __fixsfsi, |r: i32| r as u64);
    un32!("__fixunssfsi", __fixunssfsi, |r: u32| r as u64);
    un32!("__fixsfdi", __fixsfdi, |r: i64| r as u64);
    un32!("__fixunssfdi", __fixunssfdi, |r: u64| r);
    fromint!("__floatsidf", __floatsidf, i32, |r: f64| r.to_bits());
    fromint!("__floatunsidf", __floatunsidf, u32, |r: f64| r.to_bits());
    fromint!("__floatdidf", __floatdidf, i64, |r: f64| r.to_bits());
    fromint!("__floatundidf", __floatundidf, u64, |r: f64| r.to_bits());
    fromint!("__floatsisf", __floatsisf, i32, |r: f32| r.to_bits() as u64);
    fromint!("__floatunsisf", __floatunsisf, u32, |r: f32| r.to_bits() as u64);
    fromint!("__floatdisf", __floatdisf, i64, |r: f32| r.to_bits() as u64);
    fromint!("__floatundisf", __floatundisf, u64, |r: f32| r.to_bits() as u64);

    // The same through Rust operators and casts (the calls LLVM generates itself).
    let mut acc = Acc::new("rust-f64-ops", verbose);
    for &(a, b) in &p64 {
        let (x, y) = (f(a), f(b));
        let r = (x + y).to_bits() ^ (x * y).to_bits().rotate_left(1) ^ (x / y).to_bits().rotate_left(2)
            ^ (x - y).to_bits().rotate_left(3);
        let c = (x < y) as u64 | ((x <= y) as u64) << 1 | ((x == y) as u64) << 2 | ((x != y) as u64) << 3
            | ((x > y) as u64) << 4 | ((x >= y) as u64) << 5 | (x.partial_cmp(&y).map_or(3, |o| o as i8 + 1) as u64) << 6;
        let conv = (x as i32 as u64) ^ (x as u32 as u64) << 7 ^ (x as i64 as u64) << 13 ^ (x as u64) << 17
            ^ (x as f32).to_bits() as u64 ^ ((y as i64) as f64).to_bits();
        acc.add(a, b, r ^ c ^ conv.rotate_left(9));
    }
    acc.done();
    let mut acc = Acc::new("rust-f32-ops", verbose);
    for &(a, b) in &p32 {
        let (x, y) = (g(a), g(b));
        let r = ((x + y).to_bits() as u64) << 32 ^ (x * y).to_bits() as u64 ^ ((x / y).to_bits() as u64) << 16
            ^ ((x - y).to_bits() as u64).rotate_left(40);
        let c = (x < y) as u64 | ((x <= y) as u64) << 1 | ((x == y) as u64) << 2 | ((x != y) as u64) << 3
            | ((x > y) as u64) << 4 | ((x >= y) as u64) << 5;
        let conv = (x as i32 as u64) ^ (x as u32 as u64) << 7 ^ (x as i64 as u64) << 13 ^ (x as u64) << 17
            ^ (x as f64).to_bits() ^ ((y as i32) as f32).to_bits() as u64;
        acc.add(a as u64, b as u64, r ^ c ^ conv.rotate_left(9));
    }
    acc.done();
}
