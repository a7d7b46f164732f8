//! Rust calling functions written exactly as NeXT's cc compiles them, and NeXT-style callers
//! calling Rust, through nextstep_sys::ccall (tests/ld/r-ccall.t, docs/abi.md).
#![no_std]
#![no_main]
#![feature(asm_experimental_arch)]

use nextstep::prelude::*;
use nextstep_sys::{nextc_export, nextc_export_sret, nextc_import, nextc_import_sret};

nextstep::entry!(main);

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct Triple {
    x: i32,
    y: i32,
    z: i32,
}

// The NeXT side, hand-written in NeXT cc's convention: pointer results only in d0 (a0 holds
// garbage), struct results stored through a1 (d0, a0, a1 garbage afterwards), 64-bit results in
// d0:d1, the caller pops; nx_call_* are NeXT-convention callers of Rust functions.
core::arch::global_asm!(
    "    .text",
    "    .globl nx_ptr_add",
    "nx_ptr_add:",
    "    move.l 4(%sp),%d0",
    "    add.l 8(%sp),%d0",
    "    move.l #0x0bad0bad,%a0",
    "    rts",
    "    .globl nx_make_triple",
    "nx_make_triple:",
    "    move.l 4(%sp),%d0",
    "    move.l %d0,(%a1)",
    "    move.l 8(%sp),%d1",
    "    move.l %d1,4(%a1)",
    "    add.l %d1,%d0",
    "    move.l %d0,8(%a1)",
    "    move.l #0x0bad0bad,%d0",
    "    move.l %d0,%a0",
    "    move.l %d0,%a1",
    "    rts",
    "    .globl nx_mul64",
    "nx_mul64:",
    "    move.l 4(%sp),%d0",
    "    move.l 8(%sp),%d1",
    "    move.l #0x0bad0bad,%a0",
    "    rts",
    "    .globl nx_call_ptr",
    "nx_call_ptr:",
    "    move.l 4(%sp),%a1",
    "    move.l #5,%d0",
    "    move.l %d0,-(%sp)",
    "    move.l 12(%sp),-(%sp)",
    "    move.l #0,%d0",
    "    jsr (%a1)",
    "    lea 8(%sp),%sp",
    "    rts",
    "    .globl nx_call_triple",
    "nx_call_triple:",
    "    move.l 4(%sp),%a0",
    "    suba.l #12,%sp",
    "    move.l %sp,%a1",
    "    move.l 24(%sp),-(%sp)",
    "    move.l 24(%sp),-(%sp)",
    "    jsr (%a0)",
    "    lea 8(%sp),%sp",
    "    move.l (%sp),%d0",
    "    lsl.l #8,%d0",
    "    add.l 4(%sp),%d0",
    "    lsl.l #8,%d0",
    "    add.l 8(%sp),%d0",
    "    lea 12(%sp),%sp",
    "    rts"
);

nextc_import! {
    fn nx_ptr_add(p: *const u8, n: i32) -> *const u8;
    fn nx_mul64(hi: u32, lo: u32) -> u64;
    fn nx_call_ptr(f: usize, p: *const u8) -> *const u8;
    fn nx_call_triple(f: usize, a: i32, b: i32) -> i32;
}
nextc_import_sret! {
    fn nx_make_triple(a: i32, b: i32) -> Triple;
}
nextc_export! {
    fn rust_ptr_add(p: *const u8, n: i32) -> *const u8 { p.wrapping_add(n as usize) }
}
nextc_export_sret! {
    fn rust_make_triple(a: i32, b: i32) -> Triple { Triple { x: a, y: b, z: a + b } }
}
extern "C" {
    fn rust_make_triple(); // the NeXT-convention stub
}

static TEXT: &[u8] = b"0123456789";

fn main() {
    let base = TEXT.as_ptr();
    let p = unsafe { nx_ptr_add(base, 3) };
    println!("nx_ptr_add: +{}", p as usize - base as usize);
    let t = unsafe { nx_make_triple(7, 35) };
    println!("nx_make_triple: {:?}", t);
    let v = unsafe { nx_mul64(0x12345678, 0x9abcdef0) };
    println!("nx_mul64: {:#x}", v);
    let q = unsafe { nx_call_ptr(rust_ptr_add as *const () as usize, base) };
    println!("nx_call_ptr(rust_ptr_add): +{}", q as usize - base as usize);
    let s = unsafe { nx_call_triple(rust_make_triple as *const () as usize, 1, 2) };
    println!("nx_call_triple(rust_make_triple): {:#08x}", s);
}
