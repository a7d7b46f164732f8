//! A small `no_std` runtime that makes Rust programs run on NeXTSTEP 3.3 (m68k).
//!
//! It provides what `std` would normally provide for a command-line program: the process entry
//! point (`start`), a global allocator on Mach `vm_allocate`, a panic handler that prints like
//! `std` and exits with status 101, `print!`/`println!`/`eprint!`/`eprintln!`, `env::args()`,
//! `process::exit`/`abort`, and re-exports of the `alloc` crate.
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

pub use alloc_crate::{borrow, boxed, collections, fmt, format, rc, slice, str, string, vec};
/// `alloc::alloc` (the `alloc`/`dealloc` functions and `Layout`), for direct allocator use.
pub use alloc_crate::alloc as alloc_api;

pub mod allocator;
pub mod env;
pub mod io;
pub mod mem;
pub mod panic;
pub mod process;
pub mod rt;

/// The usual imports of a program: collection types, `ToString`, the print macros, `vec!` and
/// `format!`.
pub mod prelude {
    pub use crate::{eprint, eprintln, print, println};
    pub use alloc_crate::borrow::ToOwned;
    pub use alloc_crate::boxed::Box;
    pub use alloc_crate::string::{String, ToString};
    pub use alloc_crate::vec::Vec;
    pub use alloc_crate::{format, vec};
}
