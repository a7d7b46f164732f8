//! `std::mem` (`core::mem`: `swap`, `take`, `replace`, `size_of`, ...) and the C memory
//! functions: `memcpy`, `memmove`, `memset`, `memcmp`, `bcmp` and `strlen` are defined (as
//! `#[no_mangle]` symbols) by `nextstep_sys::cmem`, which is compiled `#![no_builtins]` so that
//! LLVM cannot turn their loops back into calls to themselves. Re-exported here.
pub use core::mem::*;
pub use nextstep_sys::cmem::{bcmp, memcmp, memcpy, memmove, memset, strlen};
