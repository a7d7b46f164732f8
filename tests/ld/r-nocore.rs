//! Rust input for tests/ld/r-rust-reloc.t: no core library (so rustc alone compiles it to
//! bitcode in a moment), statics in __const and __data pointing at each other, calls to an
//! undefined C function and a read of an undefined C variable.
#![feature(no_core, lang_items, auto_traits)]
#![allow(internal_features)]
#![no_core]
#![crate_type = "lib"]
#[lang = "pointee_sized"] pub trait PointeeSized {}
#[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
#[lang = "sized"] pub trait Sized: MetaSized {}
#[lang = "copy"] pub trait Copy {}
impl Copy for i32 {}
impl Copy for u8 {}
impl<T: ?Sized> Copy for *const T {}
#[lang = "sync"] pub unsafe trait Sync {}
#[lang = "freeze"] pub unsafe auto trait Freeze {}
#[lang = "drop_in_place"] pub unsafe fn drop_in_place<T: ?Sized>(_: *mut T) {}
unsafe impl Sync for i32 {}
unsafe impl Sync for Table {}
unsafe impl Sync for u8 {}
unsafe impl<T: ?Sized> Sync for &T {}
unsafe impl<T: Sync, const N: usize> Sync for [T; N] {}

extern "C" { fn nx_puts(s: *const u8) -> i32; static nx_errno: i32; }

pub struct Table { pub a: &'static i32, pub b: &'static [u8; 4] }
#[no_mangle] pub static COUNT: i32 = 5;
#[no_mangle] pub static NAME: [u8; 4] = [97, 98, 99, 0];
#[no_mangle] pub static mut CURRENT: *const i32 = &COUNT;
#[no_mangle] pub static TABLE: Table = Table { a: &COUNT, b: &NAME };
#[no_mangle] pub extern "C" fn greet() -> i32 { unsafe { nx_puts(&NAME as *const [u8; 4] as *const u8) } }
#[no_mangle] pub extern "C" fn errno_now() -> i32 { unsafe { nx_errno } }
#[no_mangle] pub extern "C" fn table() -> *const Table { &TABLE as *const Table }
#[no_mangle] pub extern "C" fn current() -> i32 { unsafe { *CURRENT } }
