//! `OsStr`/`OsString`: NeXTSTEP file names and arguments are byte strings (no encoding), as on
//! Unix, so these are thin wrappers over `[u8]`/`Vec<u8>` with `std`'s conversions
//! (`to_str`, `to_string_lossy`, `into_string`) and the Unix `as_bytes`/`from_bytes`.
//! `CStr`/`CString` are `core`'s and `alloc`'s.

use alloc_crate::borrow::{Cow, ToOwned};
use alloc_crate::string::String;
use alloc_crate::vec::Vec;
use core::fmt;

pub use alloc_crate::ffi::{CString, NulError};
pub use core::ffi::{c_char, c_int, c_long, c_uint, c_ulong, c_void, CStr};

/// Borrowed byte string used for file names (`std::ffi::OsStr`).
#[repr(transparent)]
#[derive(PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OsStr {
    inner: [u8],
}

/// Owned byte string (`std::ffi::OsString`).
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OsString {
    inner: Vec<u8>,
}

impl OsStr {
    pub fn new<S: AsRef<OsStr> + ?Sized>(s: &S) -> &OsStr {
        s.as_ref()
    }
    /// The Unix `OsStrExt::from_bytes`.
    pub fn from_bytes(b: &[u8]) -> &OsStr {
        // SAFETY: OsStr is repr(transparent) over [u8].
        unsafe { &*(b as *const [u8] as *const OsStr) }
    }
    /// The Unix `OsStrExt::as_bytes`.
    pub fn as_bytes(&self) -> &[u8] {
        &self.inner
    }
    pub fn as_encoded_bytes(&self) -> &[u8] {
        &self.inner
    }
    pub fn to_str(&self) -> Option<&str> {
        core::str::from_utf8(&self.inner).ok()
    }
    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.inner)
    }
    pub fn to_os_string(&self) -> OsString {
        OsString { inner: self.inner.to_vec() }
    }
    pub fn len(&self) -> usize {
        self.inner.len()
    }
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
    /// A `Display` adapter (invalid UTF-8 shown as U+FFFD).
    pub fn display(&self) -> impl fmt::Display + '_ {
        Lossy(&self.inner)
    }
}

pub(crate) struct Lossy<'a>(pub(crate) &'a [u8]);

impl fmt::Display for Lossy<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for chunk in self.0.utf8_chunks() {
            f.write_str(chunk.valid())?;
            if !chunk.invalid().is_empty() {
                f.write_str("\u{FFFD}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Debug for OsStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.to_string_lossy(), f)
    }
}

impl OsString {
    pub fn new() -> OsString {
        OsString { inner: Vec::new() }
    }
    /// The Unix `OsStringExt::from_vec`.
    pub fn from_vec(v: Vec<u8>) -> OsString {
        OsString { inner: v }
    }
    /// The Unix `OsStringExt::into_vec`.
    pub fn into_vec(self) -> Vec<u8> {
        self.inner
    }
    pub fn as_os_str(&self) -> &OsStr {
        OsStr::from_bytes(&self.inner)
    }
    /// The `String`, or `self` back if it is not UTF-8.
    pub fn into_string(self) -> Result<String, OsString> {
        String::from_utf8(self.inner).map_err(|e| OsString { inner: e.into_bytes() })
    }
    pub fn push<T: AsRef<OsStr>>(&mut self, s: T) {
        self.inner.extend_from_slice(s.as_ref().as_bytes())
    }
    pub fn with_capacity(capacity: usize) -> OsString {
        OsString { inner: Vec::with_capacity(capacity) }
    }
    pub fn capacity(&self) -> usize {
        self.inner.capacity()
    }
    pub fn clear(&mut self) {
        self.inner.clear()
    }
    pub fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional)
    }
    pub fn shrink_to_fit(&mut self) {
        self.inner.shrink_to_fit()
    }
}

impl core::ops::Deref for OsString {
    type Target = OsStr;
    fn deref(&self) -> &OsStr {
        self.as_os_str()
    }
}

impl core::borrow::Borrow<OsStr> for OsString {
    fn borrow(&self) -> &OsStr {
        self.as_os_str()
    }
}

impl ToOwned for OsStr {
    type Owned = OsString;
    fn to_owned(&self) -> OsString {
        self.to_os_string()
    }
}

impl fmt::Debug for OsString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_os_str(), f)
    }
}

impl AsRef<OsStr> for OsStr {
    fn as_ref(&self) -> &OsStr {
        self
    }
}
impl AsRef<OsStr> for OsString {
    fn as_ref(&self) -> &OsStr {
        self.as_os_str()
    }
}
impl AsRef<OsStr> for str {
    fn as_ref(&self) -> &OsStr {
        OsStr::from_bytes(self.as_bytes())
    }
}
impl AsRef<OsStr> for String {
    fn as_ref(&self) -> &OsStr {
        OsStr::from_bytes(self.as_bytes())
    }
}

impl From<String> for OsString {
    fn from(s: String) -> OsString {
        OsString { inner: s.into_bytes() }
    }
}
impl From<&str> for OsString {
    fn from(s: &str) -> OsString {
        OsString { inner: s.as_bytes().to_vec() }
    }
}

impl PartialEq<str> for OsStr {
    fn eq(&self, other: &str) -> bool {
        &self.inner == other.as_bytes()
    }
}
impl PartialEq<str> for OsString {
    fn eq(&self, other: &str) -> bool {
        self.inner == other.as_bytes()
    }
}
impl PartialEq<&str> for OsString {
    fn eq(&self, other: &&str) -> bool {
        self.inner == other.as_bytes()
    }
}
