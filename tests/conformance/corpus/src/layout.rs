//! Data layout: enums with niches (Option<NonZero*>, Option<bool>, Option<char>, Option<&T>,
//! nested Options, enums with a payload-carrying niche), enums with explicit and large
//! discriminants (repr(u8/i16/i64/u32) and `as` casts), repr(C) and repr(C, packed) structs
//! whose fields are read by value, through read_unaligned and via byte images built with
//! to_be_bytes, unions, arrays of structs with padding, and mem::replace/swap/take. Nothing
//! printed depends on size or alignment (those differ on m68k).
use crate::opaque;
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::fmt::{Result, Write};
use core::num::{NonZeroI64, NonZeroU128, NonZeroU16, NonZeroU8};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Small { A, B(u8), C(char), D { x: i16, y: bool } }

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(i64)]
enum Big { Low = i64::MIN, Neg = -5, Zero = 0, High = 1 << 40, Top = i64::MAX }

#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(u8)]
enum Op { Nop = 0, Load = 0x10, Store = 0x11, Jump = 0x80, Halt = 0xff }

#[derive(Debug, Clone, Copy)]
#[repr(i16)]
enum Tagged { P(u32) = -300, Q(i8, u64) = 7, R = 30000 }

#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(u32)]
enum Wide { X = 0xdead_beef, Y = 1, Z = 0xffff_fffe }

#[derive(Debug)]
enum Tree { Leaf(i32), Node(Box<Tree>, Box<Tree>), Neg(Box<Tree>) }

#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
struct CRec { a: u8, b: u32, c: u16, d: u64, e: i8, f: i128 }

#[repr(C, packed)]
#[derive(Clone, Copy)]
struct Packed { tag: u8, v32: u32, v16: i16, v64: u64, v128: u128, f: f64 }

#[repr(C)]
union Bits { f: f32, u: u32, b: [u8; 4] }

fn op_from(b: u8) -> Option<Op> {
    match b { 0 => Some(Op::Nop), 0x10 => Some(Op::Load), 0x11 => Some(Op::Store), 0x80 => Some(Op::Jump), 0xff => Some(Op::Halt), _ => None }
}

fn eval(t: &Tree) -> i64 {
    match t { Tree::Leaf(v) => *v as i64, Tree::Node(a, b) => eval(a) * 3 + eval(b), Tree::Neg(a) => -eval(a) }
}

#[inline(never)]
fn sum_packed(p: &[Packed]) -> (u64, i64, u128, f64) {
    let mut s = (0u64, 0i64, 0u128, 0.0f64);
    for x in p {
        let v32 = x.v32; let v16 = x.v16; let v64 = x.v64; let v128 = x.v128; let f = x.f;
        s.0 = s.0.wrapping_add(v32 as u64).wrapping_add(v64) ^ x.tag as u64;
        s.1 += v16 as i64;
        s.2 = s.2.wrapping_mul(3).wrapping_add(v128);
        s.3 += f;
    }
    s
}

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let smalls = [Small::A, Small::B(opaque(200)), Small::C(opaque('ß')), Small::D { x: opaque(-7), y: true }, Small::D { x: 0, y: false }];
    for s in smalls {
        let o = Some(opaque(s));
        let oo: Option<Option<Small>> = if matches!(s, Small::A) { Some(None) } else { Some(o) };
        writeln!(out, "{:?} {:?} {:?} eqA {} is_b {}", s, o, oo, s == Small::A, matches!(s, Small::B(x) if x > 100))?;
    }
    for v in [0u8, 1, 255] {
        let v = opaque(v);
        let n8 = NonZeroU8::new(v);
        let n16 = NonZeroU16::new(v as u16 * 257);
        let n64 = NonZeroI64::new(-(v as i64) << 50);
        let n128 = NonZeroU128::new((v as u128) << 120);
        writeln!(out, "nz {}: {:?} {:?} {:?} {:?} map {:?} or {}", v, n8, n16, n64, n128, n8.map(|n| n.get().leading_zeros()),
            n128.map_or(0, |n| n.trailing_zeros()))?;
    }
    let bools = [Some(true), Some(false), None];
    let chars = [Some('a'), None, Some('\u{10ffff}')];
    for i in 0..3 {
        let b = opaque(bools[i]);
        let c = opaque(chars[i]);
        let r: Option<&u32> = if i == 1 { None } else { Some(&0x1234_5678) };
        let oob: Option<Option<bool>> = if i == 2 { None } else { Some(b) };
        writeln!(out, "opt {:?} {:?} {:?} {:?} unwrap {} {:?}", b, c, r, oob, b.unwrap_or(true) as u8, c.map(|c| c as u32))?;
    }
    let bigs = [Big::Top, Big::Zero, Big::Low, Big::High, Big::Neg];
    let mut sorted = bigs;
    sorted.sort();
    for b in bigs { write!(out, "{:?}={} ", b, opaque(b) as i64)?; }
    writeln!(out, "sorted {:?} max {:?}", sorted, bigs.iter().max())?;
    for b in [0u8, 0x10, 0x11, 0x12, 0x80, 0xfe, 0xff] {
        let o = op_from(opaque(b));
        writeln!(out, "op {:#04x} -> {:?} back {:?}", b, o, o.map(|o| o as u8))?;
    }
    for t in [Tagged::P(opaque(0xffff_fff0)), Tagged::Q(opaque(-1), 1 << 63), Tagged::R] {
        let d = match t { Tagged::P(_) => -300, Tagged::Q(..) => 7, Tagged::R => 30000 };
        writeln!(out, "tagged {:?} {}", t, d)?;
    }
    for w in [Wide::X, Wide::Y, Wide::Z] {
        let w = opaque(w);
        writeln!(out, "wide {:?} {} {:x} {}", w, w as u32, w as u32 as u64, (w as u32) as i32)?;
    }
    let t = Tree::Node(Box::new(Tree::Neg(Box::new(Tree::Leaf(opaque(5))))),
        Box::new(Tree::Node(Box::new(Tree::Leaf(i32::MAX)), Box::new(Tree::Leaf(i32::MIN)))));
    writeln!(out, "tree {} {:?}", eval(&t), t)?;
    // repr(C) records, by value and as arrays.
    let mut recs = [CRec::default(); 5];
    for (i, r) in recs.iter_mut().enumerate() {
        let i = opaque(i as u32);
        *r = CRec { a: i as u8 * 51, b: i * 0x0101_0101, c: (i as u16) << 13, d: (i as u64) << 61 | 7, e: -(i as i8) * 30, f: -((i as i128) << 100) };
    }
    recs.swap(opaque(0), opaque(4));
    for r in &recs { writeln!(out, "crec {:?}", r)?; }
    let total: i128 = recs.iter().map(|r| r.f + r.e as i128 + r.d as i128 + r.c as i128 + r.b as i128 + r.a as i128).sum();
    writeln!(out, "crec total {}", total)?;
    // Packed records: field copies and read_unaligned through raw pointers.
    let mut ps: Vec<Packed> = Vec::new();
    for i in 0..opaque(7u32) {
        ps.push(Packed { tag: i as u8, v32: 0x89ab_cdef ^ i, v16: -(i as i16) * 1000, v64: 0x0123_4567_89ab_cdef_u64.rotate_left(i * 9),
            v128: (0xfedc_ba98_7654_3210_0f1e_2d3c_4b5a_6978u128).rotate_right(i * 17), f: i as f64 * 0.25 - 1.0 });
    }
    let s = sum_packed(&ps);
    writeln!(out, "packed sum {} {} {} {:?}", s.0, s.1, s.2, s.3)?;
    for p in ps.iter().step_by(3) {
        let v64 = unsafe { core::ptr::addr_of!(p.v64).read_unaligned() };
        let v128 = unsafe { core::ptr::addr_of!(p.v128).read_unaligned() };
        let v16 = unsafe { core::ptr::addr_of!(p.v16).read_unaligned() };
        writeln!(out, "packed {} {:x} {} {:x} {:x} {:?}", p.tag, { p.v32 }, v16, v64, v128, { p.f })?;
    }
    let mut p0 = ps[opaque(2)];
    p0.v128 = p0.v128.wrapping_add(u128::MAX);
    p0.v64 -= 1;
    let (a, b) = ({ p0.v128 }, { p0.v64 });
    writeln!(out, "packed modified {:x} {:x}", a, b)?;
    // Byte images: an unaligned big-endian record parsed from a byte buffer at odd offsets.
    let mut buf = [0u8; 64];
    for off in [1usize, 3, 6] {
        let off = opaque(off);
        buf[off..off + 4].copy_from_slice(&0xdead_beefu32.to_be_bytes());
        buf[off + 4..off + 12].copy_from_slice(&(-2i64).to_be_bytes());
        buf[off + 12..off + 28].copy_from_slice(&(0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10u128 << off).to_be_bytes());
        let p = buf.as_ptr();
        let raw32 = unsafe { (p.add(off) as *const [u8; 4]).read_unaligned() };
        let raw64 = unsafe { (p.add(off + 4) as *const [u8; 8]).read_unaligned() };
        let raw128 = unsafe { (p.add(off + 12) as *const [u8; 16]).read_unaligned() };
        writeln!(out, "image @{}: {:x} {} {:x}", off as u32, u32::from_be_bytes(raw32), i64::from_be_bytes(raw64), u128::from_be_bytes(raw128))?;
    }
    // Unions: float bits without native-endian byte order in the output.
    for f in [1.0f32, -0.0, 3.5e-40, f32::INFINITY] {
        let u = Bits { f: opaque(f) };
        let (bits, bytes) = unsafe { (u.u, u.b) };
        writeln!(out, "union {:?} {:08x} sum {}", f, bits, bytes.iter().map(|&b| b as u32).sum::<u32>())?;
    }
    // mem::replace / swap / take.
    let mut v = alloc::vec![Some(1u64 << 35), None, Some(7)];
    let old = core::mem::replace(&mut v[opaque(1)], Some(u64::MAX));
    let taken = core::mem::take(&mut v[0]);
    let (x, y) = v.split_at_mut(1);
    core::mem::swap(&mut x[0], &mut y[1]);
    writeln!(out, "mem {:?} {:?} {:?}", old, taken, v)?;
    Ok(())
}
