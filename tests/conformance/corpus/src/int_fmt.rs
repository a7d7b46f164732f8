//! Integer formatting for every width: Display, Debug, hex, octal, binary, exponent, and the
//! width / precision / alignment / sign / '#' / '0' flags. core's Display writes digits into a
//! stack buffer indexed at run time, and u64/u128 go through 64-bit and 128-bit division.
use crate::opaque;
use core::fmt::{Result, Write};

macro_rules! show {
    ($out:expr, $t:ty, [$($v:expr),* $(,)?]) => {{
        let vals: &[$t] = &[$($v),*];
        for &v in vals {
            let v: $t = opaque(v);
            writeln!($out, "{} {} {:?} |{:5}|{:<5}|{:^7}|{:>+6}|{:06}|{:+08}|", stringify!($t), v, v, v, v, v, v, v, v)?;
            writeln!($out, "  x {:x} {:X} {:#x} {:#010X} {:08x} {:?}", v, v, v, v, v, v)?;
            writeln!($out, "  o {:o} {:#o} e {:e} {:E} {:.2e} {:12.1e}", v, v, v, v, v, v)?;
            writeln!($out, "  b {:#b} {:*^20}|{:->12}|{:_<12}", v, v, v, v)?;
        }
    }};
}

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    show!(out, u8, [0, 1, 7, 9, 10, 99, 100, 127, 128, 200, 255]);
    show!(out, i8, [0, 1, -1, 9, -10, 99, -100, 127, -128]);
    show!(out, u16, [0, 10, 999, 1000, 4660, 32767, 32768, 65535]);
    show!(out, i16, [0, -1, 12345, -12345, 32767, -32768]);
    show!(out, u32, [0, 9, 100000, 1234567890, 2147483648, 4000000000, 4294967295]);
    show!(out, i32, [0, -7, 65536, -65536, 2147483647, -2147483648, 1000000000]);
    show!(out, u64, [0, 1, 4294967295, 4294967296, 10000000000000000000, 1234567890123456789, 18446744073709551615]);
    show!(out, i64, [0, -1, 4294967296, -4294967297, 9223372036854775807, -9223372036854775808, 999999999999]);
    show!(out, u128, [0, 1, 18446744073709551615, 18446744073709551616, 100000000000000000000000000000000000000, 340282366920938463463374607431768211455, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210]);
    show!(out, i128, [0, -1, -18446744073709551616, 170141183460469231731687303715884105727, -170141183460469231731687303715884105728, 12345678901234567890123456789]);
    // Runtime widths and precisions.
    for w in 0..6u32 {
        let w = opaque(w as usize * 3);
        writeln!(out, "w{} |{:w$}|{:<w$x}|{:^w$o}|{:>+w$}|{:0w$}|", w, 42u32, 0xbeefu16, 8i8, -5i64, -77i128, w = w)?;
    }
    for p in 0..5usize {
        let p = opaque(p);
        writeln!(out, "p{} |{:.p$e}|{:10.p$e}|", p, 123456789u64, -98765i32, p = p)?;
    }
    // Powers of ten around width boundaries.
    let mut x: u128 = 1;
    for i in 0..39 {
        writeln!(out, "10^{} = {} = {:#x}", i, x, x)?;
        x *= 10;
    }
    Ok(())
}
