//! Calls: a trait object with many methods (vtable slots past the first few, default methods
//! calling required ones, methods taking and returning i64/u128/f64/tuples/structs by value),
//! generic functions monomorphized over many types, trait static methods and associated
//! constants, slices of Box<dyn Trait>, recursion (Ackermann, mutual recursion, a recursive
//! descent parser, deep-but-bounded recursion carrying wide values), and many arguments.
use crate::opaque;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{Debug, Result, Write};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair { a: i32, b: u64 }

trait Machine {
    const KIND: u8;
    fn id(&self) -> u32;
    fn step(&mut self, x: i64) -> i64;
    fn wide(&self, x: u128) -> u128;
    fn real(&self, x: f64) -> f64;
    fn pair(&self, p: Pair) -> Pair;
    fn tuple(&self, t: (u8, i16, u32)) -> (u32, i16, u8);
    fn name(&self) -> String { alloc::format!("m{}", self.id()) }
    fn run(&mut self, n: u32) -> i64 { let mut acc = self.id() as i64; for i in 0..n { acc = self.step(acc ^ i as i64); } acc }
    fn summary(&self) -> String { alloc::format!("{} w{} r{:?} p{:?}", self.name(), self.wide(1), self.real(0.5), self.pair(Pair { a: -1, b: 2 })) }
    fn kind(&self) -> u8 { Self::KIND }
}

trait DynMachine {
    fn id(&self) -> u32; fn step(&mut self, x: i64) -> i64; fn wide(&self, x: u128) -> u128; fn real(&self, x: f64) -> f64;
    fn pair(&self, p: Pair) -> Pair; fn tuple(&self, t: (u8, i16, u32)) -> (u32, i16, u8); fn name(&self) -> String;
    fn run(&mut self, n: u32) -> i64; fn summary(&self) -> String; fn kind(&self) -> u8;
}
impl<T: Machine> DynMachine for T {
    fn id(&self) -> u32 { Machine::id(self) } fn step(&mut self, x: i64) -> i64 { Machine::step(self, x) }
    fn wide(&self, x: u128) -> u128 { Machine::wide(self, x) } fn real(&self, x: f64) -> f64 { Machine::real(self, x) }
    fn pair(&self, p: Pair) -> Pair { Machine::pair(self, p) } fn tuple(&self, t: (u8, i16, u32)) -> (u32, i16, u8) { Machine::tuple(self, t) }
    fn name(&self) -> String { Machine::name(self) } fn run(&mut self, n: u32) -> i64 { Machine::run(self, n) }
    fn summary(&self) -> String { Machine::summary(self) } fn kind(&self) -> u8 { Machine::kind(self) }
}

struct Acc { n: i64 }
struct Rot(u128);
struct Flt { k: f64, count: u16 }
impl Machine for Acc {
    const KIND: u8 = 1;
    fn id(&self) -> u32 { 10 }
    fn step(&mut self, x: i64) -> i64 { self.n = self.n.wrapping_mul(6364136223846793005).wrapping_add(x); self.n >> 7 }
    fn wide(&self, x: u128) -> u128 { x.wrapping_mul(self.n as u128) }
    fn real(&self, x: f64) -> f64 { x * self.n as f64 }
    fn pair(&self, p: Pair) -> Pair { Pair { a: p.a.wrapping_sub(self.n as i32), b: p.b << 3 } }
    fn tuple(&self, t: (u8, i16, u32)) -> (u32, i16, u8) { (t.2, t.1, t.0) }
}
impl Machine for Rot {
    const KIND: u8 = 2;
    fn id(&self) -> u32 { (self.0 >> 120) as u32 }
    fn step(&mut self, x: i64) -> i64 { self.0 = self.0.rotate_left(13) ^ x as u128; (self.0 >> 64) as i64 }
    fn wide(&self, x: u128) -> u128 { self.0.wrapping_sub(x) }
    fn real(&self, x: f64) -> f64 { x - (self.0 >> 100) as f64 }
    fn pair(&self, p: Pair) -> Pair { Pair { a: p.a.rotate_right(1), b: p.b ^ self.0 as u64 } }
    fn tuple(&self, t: (u8, i16, u32)) -> (u32, i16, u8) { (t.2.wrapping_mul(t.0 as u32), -t.1, t.0 ^ 0xa5) }
    fn name(&self) -> String { alloc::format!("rot{:x}", self.0 >> 96) }
}
impl Machine for Flt {
    const KIND: u8 = 3;
    fn id(&self) -> u32 { self.count as u32 }
    fn step(&mut self, x: i64) -> i64 { self.k = self.k * 1.5 + x as f64 / 1024.0; self.count += 1; self.k as i64 }
    fn wide(&self, x: u128) -> u128 { x << (self.count % 100) }
    fn real(&self, x: f64) -> f64 { x / self.k }
    fn pair(&self, p: Pair) -> Pair { p }
    fn tuple(&self, t: (u8, i16, u32)) -> (u32, i16, u8) { (t.0 as u32 + t.2, t.1.saturating_mul(300), t.0) }
    fn summary(&self) -> String { alloc::format!("flt {:.3} {}", self.k, self.count) }
}

fn generic_stats<T: Copy + Debug + PartialOrd + core::ops::Add<Output = T> + Default>(v: &[T]) -> (T, Option<T>, Option<T>, usize) {
    let mut sum = T::default();
    let mut lo: Option<T> = None;
    let mut hi: Option<T> = None;
    for &x in v {
        sum = sum + x;
        if lo.map_or(true, |l| x < l) { lo = Some(x); }
        if hi.map_or(true, |h| x > h) { hi = Some(x); }
    }
    (sum, lo, hi, v.len())
}

fn show<T: Debug>(out: &mut dyn Write, label: &str, v: T) -> Result { writeln!(out, "{} {:?}", label, v) }

fn ackermann(m: u32, n: u32) -> u32 {
    if m == 0 { n + 1 } else if n == 0 { ackermann(m - 1, 1) } else { ackermann(m - 1, ackermann(m, n - 1)) }
}

fn is_even(n: u32) -> bool { if n == 0 { true } else { is_odd(n - 1) } }
fn is_odd(n: u32) -> bool { if n == 0 { false } else { is_even(n - 1) } }

#[inline(never)]
fn deep(n: u32, acc: u128, f: f64) -> (u128, f64) {
    if n == 0 { return (acc, f); }
    let (a, g) = deep(n - 1, acc.wrapping_mul(0x1_0000_0001).wrapping_add(n as u128), f * 0.999 + 1.0);
    (a ^ (n as u128) << (n % 120), g)
}

#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn many(a: u8, b: i16, c: u32, d: i64, e: u128, f: f32, g: f64, h: char, i: bool, j: (u8, u64), k: Pair, l: &str, m: i8) -> String {
    alloc::format!("{} {} {} {} {} {:?} {:?} {:?} {} {:?} {:?} {} {}", a, b, c, d, e, f, g, h, i, j, k, l, m)
}

// Recursive-descent evaluator over i64 with + - * / % ( ) and unary minus.
struct Parser<'a> { s: &'a [u8], i: usize }
impl<'a> Parser<'a> {
    fn peek(&self) -> u8 { *self.s.get(self.i).unwrap_or(&0) }
    fn expr(&mut self) -> Option<i64> {
        let mut v = self.term()?;
        loop { match self.peek() { b'+' => { self.i += 1; v = v.checked_add(self.term()?)?; } b'-' => { self.i += 1; v = v.checked_sub(self.term()?)?; } _ => return Some(v) } }
    }
    fn term(&mut self) -> Option<i64> {
        let mut v = self.unary()?;
        loop {
            match self.peek() {
                b'*' => { self.i += 1; v = v.checked_mul(self.unary()?)?; }
                b'/' => { self.i += 1; v = v.checked_div(self.unary()?)?; }
                b'%' => { self.i += 1; v = v.checked_rem(self.unary()?)?; }
                _ => return Some(v),
            }
        }
    }
    fn unary(&mut self) -> Option<i64> {
        match self.peek() {
            b'-' => { self.i += 1; self.unary()?.checked_neg() }
            b'(' => { self.i += 1; let v = self.expr()?; if self.peek() != b')' { return None; } self.i += 1; Some(v) }
            b'0'..=b'9' => { let mut v = 0i64; while self.peek().is_ascii_digit() { v = v.checked_mul(10)?.checked_add((self.peek() - b'0') as i64)?; self.i += 1; } Some(v) }
            _ => None,
        }
    }
}

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let mut ms: Vec<Box<dyn DynMachine>> = Vec::new();
    ms.push(Box::new(Acc { n: opaque(-3) }));
    ms.push(Box::new(Rot(opaque(0x0123_4567_89ab_cdef_fedc_ba98_7654_3210))));
    ms.push(Box::new(Flt { k: opaque(0.75), count: 0 }));
    for round in 0..opaque(3u32) {
        for m in ms.iter_mut() {
            let r = m.run(round * 5 + 1);
            writeln!(out, "r{} kind {} {} run {} step {} wide {} real {:?} pair {:?} tuple {:?} | {}", round, m.kind(), m.name(), r,
                m.step(-(round as i64)), m.wide(u128::MAX / 7), m.real(-2.5), m.pair(Pair { a: i32::MIN + 1, b: u64::MAX - round as u64 }),
                m.tuple((200, -12345, 0xffff_0000)), m.summary())?;
        }
    }
    let ids: Vec<u32> = ms.iter().map(|m| m.id()).collect();
    writeln!(out, "ids {:?} kinds {} {} {}", ids, <Acc as Machine>::KIND, <Rot as Machine>::KIND, <Flt as Machine>::KIND)?;
    // Monomorphized generics over many types.
    show(out, "u8", generic_stats(&[3u8, 200, 7, 9][..]))?;
    show(out, "i16", generic_stats(&[-3i16, 200, -7000, 9]))?;
    show(out, "u32", generic_stats(&[opaque(3u32), 4_000_000_000 / 16, 7]))?;
    show(out, "i64", generic_stats(&[-1i64 << 50, 1 << 51, opaque(-5)]))?;
    show(out, "u128", generic_stats(&[1u128 << 100, opaque(3), 1 << 90]))?;
    show(out, "i128", generic_stats(&[-(1i128 << 120), opaque(3), 1 << 119]))?;
    show(out, "f32", generic_stats(&[1.5f32, opaque(-0.25), 1e30]))?;
    show(out, "f64", generic_stats(&[1.5f64, opaque(-0.25), 1e300, -1e-300]))?;
    show(out, "empty", generic_stats::<i8>(&[]).1)?;
    // Recursion.
    for m in 0..4 { for n in 0..opaque(5) { write!(out, "A({},{})={} ", m, n, ackermann(opaque(m), n))?; } }
    writeln!(out)?;
    writeln!(out, "even {} {} odd {}", is_even(opaque(1000)), is_even(opaque(777)), is_odd(opaque(999)))?;
    for n in [0u32, 1, 10, 300, 1000] {
        let (a, f) = deep(opaque(n), 1, 0.0);
        writeln!(out, "deep {}: {:x} {:?}", n, a, f)?;
    }
    writeln!(out, "{}", many(opaque(1), -2, 3, -4, 5 << 100, 6.5, -7.25, 'λ', true, (9, 1 << 60), Pair { a: -11, b: 12 }, "thirteen", -14))?;
    for e in ["1+2*3", "(1+2)*3", "-(-(7))%4", "100/(5-5)", "9223372036854775807+1", "2*(3+(4*(5+(6*(7+8)))))", "12-3-4-5", "((", "-9223372036854775807-1", "7/-2*-3%5"] {
        let mut p = Parser { s: opaque(e).as_bytes(), i: 0 };
        let v = p.expr();
        let complete = p.i == e.len();
        writeln!(out, "eval {:?} = {:?} complete {}", e, v, complete)?;
    }
    Ok(())
}
