//! A small `no_std` runtime that makes Rust programs run on NeXTSTEP 3.3 (m68k).
//!
//! It provides what `std` would normally provide for a command-line program: the process entry
//! point (`start`), a global allocator on Mach `vm_allocate`, a panic handler that prints like
//! `std` and exits with status 101, `print!`/`println!`/`eprint!`/`eprintln!`, `env::args()`,
//! `process::exit`/`abort`, re-exports of the `alloc` crate and of `core`'s modules under
//! `std`'s names, `collections` with `std`'s `HashMap` and `HashSet`, and `std`-shaped `io`,
//! `fs`, `path`, `ffi`, `time`, `thread`, `sync`, `hash` and `os::unix` modules on NeXT's system
//! calls. With `extern crate nextstep as std;` a `std` program's paths resolve to this crate
//! (`docs/runtime.md`, "Porting a `std` program").
//!
//! A program looks like this:
//!
//! ```ignore
//! #![no_std]
//! #![no_main]
//! use nextstep::prelude::*;
//!
//! nextstep::entry!(main);
//!
//! fn main() {
//!     let v: Vec<u32> = vec![1, 2, 3];
//!     println!("Hello from NeXTSTEP: {:?}", v);
//! }
//! ```
//!
//! `main` may return `()`, `i32` (the exit status) or `Result<(), E: Debug>` (like `std`, an
//! `Err` prints `Error: {e:?}` to stderr and exits with status 1).
//! See `docs/runtime.md` for the details of each piece.
#![no_std]
#![feature(asm_experimental_arch)]

extern crate alloc as alloc_crate;

pub use nextstep_sys as sys;

pub use alloc_crate::{borrow, boxed, fmt, format, rc, slice, str, string, vec};
/// The modules `std` re-exports unchanged from `core`, under the same names, so that
/// `std::cmp::Reverse`, `std::iter::once`, `std::ops::Range`, `std::f64::consts::PI`, ... resolve.
pub use core::{
    any, array, ascii, cell, char, clone, cmp, convert, default, f32, f64, future, hint, i128, i16,
    i32, i64, i8, isize, iter, marker, num, ops, option, pin, primitive, ptr, result, task, u128,
    u16, u32, u64, u8, usize,
};
/// `alloc::alloc` (the `alloc`/`dealloc` functions and `Layout`), for direct allocator use.
pub use alloc_crate::alloc as alloc_api;

pub mod allocator;
pub mod collections;
pub mod env;
#[cfg(all(feature = "fpu", target_arch = "m68k"))]
pub mod float;
pub mod ffi;
pub mod fs;
pub mod io;
#[cfg(feature = "libsys")]
pub mod libsys;
pub mod mem;
pub mod os;
pub mod panic;
pub mod path;
pub mod process;
pub mod rt;
pub mod sync;
pub mod thread;
pub mod time;

/// `std::error::Error` is `core::error::Error`.
pub mod error {
    pub use core::error::Error;
}

/// `std::hash`: `core::hash` plus the default `RandomState` and `DefaultHasher` of
/// [`collections::HashMap`] (see `collections` for how they differ from `std`'s).
pub mod hash {
    pub use crate::collections::hash_map::RandomState;
    pub use crate::collections::DefaultHasher;
    pub use core::hash::*;
}


/// The usual imports of a program: what `std`'s prelude has (`Vec`, `String`, `Box`,
/// `ToString`, `ToOwned`, `vec!`, `format!`, the print macros, `dbg!`) plus the I/O traits
/// `Read`, `Write`, `BufRead` (as `use std::io::prelude::*` would add).
pub mod prelude {
    pub use crate::io::{BufRead, Read, Write};
    pub use crate::{dbg, eprint, eprintln, print, println};
    pub use alloc_crate::borrow::ToOwned;
    pub use alloc_crate::boxed::Box;
    pub use alloc_crate::string::{String, ToString};
    pub use alloc_crate::vec::Vec;
    pub use alloc_crate::{format, vec};
}
