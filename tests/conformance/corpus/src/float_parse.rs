//! f32/f64 parsing (Eisel-Lemire fast path, slow path with big decimals, special values,
//! errors) and a bits -> Debug string -> parse round trip with pseudo-random floats.
use crate::{opaque, Rng};
use core::fmt::{Result, Write};
use alloc::string::String;

const INPUTS: &[&str] = &[
    "0", "-0", "1", "1.", ".5", "+3.5E+2", "0.1", "3.14159", "1e400", "-1e400", "1e-400",
    "inf", "-infinity", "NaN", "nan", "1.0000000000000002", "2.2250738585072011e-308",
    "2.2250738585072012e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623159e308",
    "9007199254740993", "123456789012345678901234567890", "0.000001", "1e23", "8.589973e9",
    "3.4028235e38", "3.4028236e38", "1.17549435e-38", "1e-45", "7.038531e-26",
    "0.1000000000000000055511151231257827021181583404541015625", "1e", "abc", "", "-", "1e+",
    "1_0", "0x10", "  1", "00000000000000000000000000000000000000000001.5",
    "1.00000005960464477539062499", "1.000000059604644775390625", "1.00000005960464477539062501",
];

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    for &s in INPUTS {
        let s = opaque(s);
        match s.parse::<f64>() {
            Ok(v) => write!(out, "{:?}: f64 {:?} {:016x}", s, v, v.to_bits())?,
            Err(e) => write!(out, "{:?}: f64 err {}", s, e)?,
        }
        match s.parse::<f32>() {
            Ok(v) => writeln!(out, "; f32 {:?} {:08x}", v, v.to_bits())?,
            Err(e) => writeln!(out, "; f32 err {}", e)?,
        }
    }
    let mut rng = Rng::new(0xfeed_face_cafe_beef);
    let mut buf = String::new();
    let mut ok = 0;
    for i in 0..60 {
        let mut bits = rng.next_u64();
        if i % 3 == 0 { bits &= 0x3fff_ffff_ffff_ffff; } // moderate exponents too
        let v = f64::from_bits(bits);
        if !v.is_finite() { continue; }
        buf.clear();
        write!(buf, "{:?}", v)?;
        let back: f64 = buf.parse().unwrap_or(f64::NAN);
        let good = back.to_bits() == v.to_bits();
        if good { ok += 1; }
        writeln!(out, "f64 {:016x} {} {} {:e}", bits, buf, if good { "ok" } else { "BAD" }, v)?;
    }
    writeln!(out, "f64 roundtrip ok {}", ok)?;
    let mut ok = 0;
    for _ in 0..40 {
        let bits = rng.next_u32();
        let v = f32::from_bits(bits);
        if !v.is_finite() { continue; }
        buf.clear();
        write!(buf, "{}", v)?;
        let back: f32 = buf.parse().unwrap_or(f32::NAN);
        let good = back.to_bits() == v.to_bits();
        if good { ok += 1; }
        writeln!(out, "f32 {:08x} {:?} {} {:e}", bits, v, if good { "ok" } else { "BAD" }, v)?;
    }
    writeln!(out, "f32 roundtrip ok {}", ok)?;
    Ok(())
}
