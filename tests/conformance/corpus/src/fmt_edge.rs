//! Formatting edge cases: width/fill/alignment/sign/`#`/`0` flags on every integer width
//! (including MIN values and u128/i128 in binary/octal/hex), `{:e}`/`{:E}` for integers,
//! width and precision taken from arguments (`{:>1$}`, `{:.*}`, `{:w$.p$}`), precision on
//! strings (char-based truncation of multi-byte text), Unicode fill characters, Debug of
//! str/char escapes and of f32/f64 special values, Formatter::pad_integral through Display
//! impls, and format_args! nesting.
use crate::opaque;
use alloc::string::String;
use core::fmt::{self, Result, Write};

struct Signed(i64);
impl fmt::Display for Signed {
    fn fmt(&self, f: &mut fmt::Formatter) -> Result {
        let digits = alloc::format!("{}", self.0.unsigned_abs());
        f.pad_integral(self.0 >= 0, "0d", &digits)
    }
}
struct Flags;
impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter) -> Result {
        write!(f, "[w{:?} p{:?} fill{:?} +{} -{} #{} 0{} align{}]", f.width().map(|w| w as u32), f.precision().map(|p| p as u32),
            f.fill(), f.sign_plus(), f.sign_minus(), f.alternate(), f.sign_aware_zero_pad(),
            match f.align() { None => "none", Some(fmt::Alignment::Left) => "left", Some(fmt::Alignment::Right) => "right", Some(fmt::Alignment::Center) => "center" })
    }
}

macro_rules! ints {
    ($out:expr, $($t:ty),*) => {$({
        for v in [<$t>::MIN, <$t>::MAX, 0 as $t, 1 as $t, (<$t>::MAX / 3) as $t] {
            let v: $t = opaque(v);
            writeln!($out, "{}: [{:>8}] [{:<+8}] [{:^9}] [{:08}] [{:+08}] [{:#x}] [{:#010X}] [{:#b}] [{:o}] [{:#o}] [{:e}] [{:E}] [{:*^12x}] [{:_<#14b}]",
                stringify!($t), v, v, v, v, v, v, v, v, v, v, v, v, v, v)?;
        }
    })*};
}

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    ints!(out, u8, i8, u16, i16, u32, i32, u64, i64, u128, i128);
    for v in [0u64, 7, 1200, 123456789, 100000000000, 18446744073709551615] {
        let v = opaque(v);
        writeln!(out, "exp {:e} {:E} {:.2e} {:.0e} {:12.3e} {:<12e}| {:e} {:e}", v, v, v, v, v, v, v as i64 - 1, (v as u128) * 1000)?;
    }
    for w in [0usize, 1, 5, 12] {
        let w = opaque(w);
        for p in [0usize, 1, 3, 8] {
            let p = opaque(p);
            writeln!(out, "w{} p{}: [{:>w$.p$}] [{:<w$.p$}] [{:^w$.p$}] [{:w$.p$}] [{:+w$.p$}] [{:0w$.p$}] [{:>w$}]",
                w as u32, p as u32, "αβγδεζηθ", "héllo", "ab", 3.14159265f64, -2.5f32, 1e-3f64, 'ß', w = w, p = p)?;
            writeln!(out, "  [{:1$}] [{:.*}] [{:>1$.2$}] [{:#01$x}]", 42, w, p, 2.0f64 / 3.0, -7i32)?;
        }
    }
    for s in ["", "a", "日本語", "🦀🦀", "tab\tq\"'\\", "\u{0}\u{7}\u{1b}\u{7f}\u{80}\u{a0}\u{ad}\u{200b}\u{feff}\u{e000}\u{10ffff}", "é\u{301}"] {
        let s = opaque(s);
        writeln!(out, "str {:?} [{:>6}] [{:.2}] [{:-^10.3}] [{:🦀<7}] escdef {} escuni {}", s, s, s, s, s, s.escape_default(), s.escape_unicode())?;
    }
    for c in ['\0', '\'', '"', '\\', '\n', '\u{301}', 'a', '\u{ad}', '\u{fffd}', '\u{10ffff}'] {
        let c = opaque(c);
        writeln!(out, "char {:?} [{:>3}] [{:^5}] {} {}", c, c, c, c.escape_debug(), c.escape_default())?;
    }
    for f in [0.0f64, -0.0, f64::NAN, -f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE, f64::EPSILON, 1e-310, 1e16, 1.0e15, 123456.0] {
        let f = opaque(f);
        writeln!(out, "f64 {:?} {} [{:>+10}] [{:<10?}] [{:^+12.2}] [{:010}] [{:+e}] {:?}", f, f, f, f, f, f, f, f as f32)?;
    }
    for f in [f32::MIN_POSITIVE, f32::EPSILON, -f32::NAN, f32::MAX, 1e-40, 16777216.0, 0.3] {
        let f = opaque(f);
        writeln!(out, "f32 {:?} {} [{:+.3}] [{:e}] [{:08.2}]", f, f, f, f, f)?;
    }
    for v in [0i64, 42, -42, i64::MIN] {
        let v = opaque(v);
        writeln!(out, "pad_integral [{}] [{:>8}] [{:+}] [{:#}] [{:08}] [{:<#8}] [{:^+9}]", Signed(v), Signed(v), Signed(v), Signed(v), Signed(v), Signed(v), Signed(v))?;
    }
    writeln!(out, "flags {} {:>7} {:+.3} {:#<4} {:08} {:^-5} {:x<2.0}", Flags, Flags, Flags, Flags, Flags, Flags, Flags)?;
    let nested = alloc::format!("{:>5}|{}", format_args!("{}-{:x}", opaque(7u8), 255u16), format_args!("{:?}", (1i8, "x")));
    writeln!(out, "nested {:?} {{braces}} {:?}", nested, Some(alloc::format!("{:03}", opaque(5))))?;
    let mut s = String::new();
    for i in 0..opaque(40u32) { write!(s, "{:>w$}", i, w = (i % 7) as usize)?; }
    writeln!(out, "widths {:?}", s)?;
    Ok(())
}
