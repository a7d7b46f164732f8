//! `Path`/`PathBuf` (`std::path`, Unix flavour): byte strings with `/` as the only separator.
//! Implemented: `new`, `join`, `push`, `pop`, `parent`, `file_name`, `file_stem`, `extension`,
//! `with_extension`, `is_absolute`, `display`, `to_str`, `to_string_lossy`, `exists`, `is_file`,
//! `is_dir`, `metadata`, `read_dir`. Not implemented: `components()` and the other iterators,
//! `canonicalize`, prefix handling (there are none on Unix).

use crate::ffi::{Lossy, OsStr, OsString};
use alloc_crate::borrow::{Cow, ToOwned};
use alloc_crate::string::String;
use core::fmt;

/// The path separator.
pub const MAIN_SEPARATOR: char = '/';

/// A borrowed path (`std::path::Path`).
#[repr(transparent)]
#[derive(PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Path {
    inner: OsStr,
}

/// An owned path (`std::path::PathBuf`).
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PathBuf {
    inner: OsString,
}

impl Path {
    pub fn new<S: AsRef<OsStr> + ?Sized>(s: &S) -> &Path {
        // SAFETY: Path is repr(transparent) over OsStr.
        unsafe { &*(s.as_ref() as *const OsStr as *const Path) }
    }
    pub fn as_os_str(&self) -> &OsStr {
        &self.inner
    }
    pub(crate) fn bytes(&self) -> &[u8] {
        self.inner.as_bytes()
    }
    pub fn to_str(&self) -> Option<&str> {
        self.inner.to_str()
    }
    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        self.inner.to_string_lossy()
    }
    pub fn to_path_buf(&self) -> PathBuf {
        PathBuf { inner: self.inner.to_os_string() }
    }
    /// A `Display` adapter (invalid UTF-8 shown as U+FFFD).
    pub fn display(&self) -> Display<'_> {
        Display { path: self }
    }
    pub fn is_absolute(&self) -> bool {
        self.bytes().first() == Some(&b'/')
    }
    pub fn is_relative(&self) -> bool {
        !self.is_absolute()
    }
    pub fn has_root(&self) -> bool {
        self.is_absolute()
    }

    /// `(parent, last component)` with trailing separators ignored; `None` for "" and "/".
    fn split_last(&self) -> Option<(&[u8], &[u8])> {
        let b = self.bytes();
        let mut end = b.len();
        while end > 1 && b[end - 1] == b'/' {
            end -= 1;
        }
        let b = &b[..end];
        if b.is_empty() || b == b"/" {
            return None;
        }
        match b.iter().rposition(|&c| c == b'/') {
            Some(i) => {
                let mut pend = i;
                while pend > 1 && b[pend - 1] == b'/' {
                    pend -= 1;
                }
                let parent = if i == 0 { &b[..1] } else { &b[..pend] };
                Some((parent, &b[i + 1..]))
            }
            None => Some((&b[..0], b)),
        }
    }

    /// The path without its last component (`None` for "/" and "").
    pub fn parent(&self) -> Option<&Path> {
        self.split_last().map(|(p, _)| Path::new(OsStr::from_bytes(p)))
    }

    /// The last component, unless it is `..` (`None` for "/" and "").
    pub fn file_name(&self) -> Option<&OsStr> {
        match self.split_last() {
            Some((_, n)) if n != b".." && n != b"." => Some(OsStr::from_bytes(n)),
            _ => None,
        }
    }

    fn stem_ext(&self) -> Option<(&[u8], Option<&[u8]>)> {
        let name = self.file_name()?.as_bytes();
        match name.iter().rposition(|&c| c == b'.') {
            Some(0) | None => Some((name, None)),
            Some(i) => Some((&name[..i], Some(&name[i + 1..]))),
        }
    }

    pub fn file_stem(&self) -> Option<&OsStr> {
        self.stem_ext().map(|(s, _)| OsStr::from_bytes(s))
    }

    pub fn extension(&self) -> Option<&OsStr> {
        self.stem_ext().and_then(|(_, e)| e).map(OsStr::from_bytes)
    }

    /// `self` followed by `path` (or just `path` if it is absolute).
    pub fn join<P: AsRef<Path>>(&self, path: P) -> PathBuf {
        let mut buf = self.to_path_buf();
        buf.push(path);
        buf
    }

    pub fn with_extension<S: AsRef<OsStr>>(&self, ext: S) -> PathBuf {
        let mut buf = self.to_path_buf();
        buf.set_extension(ext);
        buf
    }

    pub fn starts_with<P: AsRef<Path>>(&self, base: P) -> bool {
        let base = base.as_ref().bytes();
        let b = self.bytes();
        b.starts_with(base) && (b.len() == base.len() || base.ends_with(b"/") || b[base.len()] == b'/')
    }

    pub fn ends_with<P: AsRef<Path>>(&self, child: P) -> bool {
        let child = child.as_ref().bytes();
        let b = self.bytes();
        b.ends_with(child) && (b.len() == child.len() || b[b.len() - child.len() - 1] == b'/')
    }

    pub fn exists(&self) -> bool {
        crate::fs::metadata(self).is_ok()
    }
    pub fn is_file(&self) -> bool {
        crate::fs::metadata(self).map(|m| m.is_file()).unwrap_or(false)
    }
    pub fn is_dir(&self) -> bool {
        crate::fs::metadata(self).map(|m| m.is_dir()).unwrap_or(false)
    }
    pub fn metadata(&self) -> crate::io::Result<crate::fs::Metadata> {
        crate::fs::metadata(self)
    }
    pub fn symlink_metadata(&self) -> crate::io::Result<crate::fs::Metadata> {
        crate::fs::symlink_metadata(self)
    }
    pub fn read_dir(&self) -> crate::io::Result<crate::fs::ReadDir> {
        crate::fs::read_dir(self)
    }
}

impl PathBuf {
    pub fn new() -> PathBuf {
        PathBuf { inner: OsString::new() }
    }
    pub fn as_path(&self) -> &Path {
        Path::new(self.inner.as_os_str())
    }
    pub fn into_os_string(self) -> OsString {
        self.inner
    }
    /// Appends `path` with a separator; an absolute `path` replaces `self`.
    pub fn push<P: AsRef<Path>>(&mut self, path: P) {
        let p = path.as_ref().bytes();
        let mut v = core::mem::take(&mut self.inner).into_vec();
        if p.first() == Some(&b'/') {
            v.clear();
        } else if !v.is_empty() && v.last() != Some(&b'/') {
            v.push(b'/');
        }
        v.extend_from_slice(p);
        self.inner = OsString::from_vec(v);
    }
    /// Drops the last component; `false` if there is none.
    pub fn pop(&mut self) -> bool {
        let n = match self.as_path().parent() {
            Some(p) => p.bytes().len(),
            None => return false,
        };
        let mut v = core::mem::take(&mut self.inner).into_vec();
        v.truncate(n);
        self.inner = OsString::from_vec(v);
        true
    }
    pub fn set_file_name<S: AsRef<OsStr>>(&mut self, name: S) {
        if self.file_name().is_some() {
            self.pop();
        }
        self.push(Path::new(name.as_ref()));
    }
    pub fn set_extension<S: AsRef<OsStr>>(&mut self, ext: S) -> bool {
        let stem = match self.file_stem() {
            Some(s) => s.as_bytes().to_vec(),
            None => return false,
        };
        let mut name = stem;
        let ext = ext.as_ref().as_bytes();
        if !ext.is_empty() {
            name.push(b'.');
            name.extend_from_slice(ext);
        }
        self.set_file_name(OsStr::from_bytes(&name));
        true
    }
}

impl core::ops::Deref for PathBuf {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.as_path()
    }
}

impl core::borrow::Borrow<Path> for PathBuf {
    fn borrow(&self) -> &Path {
        self.as_path()
    }
}

impl ToOwned for Path {
    type Owned = PathBuf;
    fn to_owned(&self) -> PathBuf {
        self.to_path_buf()
    }
}

/// What [`Path::display`] returns.
pub struct Display<'a> {
    path: &'a Path,
}

impl fmt::Display for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&Lossy(self.path.bytes()), f)
    }
}

impl fmt::Debug for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.path, f)
    }
}

impl fmt::Debug for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl fmt::Debug for PathBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_path(), f)
    }
}

macro_rules! as_ref_path {
    ($($t:ty),*) => {$(
        impl AsRef<Path> for $t {
            fn as_ref(&self) -> &Path {
                Path::new(self)
            }
        }
    )*};
}
as_ref_path!(str, String, OsStr, OsString, Cow<'_, OsStr>);

impl AsRef<Path> for Path {
    fn as_ref(&self) -> &Path {
        self
    }
}
impl AsRef<Path> for PathBuf {
    fn as_ref(&self) -> &Path {
        self.as_path()
    }
}
impl AsRef<OsStr> for Path {
    fn as_ref(&self) -> &OsStr {
        &self.inner
    }
}
impl AsRef<OsStr> for PathBuf {
    fn as_ref(&self) -> &OsStr {
        self.inner.as_os_str()
    }
}

impl From<String> for PathBuf {
    fn from(s: String) -> PathBuf {
        PathBuf { inner: OsString::from(s) }
    }
}
impl From<&str> for PathBuf {
    fn from(s: &str) -> PathBuf {
        PathBuf { inner: OsString::from(s) }
    }
}
impl From<OsString> for PathBuf {
    fn from(s: OsString) -> PathBuf {
        PathBuf { inner: s }
    }
}
impl From<&Path> for PathBuf {
    fn from(s: &Path) -> PathBuf {
        s.to_path_buf()
    }
}
impl From<&OsStr> for PathBuf {
    fn from(s: &OsStr) -> PathBuf {
        PathBuf { inner: s.to_os_string() }
    }
}
impl From<&String> for PathBuf {
    fn from(s: &String) -> PathBuf {
        PathBuf::from(s.as_str())
    }
}

impl<P: AsRef<Path>> FromIterator<P> for PathBuf {
    fn from_iter<I: IntoIterator<Item = P>>(iter: I) -> PathBuf {
        let mut buf = PathBuf::new();
        for p in iter {
            buf.push(p);
        }
        buf
    }
}
