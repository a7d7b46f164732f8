//! Integer arithmetic for every width: wrapping/checked/overflowing/saturating add, sub, mul,
//! div, rem, neg, shifts and rotates, bit counts, pow, Euclidean division, and `as` casts.
//! 64- and 128-bit division and multiplication are libcalls on m68k (compiler_builtins).
use crate::opaque;
use core::fmt::{Result, Write};

macro_rules! ops {
    ($out:expr, $t:ty, [$($v:expr),* $(,)?]) => {{
        let vals: &[$t] = &[$($v),*];
        let bits = <$t>::BITS;
        for &a in vals {
            let a: $t = opaque(a);
            writeln!($out, "{} {}: neg {:?} {:?} abs? {:?} lz {} tz {} ones {} swap {:x} rev {:x} pow3 {:?} sq {:?} l2 {:?} l10 {:?} isq {:?}",
                stringify!($t), a, a.checked_neg(), a.wrapping_neg(), a.checked_pow(2), a.leading_zeros(),
                a.trailing_zeros(), a.count_ones(), a.swap_bytes(), a.reverse_bits(), a.wrapping_pow(3),
                a.saturating_pow(2), a.checked_ilog2(), a.checked_ilog10(), if a >= (0 as $t) { Some(a.isqrt()) } else { None })?;
            for s in [0u32, 1, 3, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 127] {
                let s = opaque(s);
                if s >= bits { continue; }
                write!($out, " <<{}={:x} >>{}={:x} rl={:x} rr={:x};", s, a << s, s, a >> s,
                    a.rotate_left(s), a.rotate_right(s))?;
            }
            writeln!($out, " wshl99={:x} cshl={:?}", a.wrapping_shl(opaque(99)), a.checked_shl(opaque(bits)))?;
            for &b in vals {
                let b: $t = opaque(b);
                writeln!($out, "  {} {}: w+ {} w- {} w* {} c+ {:?} c- {:?} c* {:?} c/ {:?} c% {:?} o+ {:?} o* {:?} s+ {} s- {} s* {} de {:?} re {:?} ad {} cmp {:?}",
                    a, b, a.wrapping_add(b), a.wrapping_sub(b), a.wrapping_mul(b), a.checked_add(b),
                    a.checked_sub(b), a.checked_mul(b), a.checked_div(b), a.checked_rem(b),
                    a.overflowing_add(b), a.overflowing_mul(b), a.saturating_add(b), a.saturating_sub(b),
                    a.saturating_mul(b), a.checked_div_euclid(b), a.checked_rem_euclid(b), a.abs_diff(b), a.cmp(&b))?;
                if b != (0 as $t) && a.checked_div(b).is_some() {
                    writeln!($out, "    / {} % {} min {} max {}", a / b, a % b, a.min(b), a.max(b))?;
                }
            }
        }
    }};
}

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    ops!(out, u8, [0, 1, 3, 100, 255]);
    ops!(out, i8, [0, -1, 7, -128, 127]);
    ops!(out, u16, [0, 2, 300, 65535]);
    ops!(out, i16, [1, -3, -32768, 32767]);
    ops!(out, u32, [0, 10, 65537, 4294967295]);
    ops!(out, i32, [-1, 7, -2147483648, 2147483647]);
    ops!(out, u64, [1, 1000000007, 4294967296, 18446744073709551615]);
    ops!(out, i64, [-5, 3037000499, -9223372036854775808, 9223372036854775807]);
    ops!(out, u128, [3, 18446744073709551617, 340282366920938463463374607431768211455]);
    ops!(out, i128, [-7, 1 << 100, i128::MIN, i128::MAX]);
    // Casts between all widths.
    let src: &[i128] = &[0, 1, -1, 127, 128, 255, 256, -32769, 65535, 2147483648, -4294967297,
        9223372036854775807, -9223372036854775809, i128::MAX, i128::MIN];
    for &v in src {
        let v = opaque(v);
        writeln!(out, "cast {}: u8 {} i8 {} u16 {} i16 {} u32 {} i32 {} u64 {} i64 {} u128 {}",
            v, v as u8, v as i8, v as u16, v as i16, v as u32, v as i32, v as u64, v as i64, v as u128)?;
        writeln!(out, "  from i8 {} u8->i128 {} i16->u64 {} i32->u128 {} u32->i64 {} i64->u128 {} try u32 {:?} try i16 {:?}",
            v as i8 as i128, v as u8 as i128, v as i16 as u64, v as i32 as u128, v as u32 as i64,
            v as i64 as u128, u32::try_from(v).ok(), i16::try_from(v).ok())?;
    }
    Ok(())
}
