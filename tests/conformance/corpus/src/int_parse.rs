//! Integer parsing (`str::parse`, `from_str_radix`) for every width, including overflow and
//! invalid-digit errors, and a format/parse round trip with pseudo-random values.
use crate::{opaque, Rng};
use core::fmt::{self, Display, Result, Write};
use core::num::ParseIntError;
use alloc::string::String;

struct R<T>(core::result::Result<T, ParseIntError>);

impl<T: Display> Display for R<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> Result {
        match &self.0 {
            Ok(v) => write!(f, "{}", v),
            Err(e) => write!(f, "{:?}", e.kind()),
        }
    }
}

const INPUTS: &[&str] = &[
    "0", "1", "-1", "+7", "-0", "007", "127", "128", "-128", "-129", "255", "256", "65535",
    "65536", "-32768", "-32769", "2147483647", "2147483648", "-2147483648", "-2147483649",
    "4294967295", "4294967296", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
    "170141183460469231731687303715884105727", "170141183460469231731687303715884105728",
    "-170141183460469231731687303715884105728", "-170141183460469231731687303715884105729",
    "340282366920938463463374607431768211455", "340282366920938463463374607431768211456",
    "99999999999999999999999999999999999999999", "", "-", "+", "12a", " 1", "1 ", "--1", "+-1",
    "0x10", "١",
];

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    for &s in INPUTS {
        let s = opaque(s);
        writeln!(out, "{:?}: u8={} i8={} u16={} i16={} u32={} i32={}", s,
            R(s.parse::<u8>()), R(s.parse::<i8>()), R(s.parse::<u16>()), R(s.parse::<i16>()),
            R(s.parse::<u32>()), R(s.parse::<i32>()))?;
        writeln!(out, "  u64={} i64={} u128={} i128={}",
            R(s.parse::<u64>()), R(s.parse::<i64>()), R(s.parse::<u128>()), R(s.parse::<i128>()))?;
    }
    let radix_inputs: &[(&str, u32)] = &[
        ("ff", 16), ("FF", 16), ("-80", 16), ("7fffffffffffffff", 16), ("ffffffffffffffffffffffffffffffff", 16),
        ("1010", 2), ("-1111111", 2), ("777", 8), ("zz", 36), ("ZZZZZZZZZZZZ", 36), ("g", 16), ("12", 3),
        ("-zik0zj", 36), ("1y2p0ij32e8e7", 36),
    ];
    for &(s, r) in radix_inputs {
        let (s, r) = opaque((s, r));
        writeln!(out, "radix {} {:?}: u8={} i8={} u16={} i16={} u32={} i32={} u64={} i64={} u128={} i128={}", r, s,
            R(u8::from_str_radix(s, r)), R(i8::from_str_radix(s, r)),
            R(u16::from_str_radix(s, r)), R(i16::from_str_radix(s, r)),
            R(u32::from_str_radix(s, r)), R(i32::from_str_radix(s, r)),
            R(u64::from_str_radix(s, r)), R(i64::from_str_radix(s, r)),
            R(u128::from_str_radix(s, r)), R(i128::from_str_radix(s, r)))?;
    }
    // Round trip: format then parse back, for pseudo-random values of each width.
    let mut rng = Rng::new(0x1234_5678_9abc_def1);
    let mut buf = String::new();
    macro_rules! round {
        ($t:ty, $gen:expr) => {{
            let mut ok = 0u32;
            for i in 0..40 {
                let v = { let r: &mut Rng = &mut rng; $gen(r) } as $t;
                buf.clear();
                write!(buf, "{}", v)?;
                let back: $t = buf.parse().unwrap_or(0 as $t);
                if back == v { ok += 1 } else { writeln!(out, "  {} mismatch {} -> {:?} -> {}", stringify!($t), v, buf, back)? }
                if i % 10 == 0 { writeln!(out, "  {} sample {} = {:x}", stringify!($t), buf, v)?; }
            }
            writeln!(out, "roundtrip {} ok {}/40", stringify!($t), ok)?;
        }};
    }
    round!(u8, |r: &mut Rng| r.next_u64());
    round!(i8, |r: &mut Rng| r.next_u64());
    round!(u16, |r: &mut Rng| r.next_u64());
    round!(i16, |r: &mut Rng| r.next_u64());
    round!(u32, |r: &mut Rng| r.next_u64());
    round!(i32, |r: &mut Rng| r.next_u64());
    round!(u64, |r: &mut Rng| r.next_u64() >> r.below(64));
    round!(i64, |r: &mut Rng| (r.next_u64() as i64) >> r.below(64));
    round!(u128, |r: &mut Rng| r.next_u128() >> r.below(128));
    round!(i128, |r: &mut Rng| (r.next_u128() as i128) >> r.below(128));
    Ok(())
}
