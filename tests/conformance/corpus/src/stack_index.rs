//! Stack arrays indexed by run-time indices (LLVM defect C: the index register was dropped and
//! every access hit element 0): byte/word/long/u64/u128 arrays, 2-D arrays, struct arrays,
//! read-modify-write, reversed copies, and a hand-written digit buffer like core's Display.
use crate::opaque;
use core::fmt::{Result, Write};

#[derive(Clone, Copy, Debug, Default)]
struct Rec { a: u8, b: i32, c: u64 }

#[inline(never)]
fn to_decimal(mut v: u64, buf: &mut [u8; 20]) -> usize {
    let mut i = buf.len();
    loop { i -= 1; buf[i] = b'0' + (v % 10) as u8; v /= 10; if v == 0 { break } }
    i
}

#[inline(never)]
fn local_digits(mut v: u32) -> u32 {
    let mut buf = [0u8; 10];
    let mut n = 0;
    while v > 0 { buf[n] = (v % 10) as u8; v /= 10; n += 1; }
    let mut r = 0u32;
    for i in 0..n { r = r * 10 + buf[i] as u32; } // digits reversed
    r
}

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let mut b = [0u8; 16];
    for i in 0..opaque(16usize) { b[i & 15] = (i * 17) as u8; }
    writeln!(out, "bytes {:?}", b)?;
    let mut w = [0u16; 9];
    for i in 0..opaque(9usize) { w[(i * 4) % 9] = (i as u16 + 1) * 1000; }
    writeln!(out, "words {:?}", w)?;
    let mut l = [0i32; 12];
    let mut idx = opaque(5usize);
    for k in 0..40i32 { l[idx] += k; idx = (idx + 5) % 12; }
    writeln!(out, "longs {:?}", l)?;
    let mut q = [0u64; 7];
    for i in 0..opaque(7usize) { q[6 - i] = (1u64 << (i * 9)) | i as u64; }
    writeln!(out, "quads {:x?}", q)?;
    let mut o = [0u128; 5];
    for i in (0..opaque(5usize)).rev() { o[i] = u128::MAX >> (i * 25); }
    writeln!(out, "octs {:x?}", o)?;
    let mut grid = [[0u8; 6]; 5];
    for r in 0..opaque(5usize) { for c in 0..6 { grid[r][c] = (r * 10 + c) as u8; } }
    let (r, c) = (opaque(3usize), opaque(4usize));
    writeln!(out, "grid {:?} [{}][{}]={} diag {:?}", grid, r, c, grid[r][c], [grid[0][0], grid[1][1], grid[2][2], grid[3][3], grid[4][4]])?;
    let mut recs = [Rec::default(); 6];
    for i in 0..opaque(6usize) { recs[i] = Rec { a: i as u8, b: -(i as i32) * 1000, c: (i as u64) << 35 }; }
    let j = opaque(4usize);
    recs[j].b += 1;
    writeln!(out, "recs {:?}", recs)?;
    let mut buf = [0u8; 20];
    for v in [0u64, 7, 42, 65535, 4294967296, 18446744073709551615] {
        let start = to_decimal(opaque(v), &mut buf);
        writeln!(out, "to_decimal {} -> {:?}", v, core::str::from_utf8(&buf[start..]).unwrap_or("?"))?;
    }
    for v in [1u32, 12, 1234, 9876543, 4000000000] { writeln!(out, "reverse digits {} -> {}", v, local_digits(opaque(v)))?; }
    let mut hist = [0u32; 10];
    let mut x = opaque(12345u32);
    for _ in 0..200 { x = x.wrapping_mul(1103515245).wrapping_add(12345); hist[((x >> 16) % 10) as usize] += 1; }
    writeln!(out, "hist {:?}", hist)?;
    let mut rev = [0i16; 11];
    let src = [1i16, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11];
    let n = opaque(11usize);
    for i in 0..n { rev[n - 1 - i] = src[i]; }
    writeln!(out, "rev {:?}", rev)?;
    let mut swapme = [10u32, 20, 30, 40, 50];
    let (i1, i2) = (opaque(1usize), opaque(3usize));
    swapme.swap(i1, i2);
    let t = swapme[i1]; swapme[i1] = swapme[opaque(4)]; swapme[opaque(4)] = t;
    writeln!(out, "swap {:?}", swapme)?;
    Ok(())
}
