//! `std::collections`: `alloc`'s collections (`Vec`'s relatives `VecDeque`, `LinkedList`,
//! `BinaryHeap`, `BTreeMap`, `BTreeSet`) plus `HashMap` and `HashSet`, which `std` defines on top
//! of `alloc` and which `core` + `alloc` therefore lack.
//!
//! `HashMap` and `HashSet` are `hashbrown`'s, the SwissTable implementation that `std` itself
//! wraps (the copy vendored with Debian's Rust sources, the version `std` uses), so methods,
//! `Entry` API and iteration behave as in `std`. One difference: the default hasher. `std`'s
//! `RandomState` is SipHash-1-3 keyed from the operating system's random numbers; NeXTSTEP 3.3
//! has no such source, so `RandomState` here is `foldhash`'s (hashbrown's default), seeded from
//! addresses in the process. On NeXTSTEP, which places a program at the same addresses every
//! run, that seed is the same every run: iteration order is reproducible, and the table is not
//! hardened against keys chosen to collide (HashDoS). Programs that hash untrusted input can
//! name another hasher with `HashMap::with_hasher`.

pub use alloc_crate::collections::*;

pub use hashbrown::{HashMap, HashSet};

/// `std::collections::hash_map`: `HashMap` and its `Entry`, iterators and `RandomState`.
pub mod hash_map {
    pub use hashbrown::hash_map::*;
    /// The default `BuildHasher` of [`HashMap`] (see the module documentation).
    pub type RandomState = hashbrown::DefaultHashBuilder;
    pub use super::DefaultHasher;
}

/// `std::hash::DefaultHasher` (also `std::collections::hash_map::DefaultHasher`): the hasher of
/// [`HashMap`], with `new()`. As in `std`, all hashers made by `new()`/`default()` hash alike
/// (they share one seed, taken once per process from a [`hash_map::RandomState`]), so hashes
/// can be compared within a process; the values differ from `std`'s SipHash ones.
#[derive(Clone)]
pub struct DefaultHasher(<hash_map::RandomState as core::hash::BuildHasher>::Hasher);

struct SharedState(core::cell::UnsafeCell<Option<hash_map::RandomState>>);
// Single-threaded runtime.
unsafe impl Sync for SharedState {}
static SHARED_STATE: SharedState = SharedState(core::cell::UnsafeCell::new(None));

impl DefaultHasher {
    pub fn new() -> DefaultHasher {
        use core::hash::BuildHasher;
        let state = unsafe { &mut *SHARED_STATE.0.get() };
        DefaultHasher(state.get_or_insert_with(Default::default).build_hasher())
    }
}

impl Default for DefaultHasher {
    fn default() -> DefaultHasher {
        DefaultHasher::new()
    }
}

impl core::fmt::Debug for DefaultHasher {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DefaultHasher").finish_non_exhaustive()
    }
}

impl core::hash::Hasher for DefaultHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes)
    }
    fn write_u8(&mut self, i: u8) {
        self.0.write_u8(i)
    }
    fn write_u32(&mut self, i: u32) {
        self.0.write_u32(i)
    }
    fn write_u64(&mut self, i: u64) {
        self.0.write_u64(i)
    }
    fn write_usize(&mut self, i: usize) {
        self.0.write_usize(i)
    }
    fn finish(&self) -> u64 {
        self.0.finish()
    }
}

/// `std::collections::hash_set`: `HashSet` and its iterators.
pub mod hash_set {
    pub use hashbrown::hash_set::*;
}
