//! Seed-driven randomized differential test: an xorshift64* generator produces operands of
//! interesting shapes (full-width random, small, near MIN/MAX, powers of two) for every integer
//! width u8..u128 and i8..i128, and each line prints the results of many operations. Host and
//! m68k outputs are compared line by line. Seed 0 runs the fixed seed set.
use crate::{opaque, Rng};
use core::fmt::{Result, Write};

const SEEDS: &[u64] = &[1, 0x0123_4567_89ab_cdef, 0xdead_beef, 42_4242_4242];
const PER_TYPE: u32 = 3;

pub(crate) fn shape(r: &mut Rng, bits: u32) -> u128 {
    let x = r.next_u128();
    match r.below(6) {
        0 | 1 => x,
        2 => x % 17,
        3 => (1u128 << (x % bits as u128)).wrapping_sub(r.below(3) as u128),
        4 => (!0u128).wrapping_sub(x % 5),       // near -1 / MAX
        _ => (1u128 << (bits - 1)).wrapping_add(x % 5), // near MIN / 2^(bits-1)
    }
}

macro_rules! line {
    ($out:expr, $rng:expr, $t:ty) => {{
        let bits = <$t>::BITS;
        let a = opaque(shape($rng, bits) as $t);
        let b = opaque(shape($rng, bits) as $t);
        let s = opaque((($rng).below(bits as u64 * 2)) as u32);
        writeln!($out, "{} {} {} s{}: + {} - {} * {} / {:?} % {:?} de {:?} re {:?} oa {:?} om {:?} sa {} ss {} sm {}",
            stringify!($t), a, b, s, a.wrapping_add(b), a.wrapping_sub(b), a.wrapping_mul(b), a.checked_div(b),
            a.checked_rem(b), a.checked_div_euclid(b), a.checked_rem_euclid(b), a.overflowing_add(b),
            a.overflowing_mul(b), a.saturating_add(b), a.saturating_sub(b), a.saturating_mul(b))?;
        writeln!($out, "  shl {:x} shr {:x} rl {:x} rr {:x} & {:x} | {:x} ^ {:x} ! {:x} lt {} cmp {:?} lz {} tz {} pop {} sw {:x} min {} max {} ad {} ws {:?}",
            a.wrapping_shl(s), a.wrapping_shr(s), a.rotate_left(s), a.rotate_right(s), a & b, a | b, a ^ b, !a,
            a < b, a.cmp(&b), a.leading_zeros(), a.trailing_zeros(), a.count_ones(), a.swap_bytes(), a.min(b),
            a.max(b), a.abs_diff(b), a.checked_shl(s))?;
        writeln!($out, "  as u8 {} i8 {} u16 {} i16 {} u32 {} i32 {} u64 {} i64 {} u128 {} i128 {} f64 {:e} f32 {:?}",
            a as u8, a as i8, a as u16, a as i16, a as u32, a as i32, a as u64, a as i64, a as u128, a as i128,
            a as f64, b as f32)?;
    }};
}

fn one_seed(out: &mut dyn Write, seed: u64) -> Result {
    writeln!(out, "seed {}", seed)?;
    let mut rng = Rng::new(seed);
    let r = &mut rng;
    for _ in 0..PER_TYPE {
        line!(out, r, u8); line!(out, r, i8); line!(out, r, u16); line!(out, r, i16);
        line!(out, r, u32); line!(out, r, i32); line!(out, r, u64); line!(out, r, i64);
        line!(out, r, u128); line!(out, r, i128);
    }
    Ok(())
}

pub fn run(out: &mut dyn Write, seed: u64) -> Result {
    if seed != 0 { return one_seed(out, seed); }
    for &s in SEEDS { one_seed(out, s)?; }
    Ok(())
}
