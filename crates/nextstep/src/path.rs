//! `Path`/`PathBuf` (`std::path`, Unix flavour): byte strings with `/` as the only separator.
//! Implemented: `new`, `join`, `push`, `pop`, `parent`, `file_name`, `file_stem`, `extension`,
//! `with_extension`, `is_absolute`, `display`, `to_str`, `to_string_lossy`, `exists`, `is_file`,
//! `is_dir`, `metadata`, `read_dir`, `components`, `iter`, `ancestors`, `strip_prefix`,
//! `starts_with`, `ends_with`, `canonicalize`. Components follow `std`'s Unix rules: repeated
//! separators and `.` (except a leading one) vanish, `..` is kept. Unlike `std`,
//! `==` and ordering compare the bytes, not the components (`a//b` != `a/b`).

use crate::ffi::{Lossy, OsStr, OsString};
use alloc_crate::borrow::{Cow, ToOwned};
use alloc_crate::string::String;
use core::fmt;

/// The path separator.
pub const MAIN_SEPARATOR: char = '/';
/// The path separator as a string.
pub const MAIN_SEPARATOR_STR: &str = "/";

/// Whether `c` separates path components (only `/` does).
pub fn is_separator(c: char) -> bool {
    c == '/'
}

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

    /// The path without its last component (`None` for "/" and ""), by components as in
    /// `std` (`"a/."` has parent `""`, `"a/./b"` has parent `"a"`).
    pub fn parent(&self) -> Option<&Path> {
        let mut comps = self.components();
        match comps.next_back() {
            Some(Component::Normal(_) | Component::CurDir | Component::ParentDir) => Some(comps.as_path()),
            _ => None,
        }
    }

    /// The last component if it is a name (`None` for "/", "" and paths ending in `..`).
    pub fn file_name(&self) -> Option<&OsStr> {
        match self.components().next_back() {
            Some(Component::Normal(n)) => Some(n),
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

    /// Whether `base` is a leading run of whole components of `self`.
    pub fn starts_with<P: AsRef<Path>>(&self, base: P) -> bool {
        self.strip_prefix(base).is_ok()
    }

    /// Whether `child` is a trailing run of whole components of `self`.
    pub fn ends_with<P: AsRef<Path>>(&self, child: P) -> bool {
        let mut me = self.components();
        for c in child.as_ref().components().rev() {
            if me.next_back() != Some(c) {
                return false;
            }
        }
        true
    }

    /// `self` without the leading components `base`, like `std`'s (`"/a/b"` minus `"/a"` is
    /// `"b"`); [`StripPrefixError`] if `base` is not a prefix.
    pub fn strip_prefix<P: AsRef<Path>>(&self, base: P) -> Result<&Path, StripPrefixError> {
        let mut me = self.components();
        let mut base = base.as_ref().components();
        loop {
            let mut next = me.clone();
            match (next.next(), base.next()) {
                (Some(a), Some(b)) if a == b => me = next,
                (_, None) => return Ok(me.as_path()),
                (_, Some(_)) => return Err(StripPrefixError(())),
            }
        }
    }

    /// The components: `RootDir` for a leading `/`, `CurDir` for a leading `.`, then `Normal`
    /// names and `ParentDir` for `..`; empty and other `.` components are skipped.
    pub fn components(&self) -> Components<'_> {
        let b = self.bytes();
        let (prefix, start) = if b.first() == Some(&b'/') {
            (Some(Component::RootDir), 1)
        } else if b == b"." || b.starts_with(b"./") {
            (Some(Component::CurDir), 1)
        } else {
            (None, 0)
        };
        Components { path: b, prefix, front: start, back: b.len() }
    }

    /// The components as `OsStr`s (`/` for the root).
    pub fn iter(&self) -> Iter<'_> {
        Iter { inner: self.components() }
    }

    /// `self`, then its parent, its parent's parent, ... (`"a/b"` gives `"a/b"`, `"a"`, `""`).
    pub fn ancestors(&self) -> Ancestors<'_> {
        Ancestors { next: Some(self) }
    }

    pub fn exists(&self) -> bool {
        crate::fs::metadata(self).is_ok()
    }
    /// The absolute path with links, `.` and `..` resolved (`fs::canonicalize`).
    pub fn canonicalize(&self) -> crate::io::Result<PathBuf> {
        crate::fs::canonicalize(self)
    }
    /// Like [`exists`](Path::exists), but errors other than `NotFound` are returned.
    pub fn try_exists(&self) -> crate::io::Result<bool> {
        crate::fs::exists(self)
    }
    /// Whether the path names a symbolic link (`lstat`).
    pub fn is_symlink(&self) -> bool {
        crate::fs::symlink_metadata(self).map(|m| m.is_symlink()).unwrap_or(false)
    }
    /// The target of a symbolic link (`fs::read_link`).
    pub fn read_link(&self) -> crate::io::Result<PathBuf> {
        crate::fs::read_link(self)
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
    pub fn as_mut_os_string(&mut self) -> &mut OsString {
        &mut self.inner
    }
    pub fn with_capacity(capacity: usize) -> PathBuf {
        PathBuf { inner: OsString::with_capacity(capacity) }
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

/// One piece of a path (`std::path::Component`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Component<'a> {
    /// A Windows prefix such as `C:`; never produced on NeXTSTEP (kept for `match`es written
    /// for `std`).
    Prefix(PrefixComponent<'a>),
    /// A leading `/`.
    RootDir,
    /// A leading `.`.
    CurDir,
    /// `..`.
    ParentDir,
    /// A file or directory name.
    Normal(&'a OsStr),
}

/// A Windows path prefix (`std::path::PrefixComponent`); there are none on NeXTSTEP.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct PrefixComponent<'a> {
    raw: &'a OsStr,
}

impl<'a> PrefixComponent<'a> {
    pub fn as_os_str(&self) -> &'a OsStr {
        self.raw
    }
}

impl<'a> Component<'a> {
    /// The text of the component (`/`, `.`, `..` or the name).
    pub fn as_os_str(self) -> &'a OsStr {
        match self {
            Component::Prefix(p) => p.as_os_str(),
            Component::RootDir => OsStr::from_bytes(b"/"),
            Component::CurDir => OsStr::from_bytes(b"."),
            Component::ParentDir => OsStr::from_bytes(b".."),
            Component::Normal(n) => n,
        }
    }
}

impl AsRef<OsStr> for Component<'_> {
    fn as_ref(&self) -> &OsStr {
        self.as_os_str()
    }
}

impl AsRef<Path> for Component<'_> {
    fn as_ref(&self) -> &Path {
        Path::new(self.as_os_str())
    }
}

/// Iterator of [`Path::components`] (from both ends).
#[derive(Clone)]
pub struct Components<'a> {
    path: &'a [u8],
    /// `RootDir` or `CurDir`, not yet returned.
    prefix: Option<Component<'a>>,
    /// The part of `path` not yet returned.
    front: usize,
    back: usize,
}

fn body_component(c: &[u8]) -> Option<Component<'_>> {
    match c {
        b"" | b"." => None,
        b".." => Some(Component::ParentDir),
        _ => Some(Component::Normal(OsStr::from_bytes(c))),
    }
}

impl<'a> Components<'a> {
    /// What is left, as a path (separators and `.` at its ends dropped).
    pub fn as_path(&self) -> &'a Path {
        let mut b = &self.path[..self.back];
        if self.prefix.is_none() {
            b = &b[self.front.min(b.len())..];
            loop {
                if let Some(r) = b.strip_prefix(b"/") {
                    b = r;
                } else if let Some(r) = b.strip_prefix(b"./") {
                    b = r;
                } else if b == b"." {
                    b = b"";
                } else {
                    break;
                }
            }
        }
        // A pending `/` or `.` (one byte) stays.
        let min = if self.prefix.is_some() { 1 } else { 0 };
        while b.len() > min && (b.ends_with(b"/") || b.ends_with(b"/.")) {
            b = &b[..b.len() - 1];
        }
        Path::new(OsStr::from_bytes(b))
    }
}

impl<'a> Iterator for Components<'a> {
    type Item = Component<'a>;
    fn next(&mut self) -> Option<Component<'a>> {
        if let Some(p) = self.prefix.take() {
            return Some(p);
        }
        while self.front < self.back {
            let rest = &self.path[self.front..self.back];
            let len = rest.iter().position(|&c| c == b'/').unwrap_or(rest.len());
            self.front += if len < rest.len() { len + 1 } else { len };
            if let Some(c) = body_component(&rest[..len]) {
                return Some(c);
            }
        }
        None
    }
}

impl<'a> DoubleEndedIterator for Components<'a> {
    fn next_back(&mut self) -> Option<Component<'a>> {
        while self.front < self.back {
            let rest = &self.path[self.front..self.back];
            let start = rest.iter().rposition(|&c| c == b'/').map_or(0, |i| i + 1);
            self.back = self.front + start.saturating_sub(1);
            if let Some(c) = body_component(&rest[start..]) {
                return Some(c);
            }
        }
        self.prefix.take()
    }
}

impl fmt::Debug for Components<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Components").field(&self.clone().collect::<alloc_crate::vec::Vec<_>>()).finish()
    }
}

/// Iterator of [`Path::iter`].
#[derive(Clone, Debug)]
pub struct Iter<'a> {
    inner: Components<'a>,
}

impl<'a> Iter<'a> {
    pub fn as_path(&self) -> &'a Path {
        self.inner.as_path()
    }
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a OsStr;
    fn next(&mut self) -> Option<&'a OsStr> {
        self.inner.next().map(Component::as_os_str)
    }
}

impl<'a> DoubleEndedIterator for Iter<'a> {
    fn next_back(&mut self) -> Option<&'a OsStr> {
        self.inner.next_back().map(Component::as_os_str)
    }
}

/// Iterator of [`Path::ancestors`].
#[derive(Clone, Copy, Debug)]
pub struct Ancestors<'a> {
    next: Option<&'a Path>,
}

impl<'a> Iterator for Ancestors<'a> {
    type Item = &'a Path;
    fn next(&mut self) -> Option<&'a Path> {
        let n = self.next;
        self.next = n.and_then(Path::parent);
        n
    }
}

/// The error of [`Path::strip_prefix`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StripPrefixError(());

impl fmt::Display for StripPrefixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("prefix not found")
    }
}

impl core::error::Error for StripPrefixError {}

impl<'a> IntoIterator for &'a Path {
    type Item = &'a OsStr;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a PathBuf {
    type Item = &'a OsStr;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
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
