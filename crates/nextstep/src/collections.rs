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
    /// The `Hasher` that [`RandomState`] builds.
    pub type DefaultHasher = <RandomState as core::hash::BuildHasher>::Hasher;
}

/// `std::collections::hash_set`: `HashSet` and its iterators.
pub mod hash_set {
    pub use hashbrown::hash_set::*;
}
