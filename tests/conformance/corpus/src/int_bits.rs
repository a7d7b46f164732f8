//! Integer bit manipulation not in `arith`: next_power_of_two, leading/trailing ones,
//! div_ceil, next_multiple_of, midpoint, signum, unsigned_abs, count_zeros, overflowing
//! shifts/pow/neg, wrapping and saturating division at MIN / -1, byte conversions (big and
//! little endian only), run-time shift amounts on 8- and 16-bit values (masked and
//! unmasked), hand-written bit loops, and `match` on ranges of u128/i64/u16/char.
use crate::{opaque, Rng};
use core::fmt::{Result, Write};

macro_rules! unsigned {
    ($out:expr, $t:ty, [$($v:expr),* $(,)?]) => {{
        for &a in &[$($v as $t),*] {
            let a: $t = opaque(a);
            writeln!($out, "{} {}: npot {:?} pot {} lo {} to {} cz {} dc3 {} nm7 {:?} mid {} be {:02x?} le {:02x?} obe {} ole {} sh {:?} ov {:?} {:?} ovpow {:?}",
                stringify!($t), a, a.checked_next_power_of_two(), a.is_power_of_two(), a.leading_ones(),
                a.trailing_ones(), a.count_zeros(), a.div_ceil(opaque(3)), a.checked_next_multiple_of(opaque(7)),
                a.midpoint(opaque(<$t>::MAX - 1)), a.to_be_bytes(), a.to_le_bytes(),
                <$t>::from_be_bytes(a.to_le_bytes()), <$t>::from_le_bytes(a.to_be_bytes()), a.checked_shr(opaque(5)),
                a.overflowing_shl(opaque(<$t>::BITS + 3)), a.overflowing_neg(), a.overflowing_pow(opaque(5)))?;
        }
    }};
}

macro_rules! signed {
    ($out:expr, $t:ty, [$($v:expr),* $(,)?]) => {{
        for &a in &[$($v as $t),*] {
            let a: $t = opaque(a);
            let m1: $t = opaque(-1);
            writeln!($out, "{} {}: sig {} ua {} lo {} to {} mid {} mid- {} wdiv {} odiv {:?} sdiv {} crem {:?} wrem {} wabs {} oabs {:?} sabs {} sneg {} de {} re {} de- {} re- {} be {:02x?} le {:02x?}",
                stringify!($t), a, a.signum(), a.unsigned_abs(), a.leading_ones(), a.trailing_ones(),
                a.midpoint(opaque(<$t>::MAX)), a.midpoint(opaque(<$t>::MIN)), a.wrapping_div(m1), a.overflowing_div(m1),
                a.saturating_div(m1), a.checked_rem(m1), a.wrapping_rem(m1), a.wrapping_abs(), a.overflowing_abs(),
                a.saturating_abs(), a.saturating_neg(), a.wrapping_div_euclid(opaque(7)), a.wrapping_rem_euclid(opaque(7)),
                a.wrapping_div_euclid(opaque(-7)), a.wrapping_rem_euclid(opaque(-7)), a.to_be_bytes(), a.to_le_bytes())?;
        }
    }};
}

fn class_u128(x: u128) -> &'static str {
    match x {
        0 => "zero",
        1..=9 => "digit",
        10..=0xffff => "small",
        0x1_0000..=0xffff_ffff => "u32",
        0x1_0000_0000..=0xffff_ffff_ffff_ffff => "u64",
        0x1_0000_0000_0000_0000..=0xffff_ffff_ffff_ffff_ffff_ffff => "u96",
        u128::MAX => "max",
        _ => "big",
    }
}

fn class_i64(x: i64) -> u8 {
    match x {
        i64::MIN => 0,
        i64::MIN..=-4294967297 => 1,
        -4294967296..=-1 => 2,
        0 => 3,
        1 | 3 | 5 | 7 | 9 => 4,
        2..=65535 => 5,
        65536..=0x7fff_ffff_ffff_fffe => 6,
        i64::MAX => 7,
    }
}

fn class_char(c: char) -> u8 {
    match c {
        '\0'..='\x1f' => 0,
        'a'..='z' | 'A'..='Z' => 1,
        '0'..='9' => 2,
        '\u{80}'..='\u{7ff}' => 3,
        '\u{800}'..='\u{d7ff}' | '\u{e000}'..='\u{ffff}' => 4,
        '\u{10000}'..='\u{10ffff}' => 5,
        _ => 6,
    }
}

fn class_u16(x: u16) -> u32 {
    match x {
        0..=9 => 1, 10..=99 => 2, 100..=999 => 3, 1000..=9999 => 4, 10000..=32767 => 5,
        32768 => 6, 32769..=65534 => 7, 65535 => 8,
    }
}

#[inline(never)]
fn rev8_loop(mut x: u8) -> u8 {
    let mut r = 0u8;
    for _ in 0..8 { r = (r << 1) | (x & 1); x >>= 1; }
    r
}

#[inline(never)]
fn pop16_loop(x: u16) -> u32 {
    let mut n = 0;
    for s in 0..16u32 { n += ((x >> s) & 1) as u32; }
    n
}

#[inline(never)]
fn field(x: u64, lo: u32, width: u32) -> u64 {
    (x >> lo) & ((1u64 << width) - 1)
}

#[inline(never)]
fn insert(x: u32, v: u32, lo: u32, width: u32) -> u32 {
    let mask = (((1u64 << width) - 1) as u32) << lo;
    (x & !mask) | ((v << lo) & mask)
}

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    unsigned!(out, u8, [0, 1, 2, 3, 100, 128, 129, 255]);
    unsigned!(out, u16, [0, 7, 256, 1000, 32768, 32769, 65535]);
    unsigned!(out, u32, [0, 1, 5, 0x8000_0000u32, 0x8000_0001u32, 0xffff_ffffu32]);
    unsigned!(out, u64, [0, 3, 1u64 << 40, (1u64 << 63) + 1, u64::MAX]);
    unsigned!(out, u128, [0, 9, 1u128 << 64, (1u128 << 127) - 1, (1u128 << 127) + 5, u128::MAX]);
    signed!(out, i8, [0, 1, -1, 5, -8, 127, -128, -127]);
    signed!(out, i16, [0, -1, 300, -300, 32767, -32768]);
    signed!(out, i32, [0, -1, 13, -13, i32::MAX, i32::MIN]);
    signed!(out, i64, [0, -1, -1_000_000_000_007i64, i64::MAX, i64::MIN]);
    signed!(out, i128, [0, -1, -(1i128 << 90) + 3, i128::MAX, i128::MIN]);
    // Run-time shift amounts on narrow types.
    let mut rng = Rng::new(0xb175);
    for _ in 0..opaque(12) {
        let x8 = rng.next_u32() as u8;
        let x16 = rng.next_u32() as u16;
        let s = rng.next_u32() % 40;
        writeln!(out, "shift {} {} by {}: u8 wshl {} wshr {} rotl {} rotr {} i8 wshr {} u16 wshl {} wshr {} rotl {} i16 wshr {} chk8 {:?} chk16 {:?} rev {} {} pop {} {}",
            x8, x16, s, x8.wrapping_shl(s), x8.wrapping_shr(s), x8.rotate_left(s), x8.rotate_right(s),
            (x8 as i8).wrapping_shr(s), x16.wrapping_shl(s), x16.wrapping_shr(s), x16.rotate_left(s),
            (x16 as i16).wrapping_shr(s), x8.checked_shl(s), x16.checked_shr(s), rev8_loop(x8),
            x8.reverse_bits(), pop16_loop(x16), x16.count_ones())?;
        let w = rng.next_u64();
        let lo = rng.next_u32() % 48;
        let width = 1 + rng.next_u32() % 16;
        writeln!(out, "  field {:016x} [{}+{}] = {:x}; insert {:08x}", w, lo, width, field(w, lo, width),
            insert(w as u32, (w >> 32) as u32, lo % 24, width))?;
    }
    for x in [0u128, 5, 9, 10, 65535, 65536, 0xffff_ffff, 1 << 32, u64::MAX as u128, 1 << 64, 1 << 100, u128::MAX - 1, u128::MAX] {
        write!(out, "{} ", class_u128(opaque(x)))?;
    }
    writeln!(out)?;
    for x in [i64::MIN, i64::MIN + 1, -4294967297, -4294967296, -1, 0, 1, 2, 9, 10, 65535, 65536, i64::MAX - 1, i64::MAX] {
        write!(out, "{} ", class_i64(opaque(x)))?;
    }
    writeln!(out)?;
    for c in ['\0', '\x1f', ' ', 'a', 'Z', '5', '\u{80}', 'ß', '\u{7ff}', '\u{800}', '日', '\u{d7ff}', '\u{e000}', '\u{ffff}', '\u{10000}', '🦀', '\u{10ffff}', '~'] {
        write!(out, "{} ", class_char(opaque(c)))?;
    }
    writeln!(out)?;
    let mut h = 0u32;
    for x in 0..=u16::MAX { h = h.wrapping_mul(31).wrapping_add(class_u16(opaque(x))); }
    writeln!(out, "u16 classes hash {}", h)?;
    Ok(())
}
