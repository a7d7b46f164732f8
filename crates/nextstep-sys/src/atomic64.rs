//! 64-bit atomic operations (`AtomicU64`, `AtomicI64`) for the 68k, which has no 64-bit
//! compare-and-swap (`cas2.l` compares two *separate* 32-bit words and is not implemented by the
//! 68060; LLVM's M68k backend does not use it either).
//!
//! The target specs say `"max-atomic-width": 64`, so Rust offers 64-bit atomics; LLVM lowers every
//! 8-, 16- and 32-bit atomic to an inline `cas.b`/`cas.w`/`cas.l` loop and every 64-bit one to a
//! call of the libatomic-style function of the same name with a `_8` suffix
//! (`__atomic_load_8(ptr, order)`, `__atomic_compare_exchange_8(ptr, expected, desired,
//! success_order, failure_order)`, ...; `fetch_max`/`fetch_min`/`fetch_update` become
//! compare-exchange loops around `__atomic_compare_exchange_8`). This module defines those
//! functions. Each one takes one global spin lock, does its read-modify-write with ordinary
//! 32-bit moves, and releases the lock; all orderings are treated as `SeqCst` (the lock's
//! acquire/release is at least as strong as anything asked for).
//!
//! The lock word is taken with `cas.b` (the `swap` of an `AtomicBool` compiles to a `cas.b` loop),
//! which is atomic even against other bus masters. Why this is correct on NeXTSTEP: every NeXT
//! machine is a uniprocessor and cthreads are Mach kernel threads scheduled preemptively on that
//! one CPU, so a thread that finds the lock taken spins until the scheduler preempts it (at the
//! latest at the end of its quantum) and lets the holder, which only needs a few instructions
//! more, finish and release the lock: no deadlock, at worst a wasted quantum. The operations are
//! *not* async-signal-safe: a signal handler that uses a 64-bit atomic while the interrupted code
//! of the same thread holds the lock spins forever (the same restriction as lock-based libatomic).
//! On a multiprocessor the algorithm stays correct (`cas` locks the bus, and the 68040 keeps
//! stores in order), but it would want a back-off that yields the CPU (Mach `swtch_pri`) instead
//! of pure spinning, per-address lock striping to avoid one global hot spot, and — on a CPU with
//! a weaker memory model — explicit barriers around the critical section.

use core::sync::atomic::{AtomicBool, Ordering};

/// The one lock that serializes every 64-bit atomic operation of the process.
static LOCK: AtomicBool = AtomicBool::new(false);

#[inline(always)]
fn with_lock<R>(f: impl FnOnce() -> R) -> R {
    while LOCK.swap(true, Ordering::Acquire) {
        while LOCK.load(Ordering::Relaxed) {
            core::hint::spin_loop();
        }
    }
    let r = f();
    LOCK.store(false, Ordering::Release);
    r
}

#[no_mangle]
pub unsafe extern "C" fn __atomic_load_8(p: *const u64, _order: i32) -> u64 {
    with_lock(|| core::ptr::read_volatile(p))
}

#[no_mangle]
pub unsafe extern "C" fn __atomic_store_8(p: *mut u64, v: u64, _order: i32) {
    with_lock(|| core::ptr::write_volatile(p, v))
}

#[no_mangle]
pub unsafe extern "C" fn __atomic_exchange_8(p: *mut u64, v: u64, _order: i32) -> u64 {
    with_lock(|| {
        let old = core::ptr::read_volatile(p);
        core::ptr::write_volatile(p, v);
        old
    })
}

/// Stores `desired` if `*p == *expected` and returns true; otherwise writes the current value
/// to `*expected` and returns false.
#[no_mangle]
pub unsafe extern "C" fn __atomic_compare_exchange_8(
    p: *mut u64,
    expected: *mut u64,
    desired: u64,
    _success: i32,
    _failure: i32,
) -> bool {
    let (ok, cur) = with_lock(|| {
        let cur = core::ptr::read_volatile(p);
        let ok = cur == *expected;
        if ok {
            core::ptr::write_volatile(p, desired);
        }
        (ok, cur)
    });
    if !ok {
        *expected = cur;
    }
    ok
}

macro_rules! fetch_op {
    ($name:ident, |$old:ident, $v:ident| $new:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(p: *mut u64, $v: u64, _order: i32) -> u64 {
            with_lock(|| {
                let $old = core::ptr::read_volatile(p);
                core::ptr::write_volatile(p, $new);
                $old
            })
        }
    };
}

fetch_op!(__atomic_fetch_add_8, |old, v| old.wrapping_add(v));
fetch_op!(__atomic_fetch_sub_8, |old, v| old.wrapping_sub(v));
fetch_op!(__atomic_fetch_and_8, |old, v| old & v);
fetch_op!(__atomic_fetch_or_8, |old, v| old | v);
fetch_op!(__atomic_fetch_xor_8, |old, v| old ^ v);
fetch_op!(__atomic_fetch_nand_8, |old, v| !(old & v));
