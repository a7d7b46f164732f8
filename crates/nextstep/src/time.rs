//! Time, shaped like `std::time`: [`Instant`], [`SystemTime`], [`UNIX_EPOCH`], and `core`'s
//! [`Duration`].
//!
//! Both clocks read `gettimeofday` (Unix call 116, microsecond resolution). NeXTSTEP 3.3 has no
//! monotonic clock call, so unlike `std` an `Instant` can go backwards if the system time is
//! set; `Instant::duration_since` and `elapsed` then saturate to zero (as `std` does too).

use core::fmt;
use core::ops::{Add, AddAssign, Sub, SubAssign};
pub use core::time::{Duration, TryFromFloatSecsError};
use nextstep_sys as sys;

/// Seconds and nanoseconds since 1970 from `gettimeofday`.
fn now_unix() -> (i64, u32) {
    let mut tv = sys::timeval::default();
    let r = unsafe { sys::gettimeofday(&mut tv, core::ptr::null_mut()) };
    if r < 0 {
        panic!("gettimeofday failed: {}", crate::io::Error::from_raw_os_error(-r));
    }
    (tv.tv_sec as i64, tv.tv_usec as u32 * 1000)
}

/// A time stored as signed seconds plus nanoseconds (0..1e9), both clocks' representation.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Timespec {
    secs: i64,
    nanos: u32,
}

impl Timespec {
    fn sub_timespec(&self, other: &Timespec) -> Result<Duration, Duration> {
        if self >= other {
            let (secs, nanos) = if self.nanos >= other.nanos {
                ((self.secs - other.secs) as u64, self.nanos - other.nanos)
            } else {
                ((self.secs - other.secs - 1) as u64, self.nanos + 1_000_000_000 - other.nanos)
            };
            Ok(Duration::new(secs, nanos))
        } else {
            match other.sub_timespec(self) {
                Ok(d) => Err(d),
                Err(d) => Ok(d),
            }
        }
    }
    fn checked_add(&self, d: Duration) -> Option<Timespec> {
        let mut secs = self.secs.checked_add(i64::try_from(d.as_secs()).ok()?)?;
        let mut nanos = self.nanos + d.subsec_nanos();
        if nanos >= 1_000_000_000 {
            nanos -= 1_000_000_000;
            secs = secs.checked_add(1)?;
        }
        Some(Timespec { secs, nanos })
    }
    fn checked_sub(&self, d: Duration) -> Option<Timespec> {
        let mut secs = self.secs.checked_sub(i64::try_from(d.as_secs()).ok()?)?;
        let nanos = if self.nanos >= d.subsec_nanos() {
            self.nanos - d.subsec_nanos()
        } else {
            secs = secs.checked_sub(1)?;
            self.nanos + 1_000_000_000 - d.subsec_nanos()
        };
        Some(Timespec { secs, nanos })
    }
}

impl fmt::Debug for Timespec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Timespec").field("tv_sec", &self.secs).field("tv_nsec", &self.nanos).finish()
    }
}

/// A point in time for measuring durations (`std::time::Instant`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(Timespec);

impl Instant {
    pub fn now() -> Instant {
        let (secs, nanos) = now_unix();
        Instant(Timespec { secs, nanos })
    }
    /// Time from `earlier` to `self`; zero if `earlier` is later.
    pub fn duration_since(&self, earlier: Instant) -> Duration {
        self.checked_duration_since(earlier).unwrap_or_default()
    }
    pub fn checked_duration_since(&self, earlier: Instant) -> Option<Duration> {
        self.0.sub_timespec(&earlier.0).ok()
    }
    pub fn saturating_duration_since(&self, earlier: Instant) -> Duration {
        self.duration_since(earlier)
    }
    /// Time since `self`.
    pub fn elapsed(&self) -> Duration {
        Instant::now().duration_since(*self)
    }
    pub fn checked_add(&self, d: Duration) -> Option<Instant> {
        self.0.checked_add(d).map(Instant)
    }
    pub fn checked_sub(&self, d: Duration) -> Option<Instant> {
        self.0.checked_sub(d).map(Instant)
    }
}

impl Add<Duration> for Instant {
    type Output = Instant;
    fn add(self, d: Duration) -> Instant {
        self.checked_add(d).expect("overflow when adding duration to instant")
    }
}
impl AddAssign<Duration> for Instant {
    fn add_assign(&mut self, d: Duration) {
        *self = *self + d;
    }
}
impl Sub<Duration> for Instant {
    type Output = Instant;
    fn sub(self, d: Duration) -> Instant {
        self.checked_sub(d).expect("overflow when subtracting duration from instant")
    }
}
impl SubAssign<Duration> for Instant {
    fn sub_assign(&mut self, d: Duration) {
        *self = *self - d;
    }
}
impl Sub<Instant> for Instant {
    type Output = Duration;
    fn sub(self, other: Instant) -> Duration {
        self.duration_since(other)
    }
}
impl fmt::Debug for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Wall-clock time (`std::time::SystemTime`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SystemTime(Timespec);

/// 1970-01-01 00:00:00 UTC.
pub const UNIX_EPOCH: SystemTime = SystemTime(Timespec { secs: 0, nanos: 0 });

/// Returned by [`SystemTime::duration_since`] when the argument is later than `self`; holds
/// how much later.
#[derive(Clone, Debug)]
pub struct SystemTimeError(Duration);

impl SystemTimeError {
    pub fn duration(&self) -> Duration {
        self.0
    }
}

impl fmt::Display for SystemTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("second time provided was later than self")
    }
}

impl core::error::Error for SystemTimeError {}

impl SystemTime {
    pub const UNIX_EPOCH: SystemTime = UNIX_EPOCH;

    pub fn now() -> SystemTime {
        let (secs, nanos) = now_unix();
        SystemTime(Timespec { secs, nanos })
    }
    /// A time `secs` seconds and `nanos` nanoseconds after 1970 (`nanos` < 1e9).
    pub(crate) fn from_unix(secs: i64, nanos: u32) -> SystemTime {
        SystemTime(Timespec { secs, nanos })
    }
    pub fn duration_since(&self, earlier: SystemTime) -> Result<Duration, SystemTimeError> {
        self.0.sub_timespec(&earlier.0).map_err(SystemTimeError)
    }
    pub fn elapsed(&self) -> Result<Duration, SystemTimeError> {
        SystemTime::now().duration_since(*self)
    }
    pub fn checked_add(&self, d: Duration) -> Option<SystemTime> {
        self.0.checked_add(d).map(SystemTime)
    }
    pub fn checked_sub(&self, d: Duration) -> Option<SystemTime> {
        self.0.checked_sub(d).map(SystemTime)
    }
}

impl Add<Duration> for SystemTime {
    type Output = SystemTime;
    fn add(self, d: Duration) -> SystemTime {
        self.checked_add(d).expect("overflow when adding duration to instant")
    }
}
impl AddAssign<Duration> for SystemTime {
    fn add_assign(&mut self, d: Duration) {
        *self = *self + d;
    }
}
impl Sub<Duration> for SystemTime {
    type Output = SystemTime;
    fn sub(self, d: Duration) -> SystemTime {
        self.checked_sub(d).expect("overflow when subtracting duration from instant")
    }
}
impl SubAssign<Duration> for SystemTime {
    fn sub_assign(&mut self, d: Duration) {
        *self = *self - d;
    }
}
impl fmt::Debug for SystemTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SystemTime").field("tv_sec", &self.0.secs).field("tv_nsec", &self.0.nanos).finish()
    }
}
