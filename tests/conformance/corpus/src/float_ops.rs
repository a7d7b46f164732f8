//! Soft-float operations and conversions beyond formatting: float -> int `as` casts that
//! saturate at every integer width (i8..i128, u8..u128; NaN -> 0), int -> float rounding from
//! u64/i64/u128/i128, f32 <-> f64, to_bits/from_bits (NaN payloads, subnormals), total_cmp
//! sorting, clamp, min/max/midpoint with NaN and signed zeros, abs/signum/copysign/recip,
//! comparisons of special values and arithmetic on the edges of the exponent range.
use crate::{opaque, Rng};
use alloc::vec::Vec;
use core::fmt::{Result, Write};

const F64S: &[f64] = &[
    0.0, -0.0, 0.4, 0.5, 0.6, -0.5, -0.99, 1.0, -1.0, 127.5, 128.0, -128.5, -129.0, 255.9, 256.0,
    32767.9, -32768.7, 65535.5, 65536.0, 2147483647.5, -2147483648.9, 4294967295.9, 4294967296.0,
    9.2233720368547748e18, 9.223372036854775e18, -9.2233720368547758e18, 1.8446744073709550e19,
    1.8446744073709552e19, 1.7014118346046923e38, 3.4028236692093846e38, -1.7014118346046923e38,
    1e300, -1e300, 5e-324, f64::MAX, f64::MIN, f64::INFINITY, f64::NEG_INFINITY, f64::NAN,
];

const F32S: &[f32] = &[
    0.0, -0.0, 0.5, -0.7, 127.99, -128.99, 255.5, 256.0, 65535.99, -32769.0, 2147483520.0,
    2147483648.0, -2147483648.0, 4294967040.0, 4294967296.0, 9.223371e18, 9.223372e18,
    1.8446743e19, 1.8446744e19, 1.7014117e38, f32::MAX, f32::MIN, 1e-45, f32::INFINITY,
    f32::NEG_INFINITY, f32::NAN,
];

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    for &v in F64S {
        let v = opaque(v);
        writeln!(out, "f64 {:?}: u8 {} i8 {} u16 {} i16 {} u32 {} i32 {} u64 {} i64 {} u128 {} i128 {} f32 {:?}",
            v, v as u8, v as i8, v as u16, v as i16, v as u32, v as i32, v as u64, v as i64,
            v as u128, v as i128, v as f32)?;
    }
    for &v in F32S {
        let v = opaque(v);
        writeln!(out, "f32 {:?}: u8 {} i8 {} u16 {} i16 {} u32 {} i32 {} u64 {} i64 {} u128 {} i128 {} f64 {:?}",
            v, v as u8, v as i8, v as u16, v as i16, v as u32, v as i32, v as u64, v as i64,
            v as u128, v as i128, v as f64)?;
    }
    // Integer -> float: rounding to nearest even at 2^24 / 2^53 and beyond.
    let ints: &[i128] = &[0, 1, -1, 16777217, -16777219, 9007199254740993, -9007199254740995,
        (1 << 62) + 1, i64::MAX as i128, i64::MIN as i128, u64::MAX as i128, (1i128 << 100) + (1 << 47) + 1,
        i128::MAX, i128::MIN, 0x7fff_ffff_ffff_fdff_ffff_ffff_ffff_ffff];
    for &i in ints {
        let i = opaque(i);
        writeln!(out, "int {}: i128->f64 {:?} f32 {:?} u128->f64 {:?} i64->f64 {:?} f32 {:?} u64->f64 {:?} f32 {:?} i32->f32 {:?} u32->f32 {:?} i16->f32 {:?} u8->f64 {:?}",
            i, i as f64, i as f32, i as u128 as f64, i as i64 as f64, i as i64 as f32, i as u64 as f64,
            i as u64 as f32, i as i32 as f32, i as u32 as f32, i as i16 as f32, i as u8 as f64)?;
    }
    // Bit patterns: NaN payloads survive to_bits/from_bits, subnormals, f32 <-> f64.
    for bits in [0x7ff8_0000_0000_0001u64, 0xfff0_0000_0000_0000, 0x0000_0000_0000_0001,
                 0x000f_ffff_ffff_ffff, 0x0010_0000_0000_0000, 0x3ff0_0000_0000_0001, 0xc00f_ffff_ffff_ffff,
                 0x47ef_ffff_e000_0000, 0x47ef_ffff_f000_0000, 0x36a0_0000_0000_0000, 0x3690_0000_0000_0001] {
        let f = f64::from_bits(opaque(bits));
        let g = f as f32;
        writeln!(out, "bits {:016x}: {:?} nan {} fin {} sub {} normal {} sign- {} f32 {:?} {:08x} back {:016x} class {:?}",
            bits, f, f.is_nan(), f.is_finite(), f.is_subnormal(), f.is_normal(), f.is_sign_negative(), g,
            if g.is_nan() { 0 } else { g.to_bits() }, if g.is_nan() { 0 } else { (g as f64).to_bits() }, f.classify())?;
    }
    for bits in [0x0000_0001u32, 0x007f_ffff, 0x0080_0000, 0x7f7f_ffff, 0x3f80_0001, 0xff80_0000, 0x8000_0000] {
        let f = f32::from_bits(opaque(bits));
        writeln!(out, "bits32 {:08x}: {:?} f64 {:016x} sub {} next {:?} prev {:?}", bits, f, (f as f64).to_bits(),
            f.is_subnormal(), f32::from_bits(bits + 1), f32::from_bits(bits.wrapping_sub(1)))?;
    }
    // total_cmp ordering of everything, including NaNs of both signs and signed zeros.
    let mut all: Vec<f64> = F64S.to_vec();
    all.push(-f64::NAN);
    all.push(f64::from_bits(0x7ff0_0000_0000_0001));
    all.sort_by(|a, b| a.total_cmp(b));
    write!(out, "total_cmp")?;
    for f in &all { write!(out, " {:016x}", f.to_bits())?; }
    writeln!(out)?;
    let mut all32: Vec<f32> = F32S.to_vec();
    all32.push(-f32::NAN);
    all32.sort_by(|a, b| b.total_cmp(a));
    writeln!(out, "total_cmp32 rev {:?}", all32)?;
    // min/max/clamp/midpoint/copysign/signum with special values (min/max of
    // +0.0 and -0.0 may return either zero: `+ 0.0` makes the sign of a zero result positive).
    let specials = [0.0f64, -0.0, 1.5, -2.25, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 1e308];
    for &a in &specials {
        let a = opaque(a);
        for &b in &specials {
            let b = opaque(b);
            writeln!(out, "{:?} {:?}: min {:?} max {:?} mid {:?} cs {:?} + {:?} - {:?} * {:?} / {:?} lt {} le {} eq {} pcmp {:?} tcmp {:?}",
                a, b, a.min(b) + 0.0, a.max(b) + 0.0, a.midpoint(b), a.copysign(b), a + b, a - b, a * b, a / b,
                a < b, a <= b, a == b, a.partial_cmp(&b), a.total_cmp(&b))?;
        }
        writeln!(out, "{:?}: abs {:?} signum {:?} recip {:?} neg {:?} clamp {:?} deg {:?} rad {:?} f32 min {:?} max {:?}",
            a, a.abs(), a.signum(), a.recip(), -a, a.clamp(-1.0, 2.0), a.to_degrees(), a.to_radians(),
            (a as f32).min(0.5), (a as f32).max(-0.25) + 0.0)?;
    }
    // Random arithmetic checked through bit patterns (soft-float add/sub/mul/div/compare).
    let mut rng = Rng::new(0xf10a_7095);
    let mut acc = 0u64;
    let mut acc32 = 0u32;
    for i in 0..opaque(400u32) {
        // Exponents from f32's subnormal range to past f32::MAX: f32 results round, underflow
        // to subnormals and zero, and overflow to infinity.
        let a = f64::from_bits(rng.next_u64() & 0x800f_ffff_ffff_ffff | (0x368 + rng.below(0x130)) << 52);
        let b = f64::from_bits(rng.next_u64() & 0x800f_ffff_ffff_ffff | (0x368 + rng.below(0x130)) << 52);
        let r = [a + b, a - b, a * b, a / b, (a as f32 * b as f32) as f64, (a as f32 / b as f32) as f64];
        // The sign of a NaN made by 0/0 or inf*0 differs between x86 and soft-float: not compared.
        for x in r { acc = acc.rotate_left(5) ^ if x.is_nan() { 1 } else { x.to_bits() }; }
        let s = (a as f32) + (b as f32) * 0.5;
        acc32 = acc32.rotate_left(3) ^ (if s.is_nan() { 1 } else { s.to_bits() }) ^ (a < b) as u32 ^ ((a as i64 as f64 == a) as u32) << 1;
        if i % 50 == 0 {
            writeln!(out, "rand {}: {:e} {:e} -> {:e} {:e} {:e} {:e} {:?} {:?}", i, a, b, r[0], r[1], r[2], r[3], r[4] as f32, r[5] as f32)?;
        }
    }
    writeln!(out, "rand acc {:016x} {:08x}", acc, acc32)?;
    Ok(())
}
