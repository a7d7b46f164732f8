//! f32/f64 formatting (Display, Debug, {:e}, precision, width, sign) and soft-float arithmetic
//! and conversions: core's float printing uses Grisu/Dragon with u64 and bignum arithmetic in
//! stack buffers, and m68k floats go through compiler_builtins.
use crate::opaque;
use core::fmt::{Result, Write};

const F64S: &[f64] = &[
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 0.5, 1.5, 2.5, -2.5, 3.0, 10.0, 100.0,
    1e7, 1e15, 1e16, 1e21, 1e22, 1e23, 123456789.125, 1e-7, 1e-5, 0.000123, 9007199254740993.0,
    core::f64::consts::PI, core::f64::consts::E, 1.0 / 3.0, 2.0 / 3.0, 1.7976931348623157e308,
    2.2250738585072014e-308, 5e-324, 4.35, 0.045, 299792458.0, -6.02214076e23,
    f64::NAN, f64::INFINITY, f64::NEG_INFINITY,
];

const F32S: &[f32] = &[
    0.0, -0.0, 1.0, 0.1, 0.2, 0.5, 1.5, 16777217.0, 3.4028235e38, 1.1754944e-38, 1e-45,
    core::f32::consts::PI, 1.0 / 3.0, 123.456, -9.87e-12, 1e10, 65504.0, f32::NAN,
    f32::INFINITY, f32::NEG_INFINITY,
];

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    for &v in F64S {
        let v = opaque(v);
        writeln!(out, "f64 {} {:?} {:e} {:E} bits={:016x}", v, v, v, v, v.to_bits())?;
        writeln!(out, "  {:.0} {:.1} {:.3} {:.17} |{:12.4}|{:<+12.2}|{:^14e}|{:010.3}|{:.3e}",
            v, v, v, v, v, v, v, v, v)?;
    }
    for &v in F32S {
        let v = opaque(v);
        writeln!(out, "f32 {} {:?} {:e} bits={:08x} {:.0} {:.2} {:.9} |{:>10.3e}|{:+}",
            v, v, v, v.to_bits(), v, v, v, v, v)?;
    }
    for p in 0..8usize {
        let p = opaque(p);
        writeln!(out, "prec {}: {:.*} {:.*} {:.*e} {:.*}", p, p, 2.0f64 / 3.0, p, 1e10f64 + 0.5,
            p, 6.02e23f64, p, 0.25f32)?;
    }
    // Arithmetic (soft-float on m68k: compiler_builtins) printed exactly.
    let pairs: &[(f64, f64)] = &[
        (1.0, 3.0), (0.1, 0.2), (1e308, 10.0), (5e-324, 0.5), (-7.25, 2.0), (1e16, 1.0),
        (3.0, -0.0), (0.0, 0.0), (123456.789, 0.001), (2.0, 1e-300),
    ];
    for &(a, b) in pairs {
        let (a, b) = opaque((a, b));
        writeln!(out, "{:?} {:?}: + {:?} - {:?} * {:?} / {:?} % {:?} < {} == {} max {:?} min {:?}",
            a, b, a + b, a - b, a * b, a / b, a % b, a < b, a == b, a.max(b), a.min(b))?;
        let (x, y) = (a as f32, b as f32);
        writeln!(out, "  f32 {:?} {:?}: + {:?} - {:?} * {:?} / {:?} as f64 {:?}",
            x, y, x + y, x - y, x * y, x / y, (x / y) as f64)?;
    }
    // Conversions to and from integers.
    let conv: &[f64] = &[0.0, -0.9, 1.9, -1.5, 255.5, 256.0, -129.0, 65535.9, 2147483647.5,
        -2147483649.0, 4294967296.0, 9.3e18, -9.3e18, 1.9e19, 3.5e38, f64::NAN, f64::INFINITY];
    for &v in conv {
        let v = opaque(v);
        writeln!(out, "{:?} as u8={} i8={} u16={} i16={} u32={} i32={} u64={} i64={} u128={} i128={} f32={:?}",
            v, v as u8, v as i8, v as u16, v as i16, v as u32, v as i32, v as u64, v as i64,
            v as u128, v as i128, v as f32)?;
    }
    let ints: &[i64] = &[0, 1, -1, 16777217, -16777217, 9007199254740993, i64::MAX, i64::MIN, 1 << 62];
    for &i in ints {
        let i = opaque(i);
        writeln!(out, "{} as f64={:?} f32={:?}; u64 as f64={:?}; i128 as f64={:?} u128 as f32={:?}",
            i, i as f64, i as f32, (i as u64) as f64, (i as i128 * 3) as f64, ((i as u128) << 40) as f32)?;
    }
    for &v in F64S {
        let v = opaque(v);
        writeln!(out, "{:?}: abs {:?} signum {:?} copysign {:?} nan {} inf {} fin {} normal {} sign- {} clamp {:?} cmp {:?}",
            v, v.abs(), v.signum(), 3.0f64.copysign(v), v.is_nan(), v.is_infinite(), v.is_finite(),
            v.is_normal(), v.is_sign_negative(), v.clamp(-2.0, 2.0), v.total_cmp(&1.0))?;
    }
    Ok(())
}
