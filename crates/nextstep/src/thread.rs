//! `thread::sleep` and `yield_now`. The runtime is single-threaded: there is no `spawn`.
//!
//! `sleep` waits in `select(0, NULL, NULL, NULL, &timeout)` (Unix call 93), the 4.3BSD way to
//! sleep with microsecond resolution without touching signals or timers. A signal handler that
//! interrupts it (`EINTR`) does not shorten the sleep: the remaining time is recomputed from
//! `gettimeofday` and the wait resumed.

use crate::time::{Duration, Instant};
use nextstep_sys as sys;

/// Blocks for at least `dur` (rounded up to whole microseconds).
pub fn sleep(dur: Duration) {
    if dur.is_zero() {
        return;
    }
    let start = Instant::now();
    let mut left = dur;
    loop {
        let usec_total = left.subsec_nanos().div_ceil(1000);
        let mut tv = sys::timeval {
            // Cap at ~68 years; longer sleeps just loop.
            tv_sec: core::cmp::min(left.as_secs(), i32::MAX as u64 / 2) as i32,
            tv_usec: usec_total as i32,
        };
        if tv.tv_usec >= 1_000_000 {
            tv.tv_sec += 1;
            tv.tv_usec -= 1_000_000;
        }
        let r = unsafe {
            sys::select(0, core::ptr::null_mut(), core::ptr::null_mut(), core::ptr::null_mut(), &mut tv)
        };
        if r < 0 && r != -sys::EINTR {
            panic!("thread::sleep: select failed: {}", crate::io::Error::from_raw_os_error(-r));
        }
        let done = start.elapsed();
        if done >= dur {
            return;
        }
        left = dur - done;
    }
}

/// Blocks for at least `ms` milliseconds (deprecated in `std`, kept for old code).
pub fn sleep_ms(ms: u32) {
    sleep(Duration::from_millis(ms as u64))
}

/// How many threads a program can usefully run, like `std::thread::available_parallelism`:
/// always 1 (NeXT machines have one CPU, and this runtime has no threads).
pub fn available_parallelism() -> crate::io::Result<core::num::NonZeroUsize> {
    Ok(core::num::NonZeroUsize::MIN)
}

/// Gives up the processor (a no-op: there are no other threads to run).
pub fn yield_now() {}
