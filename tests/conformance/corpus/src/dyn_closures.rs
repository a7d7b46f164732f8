//! Closures and trait objects: dyn Trait through &dyn and Box<dyn>, default and overridden trait
//! methods, Box<dyn Fn>/FnMut/FnOnce, closures capturing by reference, by move and by mutable
//! reference, function pointers, generic vs dynamic dispatch, and returning closures.
use crate::opaque;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use alloc::format;
use core::fmt::{Result, Write};

trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u32 { 4 }
    fn describe(&self) -> String { format!("{} with {} legs", self.name(), self.legs()) }
}
struct Dog { age: u8 }
struct Bird(&'static str);
struct Spider { weight: f32 }
impl Animal for Dog { fn name(&self) -> String { format!("dog({})", self.age) } }
impl Animal for Bird { fn name(&self) -> String { format!("bird {}", self.0) } fn legs(&self) -> u32 { 2 } }
impl Animal for Spider {
    fn name(&self) -> String { format!("spider {:.2}g", self.weight) }
    fn legs(&self) -> u32 { 8 }
    fn describe(&self) -> String { format!("eight-legged {}", self.name()) }
}

trait Shape { fn area(&self) -> f64; fn scale(&mut self, k: f64); }
struct Sq(f64);
struct Rect(f64, f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } fn scale(&mut self, k: f64) { self.0 *= k } }
impl Shape for Rect { fn area(&self) -> f64 { self.0 * self.1 } fn scale(&mut self, k: f64) { self.0 *= k; self.1 *= k } }

fn make_adder(n: i64) -> impl Fn(i64) -> i64 { move |x| x + n }
fn make_boxed(kind: u8) -> Box<dyn Fn(u64) -> u64> {
    match kind {
        0 => Box::new(|x| x * 2),
        1 => { let k = opaque(1u64 << 33); Box::new(move |x| x ^ k) }
        2 => Box::new(|x| x.rotate_left(13)),
        _ => { let t = [3u64, 5, 7, 11]; Box::new(move |x| t.iter().fold(x, |a, &m| a.wrapping_mul(m) + 1)) }
    }
}
fn apply_generic<F: Fn(u32) -> u32>(f: F, n: u32) -> u32 { (0..n).map(&f).sum() }
fn apply_dyn(f: &dyn Fn(u32) -> u32, n: u32) -> u32 { (0..n).map(f).sum() }
fn twice(f: fn(i16) -> i16, x: i16) -> i16 { f(f(x)) }
fn neg(x: i16) -> i16 { x.wrapping_neg() - 1 }

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let zoo: Vec<Box<dyn Animal>> = alloc::vec![Box::new(Dog { age: opaque(3) }), Box::new(Bird("tit")), Box::new(Spider { weight: 0.125 })];
    for a in zoo.iter() { writeln!(out, "{} / {} / {}", a.name(), a.legs(), a.describe())?; }
    let total: u32 = zoo.iter().map(|a| a.legs()).sum();
    writeln!(out, "total legs {}", total)?;
    let mut shapes: Vec<Box<dyn Shape>> = alloc::vec![Box::new(Sq(1.5)), Box::new(Rect(2.0, opaque(0.25))), Box::new(Sq(10.0))];
    for s in shapes.iter_mut() { s.scale(opaque(3.0)); }
    let areas: Vec<f64> = shapes.iter().map(|s| s.area()).collect();
    writeln!(out, "areas {:?}", areas)?;
    let by_ref: &dyn Shape = &*shapes[1];
    writeln!(out, "by ref {}", by_ref.area())?;
    let add5 = make_adder(opaque(5));
    writeln!(out, "adder {} {}", add5(10), add5(-1i64 << 40))?;
    for k in 0..4u8 {
        let f = make_boxed(opaque(k));
        writeln!(out, "boxed {} -> {} {} {}", k, f(1), f(0xdead_beef), f(u64::MAX))?;
    }
    let table: [(&str, Box<dyn Fn(i32, i32) -> i32>); 4] = [
        ("add", Box::new(|a, b| a.wrapping_add(b))), ("mul", Box::new(|a, b| a.wrapping_mul(b))),
        ("div", Box::new(|a, b| a.checked_div(b).unwrap_or(i32::MIN))), ("pow", Box::new(|a, b| a.wrapping_pow(b as u32 & 15))),
    ];
    for (name, f) in table.iter() {
        for (a, b) in [(7, 3), (-100, 0), (i32::MAX, 2), (-9, -4)] {
            write!(out, " {}({},{})={}", name, a, b, f(opaque(a), opaque(b)))?;
        }
        writeln!(out)?;
    }
    let mut counter = 0u64;
    let mut bump = |by: u64| { counter += by; counter };
    let seq: Vec<u64> = (1..=6).map(|i| bump(i * i)).collect();
    writeln!(out, "fnmut {:?} counter {}", seq, counter)?;
    let owned = String::from("moved string");
    let once: Box<dyn FnOnce() -> String> = Box::new(move || owned + "!");
    writeln!(out, "fnonce {}", once())?;
    let mul = opaque(3u32);
    writeln!(out, "generic {} dyn {} fnptr {} {}", apply_generic(|x| x * mul, 10), apply_dyn(&|x| x * x + mul, 10), twice(neg, 5), twice(|x| x * 3, opaque(-7)))?;
    let mut fns: Vec<Box<dyn FnMut() -> u32>> = Vec::new();
    for i in 0..4u32 { let mut st = i; fns.push(Box::new(move || { st = st * 10 + i; st })); }
    for round in 0..3 {
        let vals: Vec<u32> = fns.iter_mut().map(|f| f()).collect();
        writeln!(out, "round {} {:?}", round, vals)?;
    }
    let compose = |f: &dyn Fn(i64) -> i64, g: &dyn Fn(i64) -> i64, x: i64| g(f(x));
    writeln!(out, "compose {} {}", compose(&add5, &|x| x * x, opaque(4)), compose(&|x| x - 1, &make_adder(-100), 0))?;
    let mut sorted = alloc::vec![5i64, -3, 12, 0, -40, 7];
    let key: Box<dyn Fn(&i64) -> u64> = Box::new(|x: &i64| x.unsigned_abs());
    sorted.sort_by_key(|x| key(x));
    writeln!(out, "sorted by dyn key {:?}", sorted)?;
    Ok(())
}
