//! Derived Debug of nested structs, tuples, enums, arrays, Options, and the pretty form {:#?}
//! (debug_struct/debug_tuple/debug_list/debug_map builders; at opt-level z LLVM defect F broke
//! `{:#?}` of tuples). Also manual Display impls with padding and Formatter flags.
use crate::opaque;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use alloc::vec;
use alloc::boxed::Box;
use core::fmt::{self, Result, Write};

#[derive(Debug, Clone)]
struct Point { x: i32, y: i64 }

#[derive(Debug, Clone)]
struct Unit;

#[derive(Debug, Clone)]
struct Wrapper(u8, &'static str, Unit);

#[derive(Debug, Clone)]
enum Shape { Circle { center: Point, radius: f64 }, Poly(Vec<Point>), Empty, Tagged(u128, Option<Box<Shape>>) }

#[derive(Debug)]
struct Scene { name: String, shapes: Vec<Shape>, meta: (u16, char, bool), lookup: BTreeMap<&'static str, (i8, u64)>, w: Wrapper }

struct Money(i64);
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> Result {
        let s = alloc::format!("{}${}.{:02}", if self.0 < 0 { "-" } else { "" }, self.0.unsigned_abs() / 100, self.0.unsigned_abs() % 100);
        f.pad(&s)
    }
}

struct Hexy(u32);
impl fmt::Debug for Hexy {
    fn fmt(&self, f: &mut fmt::Formatter) -> Result {
        if f.alternate() { write!(f, "Hexy({:#x})", self.0) } else { f.debug_tuple("Hexy").field(&self.0).finish() }
    }
}

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let k = opaque(3i32);
    let p = Point { x: k, y: -(k as i64) << 40 };
    let shapes = vec![
        Shape::Circle { center: p.clone(), radius: 2.5 },
        Shape::Poly(vec![Point { x: 0, y: 0 }, Point { x: k * 10, y: 7 }, p.clone()]),
        Shape::Empty,
        Shape::Tagged(u128::MAX / opaque(3), Some(Box::new(Shape::Tagged(k as u128, None)))),
    ];
    let mut lookup = BTreeMap::new();
    lookup.insert("one", (1i8, 1u64 << 63));
    lookup.insert("minus", (-128i8, 0u64));
    let scene = Scene { name: String::from("demo \"scene\""), shapes, meta: (65535, 'λ', true), lookup, w: Wrapper(7, "tab\t", Unit) };
    writeln!(out, "{:?}", p)?;
    writeln!(out, "{:#?}", p)?;
    writeln!(out, "{:?}", scene)?;
    writeln!(out, "{:#?}", scene)?;
    let tup = (1u8, -2i16, (3u32, "four", [5i64, 6, 7]), Some(8.5f32), Unit, (), ((),));
    writeln!(out, "{:?}", tup)?;
    writeln!(out, "{:#?}", tup)?;
    let arr = [[opaque(1u8), 2], [3, 4]];
    writeln!(out, "{:?} {:#?}", arr, arr)?;
    writeln!(out, "{:?} {:#?}", Hexy(opaque(48879)), Hexy(48879))?;
    writeln!(out, "{:#?}", (Hexy(1), Some(Hexy(2)), [Hexy(3)]))?;
    let r: core::result::Result<(i8, Unit), String> = Err(String::from("bad"));
    writeln!(out, "{:?} {:#?}", r, Ok::<_, ()>((k, Unit)))?;
    writeln!(out, "{:5?}|{:<8?}|{:>+9?}|{:08.3?}|{:#x?}|{:#X?}", opaque(42i32), Some(1u8), 3i64, -1.5f64, [255u8, 16], (10u32, 11i16))?;
    for m in [0i64, 5, -5, 12345, -100000, i64::MAX] {
        let m = opaque(m);
        writeln!(out, "[{}] [{:>14}] [{:<14}] [{:^14}] [{:.4}]", Money(m), Money(m), Money(m), Money(m), Money(m))?;
    }
    let mut s = String::new();
    for depth in 0..opaque(4) {
        let mut v: Shape = Shape::Empty;
        for i in 0..depth { v = Shape::Tagged(i as u128, Some(Box::new(v))); }
        s.clear();
        write!(s, "{:#?}", v)?;
        writeln!(out, "depth {} lines {} :: {:?}", depth, s.lines().count() as u32, v)?;
    }
    writeln!(out, "{}", s)?;
    Ok(())
}
