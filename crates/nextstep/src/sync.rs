//! `std::sync` for a single-threaded runtime: `alloc`'s `Arc` and `Weak`, `core`'s atomics, and
//! `Mutex`, `OnceLock` and `LazyLock` with `std`'s interfaces, so that globals written for `std`
//! (`static CACHE: Mutex<Vec<_>>`, `static CONFIG: OnceLock<_>`) compile and work.
//!
//! NeXTSTEP programs built with this runtime have one thread, so these types only have to
//! guard against re-entry: locking a `Mutex` that is already locked would wait forever in
//! `std` (a deadlock); here it panics with "deadlock: Mutex locked twice". `try_lock` reports
//! `WouldBlock`. A panic ends the process (panic=abort), so a lock is never poisoned, but the
//! `LockResult` types are `std`'s so that `.lock().unwrap()` reads the same. There is no
//! `RwLock`, `Condvar`, `Barrier`, `Once` or `mpsc`.

use core::cell::{Cell, UnsafeCell};
use core::fmt;
use core::ops::{Deref, DerefMut};

pub use alloc_crate::sync::*;
pub use core::sync::atomic;

/// Text shown unquoted in a `Debug` field (`<locked>`, `<uninit>`, as `std` shows them).
struct Placeholder(&'static str);

impl fmt::Debug for Placeholder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// Mutual exclusion around a `T` (`std::sync::Mutex`); see the module documentation.
pub struct Mutex<T: ?Sized> {
    locked: Cell<bool>,
    data: UnsafeCell<T>,
}

// Single-threaded runtime: there is no other thread to share with.
unsafe impl<T: ?Sized + Send> Sync for Mutex<T> {}

/// The lock of a [`Mutex`], released when dropped.
pub struct MutexGuard<'a, T: ?Sized + 'a> {
    lock: &'a Mutex<T>,
}

/// A lock whose holder panicked (never produced here: panics end the process).
pub struct PoisonError<T> {
    guard: T,
}

impl<T> PoisonError<T> {
    pub fn new(guard: T) -> PoisonError<T> {
        PoisonError { guard }
    }
    pub fn into_inner(self) -> T {
        self.guard
    }
    pub fn get_ref(&self) -> &T {
        &self.guard
    }
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.guard
    }
}

impl<T> fmt::Debug for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PoisonError").finish_non_exhaustive()
    }
}

impl<T> fmt::Display for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("poisoned lock: another task failed inside")
    }
}

impl<T> core::error::Error for PoisonError<T> {}

/// Why [`Mutex::try_lock`] failed.
pub enum TryLockError<T> {
    Poisoned(PoisonError<T>),
    WouldBlock,
}

impl<T> fmt::Debug for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TryLockError::Poisoned(..) => f.write_str("Poisoned(..)"),
            TryLockError::WouldBlock => f.write_str("WouldBlock"),
        }
    }
}

impl<T> fmt::Display for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TryLockError::Poisoned(p) => fmt::Display::fmt(p, f),
            TryLockError::WouldBlock => f.write_str("try_lock failed because the operation would block"),
        }
    }
}

impl<T> core::error::Error for TryLockError<T> {}

pub type LockResult<T> = Result<T, PoisonError<T>>;
pub type TryLockResult<T> = Result<T, TryLockError<T>>;

impl<T> Mutex<T> {
    pub const fn new(t: T) -> Mutex<T> {
        Mutex { locked: Cell::new(false), data: UnsafeCell::new(t) }
    }
    pub fn into_inner(self) -> LockResult<T> {
        Ok(self.data.into_inner())
    }
}

impl<T: ?Sized> Mutex<T> {
    /// Locks; panics if this (only) thread already holds the lock.
    pub fn lock(&self) -> LockResult<MutexGuard<'_, T>> {
        if self.locked.replace(true) {
            panic!("deadlock: Mutex locked twice");
        }
        Ok(MutexGuard { lock: self })
    }
    pub fn try_lock(&self) -> TryLockResult<MutexGuard<'_, T>> {
        if self.locked.replace(true) {
            return Err(TryLockError::WouldBlock);
        }
        Ok(MutexGuard { lock: self })
    }
    pub fn is_poisoned(&self) -> bool {
        false
    }
    pub fn clear_poison(&self) {}
    pub fn get_mut(&mut self) -> LockResult<&mut T> {
        Ok(self.data.get_mut())
    }
}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Mutex<T> {
        Mutex::new(T::default())
    }
}

impl<T> From<T> for Mutex<T> {
    fn from(t: T) -> Mutex<T> {
        Mutex::new(t)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Mutex<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Mutex");
        match self.try_lock() {
            Ok(guard) => d.field("data", &&*guard),
            Err(_) => d.field("data", &Placeholder("<locked>")),
        };
        d.field("poisoned", &false).finish_non_exhaustive()
    }
}

impl<T: ?Sized> Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.lock.data.get() }
    }
}

impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.lock.data.get() }
    }
}

impl<T: ?Sized> Drop for MutexGuard<'_, T> {
    fn drop(&mut self) {
        self.lock.locked.set(false);
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for MutexGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for MutexGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

/// A value set once (`std::sync::OnceLock`): `core::cell::OnceCell` made shareable.
pub struct OnceLock<T> {
    cell: core::cell::OnceCell<T>,
}

// Single-threaded runtime.
unsafe impl<T: Send + Sync> Sync for OnceLock<T> {}

impl<T> OnceLock<T> {
    pub const fn new() -> OnceLock<T> {
        OnceLock { cell: core::cell::OnceCell::new() }
    }
    pub fn get(&self) -> Option<&T> {
        self.cell.get()
    }
    pub fn get_mut(&mut self) -> Option<&mut T> {
        self.cell.get_mut()
    }
    /// `Err(value)` back if a value was already set.
    pub fn set(&self, value: T) -> Result<(), T> {
        self.cell.set(value)
    }
    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        self.cell.get_or_init(f)
    }
    pub fn into_inner(self) -> Option<T> {
        self.cell.into_inner()
    }
    pub fn take(&mut self) -> Option<T> {
        self.cell.take()
    }
}

impl<T> Default for OnceLock<T> {
    fn default() -> OnceLock<T> {
        OnceLock::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for OnceLock<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("OnceLock");
        match self.get() {
            Some(v) => d.field(v),
            None => d.field(&Placeholder("<uninit>")),
        };
        d.finish()
    }
}

/// A value computed on first use (`std::sync::LazyLock`): `core::cell::LazyCell` made
/// shareable.
pub struct LazyLock<T, F = fn() -> T> {
    cell: core::cell::LazyCell<T, F>,
}

// Single-threaded runtime.
unsafe impl<T: Send + Sync, F: Send> Sync for LazyLock<T, F> {}

impl<T, F: FnOnce() -> T> LazyLock<T, F> {
    pub const fn new(f: F) -> LazyLock<T, F> {
        LazyLock { cell: core::cell::LazyCell::new(f) }
    }
    pub fn force(this: &LazyLock<T, F>) -> &T {
        core::cell::LazyCell::force(&this.cell)
    }
}

impl<T, F: FnOnce() -> T> Deref for LazyLock<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.cell
    }
}

impl<T: fmt::Debug, F: FnOnce() -> T> fmt::Debug for LazyLock<T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("LazyLock").field(&**self).finish()
    }
}
