//! The panic handler: prints the message the way `std` does and exits with status 101.
//!
//! Output (stderr): `thread 'main' panicked at FILE:LINE:COL:` and the message on the next line,
//! the text `std` used up to Rust 1.8x. NeXTSTEP programs built with this runtime are
//! single-threaded, so the thread is always `main`; newer `std` versions also print a blank line
//! before it and the OS thread id, which are left out here. There are no backtraces, so `std`'s
//! `note: run with RUST_BACKTRACE=1` line is not printed either. The status 101 is what a `std` program reports for a panic in `main` with
//! `panic=unwind`; with `panic=abort` (which this target uses) `std` would abort instead, but an
//! exit status is easier to test and to use from shell scripts.

use core::panic::PanicInfo;
use core::cell::UnsafeCell;

/// Exit status of a panicking program (same as `std`'s for a panic in `main`).
pub const PANIC_EXIT_STATUS: i32 = 101;

struct Flag(UnsafeCell<bool>);
// Single-threaded runtime (no atomics needed, and none that could become libcalls).
unsafe impl Sync for Flag {}
static PANICKING: Flag = Flag(UnsafeCell::new(false));

#[cfg(not(test))]
#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    let first = unsafe { !core::mem::replace(&mut *PANICKING.0.get(), true) };
    if !first {
        // Panic while printing a panic message: do not try to format anything again.
        let _ = crate::io::write_all(2, b"thread panicked while processing panic. aborting.\n");
        crate::process::abort();
    }
    let msg = info.message();
    let _ = match info.location() {
        Some(l) => crate::io::print_to(
            2,
            format_args!("thread 'main' panicked at {}:{}:{}:\n{}\n", l.file(), l.line(), l.column(), msg),
        ),
        None => crate::io::print_to(2, format_args!("thread 'main' panicked:\n{}\n", msg)),
    };
    crate::process::exit(PANIC_EXIT_STATUS)
}
