//! Slices and sorting: sort, sort_unstable, sort_by, sort_by_key, sort_unstable_by_key on many
//! element types and on lengths around the algorithms' thresholds (20/21 small-sort limit,
//! 32+), i64 with 30+ elements (sorting network of 64-bit min/max: LLVM defect E), binary
//! search, dedup, rotate, select_nth_unstable, reverse, is_sorted.
use crate::{opaque, Rng};
use alloc::string::String;
use alloc::vec::Vec;
use alloc::format;
use core::fmt::{Result, Write};

fn sum_i64(v: &[i64]) -> i64 { v.iter().fold(0i64, |a, &b| a.wrapping_add(b)) }

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let mut rng = Rng::new(0x5eed_0f_5041);
    for &len in &[0usize, 1, 2, 5, 9, 17, 20, 21, 24, 30, 33, 40, 64] {
        let len = opaque(len);
        let orig: Vec<i64> = (0..len).map(|_| (rng.next_u64() as i64) >> rng.below(60)).collect();
        let mut a = orig.clone(); a.sort();
        let mut b = orig.clone(); b.sort_unstable();
        let mut c = orig.clone(); c.sort_by_key(|x| x.unsigned_abs() % 1000);
        let mut d = orig.clone(); d.sort_unstable_by_key(|x| (x % 7, *x));
        let mut e = orig.clone(); e.sort_by(|x, y| y.cmp(x));
        writeln!(out, "i64 len {}: sorted {} {} eq {} sum {} {}", len, a.is_sorted(), b.is_sorted(), a == b, sum_i64(&a), sum_i64(&orig))?;
        if len <= 40 {
            writeln!(out, "  sort {:?}", a)?;
            writeln!(out, "  unstable {:?}", b)?;
            writeln!(out, "  by_key {:?}", c)?;
            writeln!(out, "  unstable_by_key {:?}", d)?;
        } else {
            writeln!(out, "  sort head {:?} tail {:?}", &a[..8], &a[len - 8..])?;
            writeln!(out, "  unstable head {:?} tail {:?}", &b[..8], &b[len - 8..])?;
            writeln!(out, "  by_key head {:?}", &c[..8])?;
        }
        writeln!(out, "  rev first {:?} last {:?}", e.first(), e.last())?;
    }
    // Other element types, sorted both ways.
    macro_rules! sorts {
        ($t:ty, $len:expr) => {{
            let mut v: Vec<$t> = (0..opaque($len)).map(|_| rng.next_u128() as $t).collect();
            let mut w = v.clone();
            v.sort(); w.sort_unstable();
            writeln!(out, "{} x{}: eq {} {:?}", stringify!($t), $len, v == w, v)?;
        }};
    }
    sorts!(u8, 40); sorts!(i8, 33); sorts!(u16, 30); sorts!(i16, 25); sorts!(u32, 36); sorts!(i32, 31);
    sorts!(u64, 32); sorts!(u128, 22); sorts!(i128, 23);
    // Strings and tuples.
    let mut words: Vec<String> = (0..30).map(|i| format!("w{}", (rng.next_u32() % 500) * (i % 3 + 1))).collect();
    words.sort();
    writeln!(out, "words {:?}", words)?;
    words.dedup_by_key(|s| s.len());
    writeln!(out, "dedup by len {:?}", words)?;
    let mut tup: Vec<(u8, i32, char)> = (0..35).map(|i| ((rng.below(4)) as u8, (rng.next_u32() % 100) as i32 - 50, (b'a' + (i % 26) as u8) as char)).collect();
    tup.sort();
    writeln!(out, "tuples {:?}", tup)?;
    tup.sort_by(|x, y| y.2.cmp(&x.2).then(x.1.cmp(&y.1)));
    writeln!(out, "tuples by char desc {:?}", tup)?;
    // Searching and rearranging.
    let mut v: Vec<i32> = (0..50).map(|i| (i * 7 % 23) - 11).collect();
    v.sort_unstable();
    for x in [-12, -11, 0, 5, 11, 12] { write!(out, "bs({})={:?} ", x, v.binary_search(&opaque(x)))?; }
    writeln!(out)?;
    writeln!(out, "partition_point {}", v.partition_point(|&x| x < 3) as u32)?;
    v.dedup();
    writeln!(out, "dedup {:?}", v)?;
    v.rotate_left(opaque(5));
    writeln!(out, "rotl5 {:?}", v)?;
    v.rotate_right(opaque(9));
    writeln!(out, "rotr9 {:?}", v)?;
    v.reverse();
    writeln!(out, "rev {:?}", v)?;
    let (lo, mid, hi) = v.select_nth_unstable(opaque(11));
    let (mut lo, mut hi) = (lo.to_vec(), hi.to_vec());
    lo.sort(); hi.sort();
    writeln!(out, "nth11 {} lo {:?} hi {:?}", mid, lo, hi)?;
    let mut big: Vec<u32> = (0..300).map(|_| rng.next_u32() % 1000).collect();
    big.sort();
    let s: u64 = big.iter().map(|&x| x as u64).sum();
    writeln!(out, "big300 sorted {} sum {} min {} max {} median {}", big.is_sorted(), s, big[0], big[299], big[150])?;
    let mut big64: Vec<i64> = (0..200).map(|_| rng.next_u64() as i64).collect();
    big64.sort_unstable();
    writeln!(out, "big64 sorted {} [0] {} [100] {} [199] {}", big64.is_sorted(), big64[0], big64[100], big64[199])?;
    Ok(())
}
