//! Iterator adaptors and consumers: map, filter, fold, zip, rev, chain, windows, chunks,
//! step_by, enumerate, skip/take, scan, flat_map, peekable, min/max_by_key, sum/product, all
//! over integer widths including u64 and i128 accumulators.
use crate::opaque;
use alloc::vec::Vec;
use core::fmt::{Result, Write};

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let n = opaque(20u32);
    let v: Vec<u32> = (1..=n).collect();
    writeln!(out, "v {:?}", v)?;
    writeln!(out, "map sq {:?}", v.iter().map(|x| x * x).collect::<Vec<_>>())?;
    writeln!(out, "filter odd {:?}", v.iter().filter(|&&x| x % 2 == 1).collect::<Vec<_>>())?;
    writeln!(out, "fold {} sum {} prod64 {} prod128 {}", v.iter().fold(7u32, |a, &b| a.wrapping_mul(31).wrapping_add(b)),
        v.iter().sum::<u32>(), v.iter().map(|&x| x as u64).product::<u64>(), v.iter().map(|&x| x as i128).product::<i128>())?;
    writeln!(out, "zip {:?}", v.iter().zip(v.iter().rev()).map(|(a, b)| a * 100 + b).collect::<Vec<_>>())?;
    writeln!(out, "chain {:?}", v.iter().take(3).chain(v.iter().skip(17)).collect::<Vec<_>>())?;
    for w in v.windows(opaque(4)).step_by(3) { write!(out, "{:?} ", w)?; }
    writeln!(out)?;
    for c in v.chunks(opaque(6)) { write!(out, "{:?}/{} ", c, c.len())?; }
    writeln!(out)?;
    for c in v.rchunks_exact(opaque(7)) { write!(out, "{:?} ", c)?; }
    writeln!(out, "rem {:?}", v.rchunks_exact(7).remainder())?;
    writeln!(out, "enumerate {:?}", v.iter().enumerate().filter(|(i, _)| i % 5 == 0).map(|(i, x)| (i as u32, *x)).collect::<Vec<_>>())?;
    writeln!(out, "scan {:?}", v.iter().scan(0u64, |acc, &x| { *acc = *acc * 3 + x as u64; Some(*acc) }).collect::<Vec<_>>())?;
    writeln!(out, "flat_map {:?}", (1..5u8).flat_map(|x| (0..x).map(move |y| x * 10 + y)).collect::<Vec<_>>())?;
    writeln!(out, "take_while {:?} skip_while {:?}", v.iter().take_while(|&&x| x * x < 50).collect::<Vec<_>>(),
        v.iter().skip_while(|&&x| x < 15).collect::<Vec<_>>())?;
    let mut p = v.iter().peekable();
    let mut groups = Vec::new();
    while let Some(&x) = p.next() {
        let mut g = alloc::vec![x];
        while let Some(&&y) = p.peek() { if y / 5 == x / 5 { g.push(y); p.next(); } else { break } }
        groups.push(g);
    }
    writeln!(out, "groups {:?}", groups)?;
    let words = ["pear", "fig", "banana", "kiwi", "apple", "cherry"];
    writeln!(out, "max_by_key {:?} min_by_key {:?} max {:?} min {:?} pos {:?} rpos {:?}",
        words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()), words.iter().max(),
        words.iter().min(), words.iter().position(|w| w.starts_with('k')), words.iter().rposition(|w| w.len() == 4))?;
    writeln!(out, "any {} all {} count {} last {:?} nth {:?}", v.iter().any(|&x| x == 13), v.iter().all(|&x| x < 20),
        v.iter().filter(|&&x| x % 3 == 0).count() as u32, v.iter().last(), v.iter().nth(opaque(7)))?;
    writeln!(out, "step_by rev {:?}", (0..100i64).rev().step_by(opaque(13)).collect::<Vec<_>>())?;
    writeln!(out, "i128 range sum {}", (0..opaque(1000i128)).map(|x| x * x * x * x).sum::<i128>())?;
    writeln!(out, "u64 filter_map {:?}", ["1", "x", "18446744073709551615", "-3", "42"].iter().filter_map(|s| s.parse::<u64>().ok()).collect::<Vec<_>>())?;
    let (ev, od): (Vec<u32>, Vec<u32>) = v.iter().partition(|&&x| x % 2 == 0);
    writeln!(out, "partition {:?} {:?}", ev, od)?;
    let (a, b): (Vec<u16>, Vec<i8>) = v.iter().map(|&x| (x as u16 * 1000, -(x as i8))).unzip();
    writeln!(out, "unzip {:?} {:?}", a, b)?;
    writeln!(out, "cycle {:?}", [1u8, 2, 3].iter().cycle().take(opaque(10)).collect::<Vec<_>>())?;
    writeln!(out, "successors {:?}", core::iter::successors(Some(1u64), |&x| x.checked_mul(7)).collect::<Vec<_>>())?;
    writeln!(out, "repeat/once {:?}", core::iter::repeat(9i16).take(3).chain(core::iter::once(-1)).collect::<Vec<_>>())?;
    writeln!(out, "cmp {:?} {:?} eq {}", [1, 2, 3].iter().cmp([1, 2, 4].iter()), v.iter().partial_cmp(v.iter().rev()), v.iter().eq(v.iter()))?;
    let mut total = 0u64;
    for (i, x) in v.iter().enumerate().rev() { total = total.wrapping_mul(1_000_003).wrapping_add(*x as u64 ^ i as u64); }
    writeln!(out, "hash-like {}", total)?;
    Ok(())
}
