//! Floating-point library calls on the 68040 / 68882 FPU (cargo feature `fpu`).
//!
//! LLVM's M68k backend has no floating-point instruction selection: every `f32`/`f64` operation
//! becomes a call of a libgcc-style routine (`__adddf3`, `__mulsf3`, `__ltdf2`, `__fixdfsi`,
//! `sqrt`, ...), which `compiler_builtins` implements in integer arithmetic. With the feature
//! `fpu` this module defines the same symbols with the FPU doing the arithmetic. The results are
//! bit-identical to `compiler_builtins`' (verified by `tests/rust/float-diff*.t`: every routine on
//! ~23000 operand pairs, all pairs of ~50 edge cases plus 20000 pseudo-random bit patterns):
//!
//! * Rounding: the FPU computes in extended precision (64-bit mantissa, 15-bit exponent). For
//!   `f32` results that is harmless: the exact sum, product, quotient or root rounded to 64 bits
//!   and then to 24 (by `fmove.s`, which also denormalizes tiny results in one step) always gives
//!   the correctly rounded result, since 64 >= 2*24+2 (double rounding is innocuous when the
//!   intermediate precision is at least twice the final one plus two). For `f64` it is not, so
//!   the 68040 uses its double-rounding forms `fdadd`/`fdsub`/`fdmul`/`fddiv`/`fdsqrt`, and the
//!   68881/68882 (which lack them) set the FPCR rounding precision to double around `fadd` etc.
//!   Both round the mantissa to 53 bits but keep the extended exponent range, so a result below
//!   the smallest normal double (2^-1022) would be rounded twice, once to 53 bits and once more
//!   to the subnormal grid when stored. A subnormal sum or difference is always exact, so that
//!   only matters for `*` and `/`; there a result whose stored magnitude is at most about 2^-1022
//!   is recomputed "round to odd": the extended product or quotient is truncated (FPCR mode RZ)
//!   and its last bit set when it was inexact, then `fmove.d` rounds it once, correctly.
//! * Fast and slow path: each arithmetic routine does the FPU operation first and returns its
//!   result unless a check of the result's high word says it is special (NaN or infinite; for
//!   `*` and `/` also zero or tiny). Only then a cold function applies the rules below. A NaN
//!   operand always gives a NaN result, so operands need no check on the fast path. The fast
//!   path of the four f64 operations is assembly (see `fast_d!`).
//! * NaNs: the FPU's NaN rules differ from `compiler_builtins'` (which clears the sign of a NaN
//!   in `+`/`-`, keeps it in `*`/`/`, sets the quiet bit, and returns 0x7ff8...0 for an invalid
//!   operation and for any NaN or negative number given to `sqrt`), so the slow path rebuilds
//!   `compiler_builtins`' NaN in integer code: the operand NaN with the quiet bit set, or the
//!   canonical quiet NaN for inf-inf, 0*inf, 0/0, inf/inf. These payloads are specified by the
//!   soft-float code, so they are reproduced exactly, not left to the FPU. Comparisons detect a
//!   NaN operand with `fbun` and return compiler_builtins' "unordered" value. Zeros (signs
//!   included), infinities and subnormal operands need no special handling (IEEE behaviour is
//!   the same on both sides).
//! * Conversions to integers saturate and map NaN to 0 like `compiler_builtins`; the range checks
//!   are integer code, the conversion is `fmove.l` with FPCR mode RZ (the 68040 does not
//!   implement `fintrz` in hardware). 64-bit conversions use two 32-bit halves (exact in
//!   extended precision); float-to-64-bit for values beyond +-2^31 is integer code.
//! * Assumed FPU state: the FPCR as the kernel sets it at exec (round to nearest, extended
//!   precision, no exception traps enabled). Code that changes the FPCR gets results that differ
//!   from the soft-float (which always rounds to nearest). The FPU registers used are fp0 and
//!   fp1, which the m68k C ABI treats as scratch; LLVM's M68k backend never allocates FPU
//!   registers, so nothing else can live in them. qemu (next-run) implements the FPCR rounding
//!   precision and mode, `fsadd`/`fdadd`-style instructions and all of the above, but not the
//!   FPSR exception bits, which is why the inexact test below compares two roundings instead.
//! * 68040 hardware: every instruction used (`fmove`, `fadd`..`fddiv`, `fsqrt`/`fdsqrt`, `fcmp`,
//!   `fbcc`, `fmove` to/from FPCR/FPSR) is implemented in silicon; subnormal *operands* are not
//!   (the kernel's floating-point software package handles that "unimplemented data type" trap,
//!   slowly but correctly). The 68030 target (`isa-68040` feature absent) uses only 68881/68882
//!   instructions.
//!
//! Linking: `compiler_builtins` defines its routines with weak linkage (its `intrinsics!` macro
//! adds `#[linkage = "weak"]` on every non-Windows, non-Apple target), so a strong definition
//! here wins whenever it is loaded. `rt::start` (instantiated in the user's object) refers to
//! [`link`], so the archive member holding this module is always loaded, before `core` or
//! `compiler_builtins` are searched.
#![allow(clippy::missing_safety_doc)]

use core::arch::asm;

const SIGN64: u64 = 1 << 63;
const INF64: u64 = 0x7ff0_0000_0000_0000;
const QUIET64: u64 = 1 << 51;
const QNAN64: u64 = 0x7ff8_0000_0000_0000;
const SIGN32: u32 = 1 << 31;
const INF32: u32 = 0x7f80_0000;
const QUIET32: u32 = 1 << 22;
const QNAN32: u32 = 0x7fc0_0000;

/// Referenced from `rt::start` so that this module's archive member is always linked (see the
/// module documentation).
#[inline(never)]
pub fn link() -> usize {
    // `__adddf3` is defined by the `global_asm!` below, which need not land in the same codegen
    // unit (archive member) as the Rust functions: refer to both.
    extern "C" {
        fn __adddf3(a: f64, b: f64) -> f64;
    }
    __adddf3 as *const () as usize ^ sqrt as *const () as usize
}

// ---- the FPU sequences ----
//
// Operands go through memory: `fmove.d (aN),%fp0` loads a double, `fmove.d %fp0,(aN)` stores
// one with a single rounding to double precision (denormalizing if needed).

/// f64 binary operation rounded to double precision (not denormalized): `$op` is the 68881
/// mnemonic (`fadd`), `$op40` the 68040 double-rounding form (`fdadd`).
macro_rules! fpu_d {
    ($op:literal, $op40:literal, $a:expr, $b:expr) => {{
        let mut r: f64 = 0.0;
        #[cfg(target_feature = "isa-68040")]
        asm!(
            "fmove.d ({a}),%fp0",
            concat!($op40, ".d ({b}),%fp0"),
            "fmove.d %fp0,({r})",
            a = in(reg_addr) $a as *const f64,
            b = in(reg_addr) $b as *const f64,
            r = in(reg_addr) &mut r as *mut f64,
            options(nostack)
        );
        #[cfg(not(target_feature = "isa-68040"))]
        asm!(
            "fmove.l %fpcr,{s}",
            "fmove.l #0x80,%fpcr", // rounding precision double, round to nearest, no traps
            "fmove.d ({a}),%fp0",
            concat!($op, ".d ({b}),%fp0"),
            "fmove.d %fp0,({r})",
            "fmove.l {s},%fpcr",
            a = in(reg_addr) $a as *const f64,
            b = in(reg_addr) $b as *const f64,
            r = in(reg_addr) &mut r as *mut f64,
            s = out(reg_data) _,
            options(nostack)
        );
        r
    }};
}

/// f64 multiply or divide of two non-zero finite magnitudes `$a`, `$b` (sign bits clear),
/// correctly rounded to double even in the subnormal range: the extended-precision result is
/// computed truncated (FPCR mode RZ) and rounded up (mode RP); if they differ the operation was
/// inexact and the truncated mantissa gets its last bit set ("round to odd": a sticky bit 11 or
/// more places below a double's last bit), then `fmove.d` rounds that once, to nearest. (The
/// inexact flag FPSR.INEX2 would say the same in one operation, but qemu does not maintain the
/// FPSR exception bits, and the tests run there.)
macro_rules! fpu_d_odd {
    ($op:literal, $a:expr, $b:expr) => {{
        let mut x = [0u32; 3];
        let mut y = [0u32; 3];
        asm!(
            "fmove.l %fpcr,{s}",
            "fmove.l #0x10,%fpcr", // extended precision, round toward zero
            "fmove.d ({a}),%fp0",
            concat!($op, ".d ({b}),%fp0"),
            "fmove.x %fp0,({x})",
            "fmove.l #0x30,%fpcr", // extended precision, round toward +infinity
            "fmove.d ({a}),%fp0",
            concat!($op, ".d ({b}),%fp0"),
            "fmove.x %fp0,({y})",
            "fmove.l {s},%fpcr",
            a = in(reg_addr) $a as *const f64,
            b = in(reg_addr) $b as *const f64,
            x = in(reg_addr) x.as_mut_ptr(),
            y = in(reg_addr) y.as_mut_ptr(),
            s = out(reg_data) _,
            options(nostack)
        );
        if x != y {
            x[2] |= 1; // inexact: make the truncated mantissa odd (sticky bit)
        }
        let mut r: f64 = 0.0;
        asm!(
            "fmove.l %fpcr,{s}",
            "fmove.l #0,%fpcr", // extended precision, round to nearest
            "fmove.x ({x}),%fp0",
            "fmove.d %fp0,({r})",
            "fmove.l {s},%fpcr",
            x = in(reg_addr) x.as_ptr(),
            r = in(reg_addr) &mut r as *mut f64,
            s = out(reg_data) _,
            options(nostack)
        );
        r
    }};
}

/// The slow path of `__muldf3`/`__divdf3` for tiny results: operands' magnitudes through
/// [`fpu_d_odd`], then the sign of the product or quotient.
#[inline(never)]
fn tiny_d(ab: u64, bb: u64, div: bool) -> f64 {
    let (a, b) = (f64::from_bits(ab & !SIGN64), f64::from_bits(bb & !SIGN64));
    let r = unsafe {
        if div {
            fpu_d_odd!("fdiv", &a, &b)
        } else {
            fpu_d_odd!("fmul", &a, &b)
        }
    };
    f64::from_bits(r.to_bits() | ((ab ^ bb) & SIGN64))
}

/// f32 binary operation in extended precision, rounded once to single.
macro_rules! fpu_s {
    ($op:literal, $a:expr, $b:expr) => {{
        let mut r: f32 = 0.0;
        asm!(
            "fmove.s ({a}),%fp0",
            concat!($op, ".s ({b}),%fp0"),
            "fmove.s %fp0,({r})",
            a = in(reg_addr) $a as *const f32,
            b = in(reg_addr) $b as *const f32,
            r = in(reg_addr) &mut r as *mut f32,
            options(nostack)
        );
        r
    }};
}

// ---- f64 arithmetic ----

#[inline(always)]
fn fix_nan64(r: f64) -> f64 {
    if r.to_bits() & !SIGN64 > INF64 {
        f64::from_bits(QNAN64)
    } else {
        r
    }
}

#[inline(always)]
fn add_nan64(a: u64, b: u64) -> Option<f64> {
    let (aa, ba) = (a & !SIGN64, b & !SIGN64);
    if aa > INF64 {
        Some(f64::from_bits(aa | QUIET64))
    } else if ba > INF64 {
        Some(f64::from_bits(ba | QUIET64))
    } else {
        None
    }
}

#[inline(always)]
fn mul_nan64(a: u64, b: u64) -> Option<f64> {
    if a & !SIGN64 > INF64 {
        Some(f64::from_bits(a | QUIET64))
    } else if b & !SIGN64 > INF64 {
        Some(f64::from_bits(b | QUIET64))
    } else {
        None
    }
}

/// `+`/`-` with a NaN or infinite result: compiler_builtins' NaN rules.
#[cold]
#[inline(never)]
fn add_slow_d(a: f64, b: f64, r: f64) -> f64 {
    match add_nan64(a.to_bits(), b.to_bits()) {
        Some(n) => n,
        None => fix_nan64(r),
    }
}

/// `*`/`/` with a special result: NaN rules, then the round-to-odd recomputation of tiny results.
#[cold]
#[inline(never)]
fn mul_slow_d(a: f64, b: f64, r: f64, div: bool) -> f64 {
    let (ab, bb) = (a.to_bits(), b.to_bits());
    if let Some(n) = mul_nan64(ab, bb) {
        return n;
    }
    let ra = r.to_bits() & !SIGN64;
    // 0*x, x*0, 0/x and x/inf are exact zeros; any other zero or tiny result is recomputed.
    let exact_zero = ab & !SIGN64 == 0 || bb & !SIGN64 == if div { INF64 } else { 0 };
    if ra < 0x0010_0001_0000_0000 && !(ra == 0 && exact_zero) {
        return tiny_d(ab, bb, div);
    }
    fix_nan64(r)
}

// The four f64 operations' fast path is assembly (`fast_d!`): it works on the operands where
// the caller left them (4(sp) and 12(sp)), returns the result through the stack in d0:d1, and
// tests the result's high word (`add_check!`, `mul_check!`); only a special result jumps, with
// the stack as it was at entry, to `__nx<name>_slow` (`__nx__muldf3_slow` ...), a Rust function
// of the same signature that recomputes the result and applies the rules above. That leaves out
// a Rust function's frame, register saves and argument copies: on the 68040 11 instructions
// instead of 24 (bench/float.sh counts them). The 68881/68882 form (no `fdadd` etc.) sets the
// FPCR rounding precision to double around the operation, keeping the caller's FPCR in d1.
//
// rustc hands module-level assembly to LLVM's M68k assembly parser (to list the symbols it
// defines), and that parser knows no FPU instruction and few operand forms. So the FPU
// instructions are written as their encodings (checked against GNU as in
// tests/rust/float-link.t), the branch to the slow path is `lea`+`jmp (%a0)` (a0 is a scratch
// register), and the stack is popped with `lea`.
macro_rules! fast_d {
    ($name:literal, $op:literal, $check:ident) => {
        concat!(
            ".section .text.", $name, ",\"ax\",@progbits\n",
            ".globl ", $name, "\n",
            ".type ", $name, ",@function\n",
            ".p2align 1\n",
            $name, ":\n",
            fpcr_double!(),
            ".short 0xf22f, 0x5400, 0x0004\n",   // fmove.d 4(%sp),%fp0
            ".short 0xf22f, ", $op, ", 0x000c\n", // f<op>.d 12(%sp),%fp0
            ".short 0xf227, 0x7400\n",           // fmove.d %fp0,-(%sp)
            fpcr_restore!(),
            "move.l (%sp),%d0\n",
            "move.l %d0,%d1\n",
            $check!(), " .L", $name, "_slow\n",
            "move.l (4,%sp),%d1\n",
            "lea (8,%sp),%sp\n",
            "rts\n",
            ".L", $name, "_slow:\n",
            "lea (8,%sp),%sp\n",
            "lea __nx", $name, "_slow,%a0\n",
            "jmp (%a0)\n",
            ".size ", $name, ",.-", $name, "\n",
        )
    };
}

// 68881/68882: `fmove.l %fpcr,%d1; fmove.l #0x80,%fpcr` (rounding precision double, round to
// nearest, no traps) before the operation and `fmove.l %d1,%fpcr` after it. The 68040 rounds
// to double in the instruction itself (`fdadd` ...).
#[cfg(not(target_feature = "isa-68040"))]
macro_rules! fpcr_double {
    () => {
        ".short 0xf201, 0xb000\n.short 0xf23c, 0x9000, 0x0000, 0x0080\n"
    };
}
#[cfg(not(target_feature = "isa-68040"))]
macro_rules! fpcr_restore {
    () => {
        ".short 0xf201, 0x9000\n"
    };
}
#[cfg(target_feature = "isa-68040")]
macro_rules! fpcr_double {
    () => {
        ""
    };
}
#[cfg(target_feature = "isa-68040")]
macro_rules! fpcr_restore {
    () => {
        ""
    };
}

// The tests of the result's high word in d1, each ending with the branch taken when the FPU's
// result is not final. `add_check!`: NaN or infinite (exponent field all ones); a subnormal sum
// or difference is exact, so its double rounding is harmless. `mul_check!`: also zero,
// subnormal, or so close to the smallest normal that it may have been rounded twice (magnitude
// up to 2^-1022 * (1 + 2^-20)): (high word & 0x7fffffff) - 0x00100001 >= 0x7fdfffff, unsigned.
macro_rules! add_check {
    () => {
        "and.l #0x7ff00000,%d1\ncmpi.l #0x7ff00000,%d1\nbeq"
    };
}
macro_rules! mul_check {
    () => {
        "and.l #0x7fffffff,%d1\nsub.l #0x00100001,%d1\ncmpi.l #0x7fdfffff,%d1\nbcc"
    };
}

// The second command word of f<op>.d <ea>,%fp0: source format double (5 << 10), register fp0,
// and the opmode: the 68040's fdadd 0x66, fdsub 0x6c, fdmul 0x67, fddiv 0x64, or the 68881's
// fadd 0x22, fsub 0x28, fmul 0x23, fdiv 0x20.
#[cfg(target_feature = "isa-68040")]
core::arch::global_asm!(
    fast_d!("__adddf3", "0x5466", add_check),
    fast_d!("__subdf3", "0x546c", add_check),
    fast_d!("__muldf3", "0x5467", mul_check),
    fast_d!("__divdf3", "0x5464", mul_check),
);
#[cfg(not(target_feature = "isa-68040"))]
core::arch::global_asm!(
    fast_d!("__adddf3", "0x5422", add_check),
    fast_d!("__subdf3", "0x5428", add_check),
    fast_d!("__muldf3", "0x5423", mul_check),
    fast_d!("__divdf3", "0x5420", mul_check),
);

#[no_mangle]
extern "C" fn __nx__adddf3_slow(a: f64, b: f64) -> f64 {
    add_slow_d(a, b, unsafe { fpu_d!("fadd", "fdadd", &a, &b) })
}

#[no_mangle]
extern "C" fn __nx__subdf3_slow(a: f64, b: f64) -> f64 {
    add_slow_d(a, b, unsafe { fpu_d!("fsub", "fdsub", &a, &b) })
}

#[no_mangle]
extern "C" fn __nx__muldf3_slow(a: f64, b: f64) -> f64 {
    mul_slow_d(a, b, unsafe { fpu_d!("fmul", "fdmul", &a, &b) }, false)
}

#[no_mangle]
extern "C" fn __nx__divdf3_slow(a: f64, b: f64) -> f64 {
    mul_slow_d(a, b, unsafe { fpu_d!("fdiv", "fddiv", &a, &b) }, true)
}

#[no_mangle]
pub extern "C" fn sqrt(x: f64) -> f64 {
    let xb = x.to_bits();
    // compiler_builtins (libm): NaN or negative non-zero -> the canonical quiet NaN.
    if (xb >> 32) as u32 >= 0x7ff0_0000 && xb > INF64 && xb != SIGN64 {
        return f64::from_bits(QNAN64);
    }
    let mut r: f64 = 0.0;
    unsafe {
        #[cfg(target_feature = "isa-68040")]
        asm!(
            "fdsqrt.d ({a}),%fp0",
            "fmove.d %fp0,({r})",
            a = in(reg_addr) &x as *const f64,
            r = in(reg_addr) &mut r as *mut f64,
            options(nostack)
        );
        #[cfg(not(target_feature = "isa-68040"))]
        asm!(
            "fmove.l %fpcr,{s}",
            "fmove.l #0x80,%fpcr",
            "fsqrt.d ({a}),%fp0",
            "fmove.d %fp0,({r})",
            "fmove.l {s},%fpcr",
            a = in(reg_addr) &x as *const f64,
            r = in(reg_addr) &mut r as *mut f64,
            s = out(reg_data) _,
            options(nostack)
        );
    }
    r
}

// ---- f32 arithmetic ----

#[inline(always)]
fn fix_nan32(r: f32) -> f32 {
    if r.to_bits() & !SIGN32 > INF32 {
        f32::from_bits(QNAN32)
    } else {
        r
    }
}

#[inline(always)]
fn add_nan32(a: u32, b: u32) -> Option<f32> {
    let (aa, ba) = (a & !SIGN32, b & !SIGN32);
    if aa > INF32 {
        Some(f32::from_bits(aa | QUIET32))
    } else if ba > INF32 {
        Some(f32::from_bits(ba | QUIET32))
    } else {
        None
    }
}

#[inline(always)]
fn mul_nan32(a: u32, b: u32) -> Option<f32> {
    if a & !SIGN32 > INF32 {
        Some(f32::from_bits(a | QUIET32))
    } else if b & !SIGN32 > INF32 {
        Some(f32::from_bits(b | QUIET32))
    } else {
        None
    }
}

/// An f32 result computed in extended precision and rounded once is final unless it is NaN or
/// infinite (then compiler_builtins' NaN rules apply).
#[inline(always)]
fn special_s(r: f32) -> bool {
    r.to_bits() & INF32 == INF32
}

#[cold]
#[inline(never)]
fn add_slow_s(a: f32, b: f32, r: f32) -> f32 {
    match add_nan32(a.to_bits(), b.to_bits()) {
        Some(n) => n,
        None => fix_nan32(r),
    }
}

#[cold]
#[inline(never)]
fn mul_slow_s(a: f32, b: f32, r: f32) -> f32 {
    match mul_nan32(a.to_bits(), b.to_bits()) {
        Some(n) => n,
        None => fix_nan32(r),
    }
}

#[no_mangle]
pub extern "C" fn __addsf3(a: f32, b: f32) -> f32 {
    let r = unsafe { fpu_s!("fadd", &a, &b) };
    if special_s(r) {
        return add_slow_s(a, b, r);
    }
    r
}

#[no_mangle]
pub extern "C" fn __subsf3(a: f32, b: f32) -> f32 {
    let r = unsafe { fpu_s!("fsub", &a, &b) };
    if special_s(r) {
        return add_slow_s(a, b, r);
    }
    r
}

#[no_mangle]
pub extern "C" fn __mulsf3(a: f32, b: f32) -> f32 {
    let r = unsafe { fpu_s!("fmul", &a, &b) };
    if special_s(r) {
        return mul_slow_s(a, b, r);
    }
    r
}

#[no_mangle]
pub extern "C" fn __divsf3(a: f32, b: f32) -> f32 {
    let r = unsafe { fpu_s!("fdiv", &a, &b) };
    if special_s(r) {
        return mul_slow_s(a, b, r);
    }
    r
}

#[no_mangle]
pub extern "C" fn sqrtf(x: f32) -> f32 {
    let xb = x.to_bits();
    if xb > INF32 && xb != SIGN32 {
        return f32::from_bits(QNAN32);
    }
    let mut r: f32 = 0.0;
    unsafe {
        asm!(
            "fsqrt.s ({a}),%fp0",
            "fmove.s %fp0,({r})",
            a = in(reg_addr) &x as *const f32,
            r = in(reg_addr) &mut r as *mut f32,
            options(nostack)
        );
    }
    r
}

// ---- comparisons ----
//
// compiler_builtins' results: -1 less, 0 equal, 1 greater; unordered (a NaN operand) is 1 for
// eq/ne/lt/le and -1 for ge/gt; __unord*2 is 1 or 0.

macro_rules! fpu_cmp {
    ($size:literal, $ty:ty, $unord:literal, $a:expr, $b:expr) => {{
        let r: i32;
        asm!(
            concat!("fmove.", $size, " ({a}),%fp0"),
            concat!("fcmp.", $size, " ({b}),%fp0"),
            concat!("moveq #", $unord, ",{r}"),
            "fbun 2f", // a NaN operand
            "moveq #0,{r}",
            "fbeq 2f",
            "moveq #1,{r}",
            "fbogt 2f",
            "moveq #-1,{r}",
            "2:",
            a = in(reg_addr) $a as *const $ty,
            b = in(reg_addr) $b as *const $ty,
            r = out(reg_data) r,
            options(nostack)
        );
        r
    }};
}

macro_rules! cmp_fns {
    ($ty:ty, $size:literal, $sign:expr, $inf:expr, $unord:ident,
     le: $($le:ident),* ; ge: $($ge:ident),*) => {
        #[no_mangle]
        pub extern "C" fn $unord(a: $ty, b: $ty) -> i32 {
            ((a.to_bits() & !$sign > $inf) || (b.to_bits() & !$sign > $inf)) as i32
        }
        $(
            #[no_mangle]
            pub extern "C" fn $le(a: $ty, b: $ty) -> i32 {
                unsafe { fpu_cmp!($size, $ty, "1", &a, &b) }
            }
        )*
        $(
            #[no_mangle]
            pub extern "C" fn $ge(a: $ty, b: $ty) -> i32 {
                unsafe { fpu_cmp!($size, $ty, "-1", &a, &b) }
            }
        )*
    };
}

cmp_fns!(f64, "d", SIGN64, INF64, __unorddf2, le: __eqdf2, __nedf2, __ltdf2, __ledf2; ge: __gtdf2, __gedf2);
cmp_fns!(f32, "s", SIGN32, INF32, __unordsf2, le: __eqsf2, __nesf2, __ltsf2, __lesf2; ge: __gtsf2, __gesf2);

// ---- conversions between f32 and f64 ----

#[no_mangle]
pub extern "C" fn __extendsfdf2(a: f32) -> f64 {
    let ab = a.to_bits();
    if ab & !SIGN32 > INF32 {
        // compiler_builtins keeps the payload (and a signalling NaN stays signalling).
        return f64::from_bits(
            ((ab & SIGN32) as u64) << 32 | INF64 | ((ab & (QUIET32 | (QUIET32 - 1))) as u64) << 29,
        );
    }
    let mut r: f64 = 0.0;
    unsafe {
        asm!(
            "fmove.s ({a}),%fp0",
            "fmove.d %fp0,({r})",
            a = in(reg_addr) &a as *const f32,
            r = in(reg_addr) &mut r as *mut f64,
            options(nostack)
        );
    }
    r
}

#[no_mangle]
pub extern "C" fn __truncdfsf2(a: f64) -> f32 {
    let ab = a.to_bits();
    if ab & !SIGN64 > INF64 {
        // compiler_builtins: quiet NaN with the top bits of the payload.
        let payload = ((ab & (QUIET64 - 1)) >> 29) as u32 & (QUIET32 - 1);
        return f32::from_bits(((ab >> 32) as u32 & SIGN32) | INF32 | QUIET32 | payload);
    }
    let mut r: f32 = 0.0;
    unsafe {
        asm!(
            "fmove.d ({a}),%fp0",
            "fmove.s %fp0,({r})",
            a = in(reg_addr) &a as *const f64,
            r = in(reg_addr) &mut r as *mut f32,
            options(nostack)
        );
    }
    r
}

// ---- float to integer ----

/// Truncates `x` (|x| < 2^31 after the caller's checks; `bias` 0 or 2^31 is subtracted first,
/// exactly, for unsigned values in [2^31, 2^32)) with `fmove.l` in round-toward-zero mode.
macro_rules! fpu_trunc {
    ($size:literal, $ty:ty, $x:expr, $bias:expr) => {{
        let r: i32;
        let bias: f64 = $bias;
        asm!(
            "fmove.l %fpcr,{s}",
            "fmove.l #0x10,%fpcr", // round toward zero
            concat!("fmove.", $size, " ({x}),%fp0"),
            "fsub.d ({b}),%fp0",
            "fmove.l %fp0,{r}",
            "fmove.l {s},%fpcr",
            x = in(reg_addr) $x as *const $ty,
            b = in(reg_addr) &bias as *const f64,
            r = out(reg_data) r,
            s = out(reg_data) _,
            options(nostack)
        );
        r
    }};
}

const TWO31_F64: f64 = 2147483648.0;

/// compiler_builtins' saturating conversion (`float_to_int_inner`) in integer arithmetic, for
/// the 64-bit cases beyond the FPU's 32-bit `fmove.l`. `abs` is the magnitude's bit pattern,
/// `neg` the sign, `bits` the integer width (64), `signed` whether the result is signed.
fn to_int64(abs: u64, neg: bool, sig_bits: u32, bias: u32, signed: bool) -> u64 {
    let one_bits = (bias as u64) << sig_bits;
    let exp_mask = (2 * bias as u64 + 1) << sig_bits;
    let int_max_exp = bias + if signed { 63 } else { 64 };
    if abs > exp_mask {
        return 0; // NaN
    }
    if !signed && neg {
        return 0; // negative (or -0, or NaN already handled) to unsigned: 0
    }
    if abs < one_bits {
        return 0;
    }
    if abs < (int_max_exp as u64) << sig_bits {
        let m = (1u64 << 63) | (abs << (63 - sig_bits));
        let s = bias + 63 - (abs >> sig_bits) as u32;
        let u = m >> s;
        return if neg { u.wrapping_neg() } else { u };
    }
    if !signed {
        u64::MAX
    } else if neg {
        i64::MIN as u64
    } else {
        i64::MAX as u64
    }
}

#[no_mangle]
pub extern "C" fn __fixdfsi(a: f64) -> i32 {
    let abs = a.to_bits() & !SIGN64;
    if abs < 0x41e0_0000_0000_0000 {
        // |a| < 2^31
        unsafe { fpu_trunc!("d", f64, &a, 0.0) }
    } else if abs > INF64 {
        0
    } else if a.to_bits() & SIGN64 != 0 {
        i32::MIN
    } else {
        i32::MAX
    }
}

#[no_mangle]
pub extern "C" fn __fixunsdfsi(a: f64) -> u32 {
    let b = a.to_bits();
    if b < 0x41e0_0000_0000_0000 {
        // 0 <= a < 2^31 (sign clear)
        (unsafe { fpu_trunc!("d", f64, &a, 0.0) }) as u32
    } else if b < 0x41f0_0000_0000_0000 {
        // 2^31 <= a < 2^32
        (unsafe { fpu_trunc!("d", f64, &a, TWO31_F64) }) as u32 ^ 0x8000_0000
    } else if b <= INF64 {
        u32::MAX
    } else {
        0 // NaN or negative
    }
}

#[no_mangle]
pub extern "C" fn __fixsfsi(a: f32) -> i32 {
    let abs = a.to_bits() & !SIGN32;
    if abs < 0x4f00_0000 {
        unsafe { fpu_trunc!("s", f32, &a, 0.0) }
    } else if abs > INF32 {
        0
    } else if a.to_bits() & SIGN32 != 0 {
        i32::MIN
    } else {
        i32::MAX
    }
}

#[no_mangle]
pub extern "C" fn __fixunssfsi(a: f32) -> u32 {
    let b = a.to_bits();
    if b < 0x4f00_0000 {
        (unsafe { fpu_trunc!("s", f32, &a, 0.0) }) as u32
    } else if b < 0x4f80_0000 {
        (unsafe { fpu_trunc!("s", f32, &a, TWO31_F64) }) as u32 ^ 0x8000_0000
    } else if b <= INF32 {
        u32::MAX
    } else {
        0
    }
}

#[no_mangle]
pub extern "C" fn __fixdfdi(a: f64) -> i64 {
    let b = a.to_bits();
    if b & !SIGN64 < 0x41e0_0000_0000_0000 {
        (unsafe { fpu_trunc!("d", f64, &a, 0.0) }) as i64
    } else {
        to_int64(b & !SIGN64, b & SIGN64 != 0, 52, 1023, true) as i64
    }
}

#[no_mangle]
pub extern "C" fn __fixunsdfdi(a: f64) -> u64 {
    let b = a.to_bits();
    if b < 0x41e0_0000_0000_0000 {
        (unsafe { fpu_trunc!("d", f64, &a, 0.0) }) as u32 as u64
    } else {
        to_int64(b & !SIGN64, b & SIGN64 != 0, 52, 1023, false)
    }
}

#[no_mangle]
pub extern "C" fn __fixsfdi(a: f32) -> i64 {
    let b = a.to_bits();
    if b & !SIGN32 < 0x4f00_0000 {
        (unsafe { fpu_trunc!("s", f32, &a, 0.0) }) as i64
    } else {
        to_int64((b & !SIGN32) as u64, b & SIGN32 != 0, 23, 127, true) as i64
    }
}

#[no_mangle]
pub extern "C" fn __fixunssfdi(a: f32) -> u64 {
    let b = a.to_bits();
    if b < 0x4f00_0000 {
        (unsafe { fpu_trunc!("s", f32, &a, 0.0) }) as u32 as u64
    } else {
        to_int64((b & !SIGN32) as u64, b & SIGN32 != 0, 23, 127, false)
    }
}

// ---- integer to float ----
//
// The integer is built in fp0 exactly (extended precision holds 64 bits), then rounded once by
// the store. `hi` is taken signed or unsigned, `lo` always unsigned (2^32 is added when
// `fmove.l` read it as negative).

macro_rules! fpu_from_int {
    ($size:literal, $ty:ty, $hi:expr, $hi_unsigned:expr, $lo:expr) => {{
        let mut r: $ty = 0.0;
        let k: [f64; 2] = [4294967296.0, if $hi_unsigned { 4294967296.0 } else { 0.0 }];
        asm!(
            "fmove.l {hi},%fp0",
            "tst.l {hi}",
            "bpl 1f",
            "fadd.d 8({k}),%fp0", // unsigned high word read as negative
            "1:",
            "fmul.d ({k}),%fp0",
            "fmove.l {lo},%fp1",
            "tst.l {lo}",
            "bpl 2f",
            "fadd.d ({k}),%fp1",
            "2:",
            "fadd.x %fp1,%fp0",
            concat!("fmove.", $size, " %fp0,({r})"),
            hi = in(reg_data) $hi,
            lo = in(reg_data) $lo,
            k = in(reg_addr) k.as_ptr(),
            r = in(reg_addr) &mut r as *mut $ty,
            options(nostack)
        );
        r
    }};
}

macro_rules! fpu_from_i32 {
    ($size:literal, $ty:ty, $i:expr, $unsigned:expr) => {{
        let mut r: $ty = 0.0;
        let k: f64 = if $unsigned { 4294967296.0 } else { 0.0 };
        asm!(
            "fmove.l {i},%fp0",
            "tst.l {i}",
            "bpl 1f",
            "fadd.d ({k}),%fp0",
            "1:",
            concat!("fmove.", $size, " %fp0,({r})"),
            i = in(reg_data) $i,
            k = in(reg_addr) &k as *const f64,
            r = in(reg_addr) &mut r as *mut $ty,
            options(nostack)
        );
        r
    }};
}

#[no_mangle]
pub extern "C" fn __floatsidf(i: i32) -> f64 {
    unsafe { fpu_from_i32!("d", f64, i, false) }
}

#[no_mangle]
pub extern "C" fn __floatunsidf(i: u32) -> f64 {
    unsafe { fpu_from_i32!("d", f64, i, true) }
}

#[no_mangle]
pub extern "C" fn __floatsisf(i: i32) -> f32 {
    unsafe { fpu_from_i32!("s", f32, i, false) }
}

#[no_mangle]
pub extern "C" fn __floatunsisf(i: u32) -> f32 {
    unsafe { fpu_from_i32!("s", f32, i, true) }
}

#[no_mangle]
pub extern "C" fn __floatdidf(i: i64) -> f64 {
    unsafe { fpu_from_int!("d", f64, (i >> 32) as i32, false, i as i32) }
}

#[no_mangle]
pub extern "C" fn __floatundidf(i: u64) -> f64 {
    unsafe { fpu_from_int!("d", f64, (i >> 32) as i32, true, i as i32) }
}

#[no_mangle]
pub extern "C" fn __floatdisf(i: i64) -> f32 {
    unsafe { fpu_from_int!("s", f32, (i >> 32) as i32, false, i as i32) }
}

#[no_mangle]
pub extern "C" fn __floatundisf(i: u64) -> f32 {
    unsafe { fpu_from_int!("s", f32, (i >> 32) as i32, true, i as i32) }
}
