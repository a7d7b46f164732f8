//! Option and Result combinators: map, and_then, or_else, filter, zip, unwrap_or(_else/default),
//! ok_or, transpose, ?, collect into Option/Result, iterators over options, take/replace.
use crate::opaque;
use alloc::string::String;
use alloc::vec::Vec;
use alloc::format;
use core::fmt::{Result, Write};

#[derive(Debug, Clone, PartialEq)]
enum Err { Neg(i32), Zero, Big { limit: u64, got: u64 } }

fn check(x: i32) -> core::result::Result<u64, Err> {
    if x < 0 { return core::result::Result::Err(Err::Neg(x)); }
    if x == 0 { return core::result::Result::Err(Err::Zero); }
    let v = (x as u64) * 1_000_000_007;
    if v > 50_000_000_000 { core::result::Result::Err(Err::Big { limit: 50_000_000_000, got: v }) } else { Ok(v) }
}

fn chain(a: i32, b: i32) -> core::result::Result<u64, Err> {
    let x = check(a)?;
    let y = check(b)?;
    Ok(x.wrapping_mul(y) % 1_000_003)
}

fn half(x: u32) -> Option<u32> { if x % 2 == 0 { Some(x / 2) } else { None } }

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    for x in [-3i32, 0, 1, 7, 49, 51, 100] {
        let x = opaque(x);
        let r = check(x);
        writeln!(out, "check({}) = {:?} ok {:?} err {:?} map {:?} map_err {:?} and_then {:?} or {:?} unwrap_or {} is_ok {} is_err_and {}",
            x, r, r.clone().ok(), r.clone().err(), r.clone().map(|v| v / 7), r.clone().map_err(|e| format!("{:?}", e).len() as u32),
            r.clone().and_then(|v| if v % 2 == 0 { Ok(v) } else { core::result::Result::Err(Err::Zero) }),
            r.clone().or_else(|e| if e == Err::Zero { Ok::<u64, Err>(0) } else { core::result::Result::Err(e) }),
            r.clone().unwrap_or(u64::MAX), r.is_ok(), r.as_ref().is_err_and(|e| matches!(e, Err::Big { .. })))?;
        writeln!(out, "  chain {:?} {:?} {:?}", chain(x, 3), chain(3, x), chain(x, x))?;
    }
    for x in [0u32, 1, 8, 12, 7, 1024] {
        let x = opaque(x);
        let o = half(x);
        writeln!(out, "half({}) = {:?} and_then {:?} map {:?} filter {:?} or {:?} xor {:?} zip {:?} ok_or {:?} unwrap_or_default {} map_or {} get_or_insert {}",
            x, o, o.and_then(half), o.map(|v| v as u64 * 3), o.filter(|v| *v > 3), o.or(Some(99)), o.xor(Some(5)),
            o.zip(half(x + 2)), o.ok_or("odd"), o.unwrap_or_default(), o.map_or(-1i64, |v| v as i64 * -2),
            { let mut c = o; *c.get_or_insert(77) })?;
    }
    let strs = ["1", "2", "x", "4"];
    let all: Option<Vec<u8>> = strs.iter().map(|s| s.parse().ok()).collect();
    let some: Option<Vec<u8>> = strs[..2].iter().map(|s| s.parse().ok()).collect();
    let res: core::result::Result<Vec<i16>, _> = strs.iter().map(|s| s.parse::<i16>()).collect();
    writeln!(out, "collect {:?} {:?} {:?}", all, some, res.map_err(|e| format!("{}", e)))?;
    let flat: Vec<u32> = [Some(1u32), None, Some(3), None, Some(5)].iter().flatten().copied().collect();
    writeln!(out, "flatten {:?} sum {:?}", flat, [Some(1u64), Some(2), None].iter().copied().sum::<Option<u64>>())?;
    let t: Option<core::result::Result<u8, i8>> = Some(Ok(3));
    writeln!(out, "transpose {:?} {:?}", t.transpose(), Ok::<Option<u16>, ()>(None).transpose())?;
    let mut slot = Some(String::from("first"));
    let taken = slot.take();
    let old = slot.replace(String::from("second"));
    writeln!(out, "take {:?} replace-old {:?} now {:?} as_deref {:?}", taken, old, slot, slot.as_deref().map(str::len).map(|x| x as u32))?;
    let nested: Option<Option<i128>> = Some(Some(-1i128 << 100));
    writeln!(out, "nested {:?} flatten {:?} cmp {:?} {:?}", nested, nested.flatten(), Some(3).cmp(&None), None::<u8> < Some(0))?;
    let r2: core::result::Result<u32, u32> = opaque(Err(5));
    writeln!(out, "unwrap_or_else {} iter {:?} into_ok? {:?} copied {:?}", r2.unwrap_or_else(|e| e * 100), r2.iter().next(), r2.ok(), Some(&7i64).copied())?;
    Ok(())
}
