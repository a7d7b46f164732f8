//! Small number-theory workloads in u32/u64/u128: gcd, modular exponentiation, a prime sieve
//! (heap and stack), Fibonacci and factorials up to u128 overflow, Collatz, digit sums.
use crate::opaque;
use alloc::vec;
use core::fmt::{Result, Write};

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 { let t = a % b; a = b; b = t; }
    a
}

fn modpow(mut b: u64, mut e: u64, m: u64) -> u64 {
    let mut r: u64 = 1;
    b %= m;
    while e > 0 {
        if e & 1 == 1 { r = ((r as u128 * b as u128) % m as u128) as u64; }
        b = ((b as u128 * b as u128) % m as u128) as u64;
        e >>= 1;
    }
    r
}

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let n = opaque(2000usize);
    let mut sieve = vec![true; n];
    sieve[0] = false; sieve[1] = false;
    let mut i = 2;
    while i * i < n {
        if sieve[i] { let mut j = i * i; while j < n { sieve[j] = false; j += i; } }
        i += 1;
    }
    let primes: alloc::vec::Vec<u32> = (0..n).filter(|&k| sieve[k]).map(|k| k as u32).collect();
    writeln!(out, "primes below {}: {} last {:?}", n, primes.len(), &primes[primes.len() - 5..])?;
    for chunk in primes.chunks(25).take(4) { writeln!(out, "{:?}", chunk)?; }
    // Stack sieve with run-time indices.
    let mut st = [0u8; 256];
    let lim = opaque(256usize);
    for k in 2..lim { if st[k] == 0 { let mut j = k + k; while j < lim { st[j] = 1; j += k; } } }
    let cnt = (2..lim).filter(|&k| st[k] == 0).count();
    writeln!(out, "stack sieve 256: {}", cnt as u32)?;
    // Fibonacci until u128 overflow.
    let (mut a, mut b) = (0u128, 1u128);
    let mut k = 0;
    loop {
        if k % 10 == 0 || k > 180 { writeln!(out, "fib {} = {}", k, a)?; }
        match a.checked_add(b) { Some(c) => { a = b; b = c; k += 1; } None => break }
    }
    writeln!(out, "fib stops at {}", k)?;
    let mut f: u128 = 1;
    for k in 1..40u32 {
        match f.checked_mul(k as u128) {
            Some(v) => { f = v; writeln!(out, "{}! = {} (u64 {:?}, u32 {:?})", k, f, u64::try_from(f).ok(), u32::try_from(f).ok())?; }
            None => { writeln!(out, "{}! overflows u128", k)?; break; }
        }
    }
    for &(x, y) in &[(48u128, 18u128), (1u128 << 100, 1u128 << 60), (1000000007 * 998244353, 998244353 * 3), (0, 5), (u128::MAX, 3 * 5 * 17)] {
        let (x, y) = opaque((x, y));
        writeln!(out, "gcd({}, {}) = {}", x, y, gcd(x, y))?;
    }
    for &(b, e, m) in &[(2u64, 10u64, 1000u64), (3, 1000000, 1000000007), (123456789, 987654321, 998244353), (7, 0, 13), (u64::MAX, u64::MAX, 18446744073709551557)] {
        let (b, e, m) = opaque((b, e, m));
        writeln!(out, "{}^{} mod {} = {}", b, e, m, modpow(b, e, m))?;
    }
    for start in [27u64, 97, 871, 77031, 837799, 8400511] {
        let mut x = opaque(start);
        let mut steps = 0u32;
        let mut peak = x;
        while x != 1 { x = if x % 2 == 0 { x / 2 } else { 3 * x + 1 }; peak = peak.max(x); steps += 1; }
        writeln!(out, "collatz {}: {} steps, peak {}", start, steps, peak)?;
    }
    let mut v: u128 = opaque(u128::MAX);
    let mut digits = 0u32;
    let mut sum = 0u32;
    while v > 0 { sum += (v % 10) as u32; v /= 10; digits += 1; }
    writeln!(out, "u128::MAX: {} digits, digit sum {}", digits, sum)?;
    for d in [1u64, 2, 3, 7, 10, 255, 1000, 65537, 4294967295, 4294967296, 10000000019] {
        let d = opaque(d);
        let x = opaque(0xfedc_ba98_7654_3210u64);
        let xi = opaque(-0x7edc_ba98_7654_3210i64);
        writeln!(out, "div {}: {} {} {} {} | {} {} | {} {}", d, x / d, x % d, xi / d as i64, xi % d as i64,
            (x as u128 * 12345) / d as u128, (x as u128 * 12345) % d as u128,
            (x as u32) / (d as u32 | 1), (xi as i32) % (d as i32 | 1))?;
    }
    Ok(())
}
