//! Calls between Rust and C compiled by NeXT's own `cc` (docs/abi.md, "Calling NeXT C code").
//!
//! rustc's LLVM M68k backend and NeXT's cc (GCC 2.x) agree on most of the C calling convention:
//! arguments on the stack right to left in 4-byte slots, caller pops, integers in d0 (64-bit in
//! d0:d1, d0 the high word), soft-float results in d0/d0:d1, d2-d7/a2-a6 callee-saved. They
//! differ in two places (reference section 8):
//!
//! * **Pointer results**: NeXT returns them in d0, LLVM in a0 (and reads a0 after a call).
//! * **Struct results**: NeXT's caller passes the buffer in a1 and pops everything itself; LLVM
//!   passes it as a hidden first stack argument that the callee pops.
//!
//! The macros below make crossing the boundary safe by construction:
//!
//! * [`nextc_import!`] declares NeXT C functions with integer, float or pointer results. No thunk
//!   is needed: the function is declared to LLVM as returning a d0 integer (`usize` for a
//!   pointer), which is then turned back into the pointer.
//! * [`nextc_import_sret!`] declares NeXT C functions returning a struct through a1. Calls go
//!   through one assembly thunk, `__nx_ccall_sret(fn, buffer, nwords, args...)`, which copies the
//!   argument words into a fresh frame, loads a1 and calls `fn` with NeXT's convention.
//! * [`nextc_export!`] defines `#[no_mangle] extern "C"` Rust functions NeXT C code can call;
//!   pointer results are returned in d0.
//! * [`nextc_export_sret!`] defines a Rust function returning a struct to a NeXT caller: an
//!   assembly stub under the C name takes the caller's a1 and passes it to the Rust body as an
//!   explicit first argument; the caller pops its arguments, as NeXT's cc expects.
//!
//! Argument and result types are restricted by the traits [`NextArg`] and [`NextRet`] to those
//! both conventions pass identically: 32- and 64-bit integers, `f32`/`f64` (soft-float, in
//! integer registers and 4/8-byte stack slots on both sides), raw pointers and `()`. `i8`, `i16`,
//! `bool` and structs by value are refused at compile time: pass them widened to `i32` or
//! through a pointer. `f32` is also refused as an argument of [`nextc_import_sret!`] (C variadic
//! calls promote it).

/// A type passed on the stack in the same slots by NeXT's cc and by LLVM.
pub trait NextArg {
    /// Stack words (4 bytes) the argument occupies.
    const WORDS: usize;
}

/// A result type and the register form both sides agree on (`Raw`, returned in d0 or d0:d1).
pub trait NextRet {
    type Raw;
    fn from_raw(r: Self::Raw) -> Self;
    fn into_raw(self) -> Self::Raw;
}

macro_rules! same_repr {
    ($($t:ty = $w:expr),*) => {$(
        impl NextArg for $t { const WORDS: usize = $w; }
        impl NextRet for $t {
            type Raw = $t;
            #[inline(always)] fn from_raw(r: $t) -> $t { r }
            #[inline(always)] fn into_raw(self) -> $t { self }
        }
    )*};
}
same_repr!(i32 = 1, u32 = 1, isize = 1, usize = 1, i64 = 2, u64 = 2, f32 = 1, f64 = 2);

impl<T> NextArg for *const T { const WORDS: usize = 1; }
impl<T> NextArg for *mut T { const WORDS: usize = 1; }
impl<T> NextRet for *const T {
    type Raw = usize;
    #[inline(always)] fn from_raw(r: usize) -> Self { r as *const T }
    #[inline(always)] fn into_raw(self) -> usize { self as usize }
}
impl<T> NextRet for *mut T {
    type Raw = usize;
    #[inline(always)] fn from_raw(r: usize) -> Self { r as *mut T }
    #[inline(always)] fn into_raw(self) -> usize { self as usize }
}
impl NextRet for () {
    type Raw = ();
    #[inline(always)] fn from_raw(_: ()) {}
    #[inline(always)] fn into_raw(self) {}
}

#[doc(hidden)]
#[macro_export]
macro_rules! __nx_ret_ty {
    () => { () };
    ($t:ty) => { $t };
}

/// Declares NeXT C functions with integer, float, pointer or no results:
///
/// ```ignore
/// nextstep_sys::nextc_import! {
///     pub fn strchr(s: *const u8, c: i32) -> *mut u8;
/// }
/// ```
/// Each becomes an `unsafe fn` with that signature that reads the result from d0.
#[macro_export]
macro_rules! nextc_import {
    ($( $(#[$m:meta])* $vis:vis fn $name:ident ( $($arg:ident : $aty:ty),* $(,)? )
        $(-> $ret:ty)? ; )*) => {$(
        $(#[$m])*
        #[inline]
        #[allow(unused_unsafe)]
        $vis unsafe fn $name($($arg: $aty),*) -> $crate::__nx_ret_ty!($($ret)?) {
            extern "C" {
                #[link_name = stringify!($name)]
                fn raw($($arg: $aty),*)
                    -> <$crate::__nx_ret_ty!($($ret)?) as $crate::ccall::NextRet>::Raw;
            }
            const _: usize = 0 $(+ <$aty as $crate::ccall::NextArg>::WORDS)*;
            <$crate::__nx_ret_ty!($($ret)?) as $crate::ccall::NextRet>::from_raw(
                unsafe { raw($($arg),*) })
        }
    )*};
}

/// Declares NeXT C functions that return a struct (through a1, NeXT's struct-value register):
///
/// ```ignore
/// #[repr(C)] pub struct DivT { pub quot: i32, pub rem: i32 }
/// nextstep_sys::nextc_import_sret! { pub fn div(a: i32, b: i32) -> DivT; }
/// ```
/// The struct must be `#[repr(C)]` and laid out as NeXT's cc lays it out (docs/abi.md). Structs
/// NeXT's cc returns in registers (sizes 1, 2, 4 and 8: d0 or d0:d1) are declared with
/// [`nextc_import!`] as returning `u32`/`u64` instead, and converted by the caller.
#[macro_export]
macro_rules! nextc_import_sret {
    ($( $(#[$m:meta])* $vis:vis fn $name:ident ( $($arg:ident : $aty:ty),* $(,)? )
        -> $ret:ty ; )*) => {$(
        $(#[$m])*
        #[inline]
        #[allow(unused_unsafe)]
        $vis unsafe fn $name($($arg: $aty),*) -> $ret {
            extern "C" {
                #[link_name = stringify!($name)]
                fn target();
                fn __nx_ccall_sret(f: usize, out: *mut u8, nwords: usize, ...);
            }
            const WORDS: usize = 0 $(+ <$aty as $crate::ccall::NextArg>::WORDS)*;
            let mut out = core::mem::MaybeUninit::<$ret>::uninit();
            unsafe {
                __nx_ccall_sret(target as *const () as usize, out.as_mut_ptr() as *mut u8, WORDS $(, $arg)*);
                out.assume_init()
            }
        }
    )*};
}

/// Defines Rust functions callable from NeXT C code (results in d0, pointers included):
///
/// ```ignore
/// nextstep_sys::nextc_export! {
///     fn rust_find(s: *const u8, n: i32) -> *const u8 { unsafe { s.add(n as usize) } }
/// }
/// ```
#[macro_export]
macro_rules! nextc_export {
    ($( $(#[$m:meta])* fn $name:ident ( $($arg:ident : $aty:ty),* $(,)? ) $(-> $ret:ty)?
        $body:block )*) => {$(
        $(#[$m])*
        #[no_mangle]
        pub extern "C" fn $name($($arg: $aty),*)
            -> <$crate::__nx_ret_ty!($($ret)?) as $crate::ccall::NextRet>::Raw {
            const _: usize = 0 $(+ <$aty as $crate::ccall::NextArg>::WORDS)*;
            #[inline(always)]
            fn body($($arg: $aty),*) -> $crate::__nx_ret_ty!($($ret)?) $body
            <$crate::__nx_ret_ty!($($ret)?) as $crate::ccall::NextRet>::into_raw(body($($arg),*))
        }
    )*};
}

/// Defines Rust functions returning a struct to NeXT C callers (buffer in a1, caller pops):
///
/// ```ignore
/// #[repr(C)] pub struct Pair { a: i32, b: i32, c: i32 }
/// nextstep_sys::nextc_export_sret! {
///     fn rust_pair(a: i32, b: i32) -> Pair { Pair { a, b, c: a + b } }
/// }
/// ```
/// The C name (`rust_pair`) is an assembly stub; the Rust body is compiled as
/// `__nx_impl_rust_pair(out: *mut Pair, a, b)`. The stub is `global_asm!`, so the crate using
/// this macro needs `#![feature(asm_experimental_arch)]` (m68k inline assembly is unstable).
#[macro_export]
macro_rules! nextc_export_sret {
    ($( $(#[$m:meta])* fn $name:ident ( $($arg:ident : $aty:ty),* $(,)? ) -> $ret:ty
        $body:block )*) => {$(
        const _: () = {
            $(#[$m])*
            #[export_name = concat!("__nx_impl_", stringify!($name))]
            extern "C" fn $name(out: *mut $ret, $($arg: $aty),*) {
                #[inline(always)]
                fn body($($arg: $aty),*) -> $ret $body
                unsafe { out.write(body($($arg),*)) }
            }
        };
        // The stub: copy the caller's argument words below a new frame, push a1 as the hidden
        // first argument, call the body, drop the frame (a6 is callee-saved on both sides).
        // Text accepted by LLVM's M68k parser and GNU as (see lib.rs): no tst/subq/dbra.
        core::arch::global_asm!(
            "    .text",
            concat!("    .globl ", stringify!($name)),
            concat!("    .type ", stringify!($name), ",@function"),
            concat!(stringify!($name), ":"),
            "    link.w %a6,#0",
            "    move.l #{n},%d0",
            "    lea 8(%a6),%a0",
            "    adda.l #{nb},%a0",
            concat!("    bra .Lnx_x_", stringify!($name), "_test"),
            concat!(".Lnx_x_", stringify!($name), "_loop:"),
            "    suba.l #4,%a0",
            "    move.l (%a0),-(%sp)",
            concat!(".Lnx_x_", stringify!($name), "_test:"),
            "    sub.l #1,%d0",
            concat!("    bpl .Lnx_x_", stringify!($name), "_loop"),
            "    move.l %a1,-(%sp)",
            concat!("    jsr __nx_impl_", stringify!($name)),
            "    unlk %a6",
            "    rts",
            n = const 0 $(+ <$aty as $crate::ccall::NextArg>::WORDS)*,
            nb = const 4 * (0 $(+ <$aty as $crate::ccall::NextArg>::WORDS)*),
        );
    )*};
}

// void __nx_ccall_sret(fn, buffer, nwords, word1 .. wordN)   [LLVM C convention, caller pops]
// entry: 0(sp) = return address, 4 = fn, 8 = buffer, 12 = nwords, 16.. = the argument words.
// Copies the words into a new frame (last first, so they end up in order), loads the struct
// buffer into a1 and calls fn with NeXT's convention; unlk drops the copies. Same two-assembler
// text rules as lib.rs.
#[cfg(target_arch = "m68k")]
core::arch::global_asm!(
    "    .text",
    "    .globl __nx_ccall_sret",
    "    .type __nx_ccall_sret,@function",
    "__nx_ccall_sret:",
    "    link.w %a6,#0",          // a6: 4 = return, 8 = fn, 12 = buffer, 16 = n, 20.. = words
    "    move.l 16(%a6),%d0",
    "    move.l %d0,%d1",
    "    lsl.l #2,%d1",
    "    lea 20(%a6),%a0",
    "    adda.l %d1,%a0",          // a0 = just past the last word
    "    bra .Lnx_cs_test",
    ".Lnx_cs_loop:",
    "    suba.l #4,%a0",
    "    move.l (%a0),-(%sp)",
    ".Lnx_cs_test:",
    "    sub.l #1,%d0",
    "    bpl .Lnx_cs_loop",
    "    move.l 12(%a6),%a1",     // NeXT's struct-value register
    "    move.l 8(%a6),%a0",
    "    jsr (%a0)",
    "    unlk %a6",
    "    rts",
);
