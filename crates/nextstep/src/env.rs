//! Program arguments and environment, as the kernel left them on the initial stack
//! (`nextstep-m68k-abi.md` section 5). The strings are never copied: the iterators hand out
//! views of the original NUL-terminated bytes (or owned `String`s, like `std::env`).
//!
//! `set_var`/`remove_var` switch the environment to a copy: a NULL-terminated array of
//! `NAME=VALUE` C strings like the kernel's (so [`environ`] stays a valid `envp`). Strings that
//! are replaced or removed are never freed (like most C libraries' `setenv`), so the
//! `&'static` views handed out before stay valid.

use alloc_crate::string::String;
use core::cell::UnsafeCell;

struct Startup {
    argc: usize,
    argv: *const *const u8,
    envp: *const *const u8,
}

struct Global(UnsafeCell<Startup>);
// NeXTSTEP processes run this runtime single-threaded.
unsafe impl Sync for Global {}

/// The environment after the first `set_var`/`remove_var`: C string pointers, NULL last.
struct EnvCopy(UnsafeCell<Option<alloc_crate::vec::Vec<*const u8>>>);
// Single-threaded runtime.
unsafe impl Sync for EnvCopy {}
static ENV_COPY: EnvCopy = EnvCopy(UnsafeCell::new(None));

static STARTUP: Global = Global(UnsafeCell::new(Startup {
    argc: 0,
    argv: core::ptr::null(),
    envp: core::ptr::null(),
}));

/// Records argc/argv/envp; called once by the entry code.
pub(crate) unsafe fn init(argc: usize, argv: *const *const u8, envp: *const *const u8) {
    let s = &mut *STARTUP.0.get();
    s.argc = argc;
    s.argv = argv;
    s.envp = envp;
}

fn startup() -> &'static Startup {
    unsafe { &*STARTUP.0.get() }
}

/// The bytes of a NUL-terminated C string (without the NUL).
///
/// # Safety
/// `p` must point at a NUL-terminated string that lives for the rest of the program.
pub unsafe fn cstr_bytes(p: *const u8) -> &'static [u8] {
    let mut n = 0;
    while *p.add(n) != 0 {
        n += 1;
    }
    core::slice::from_raw_parts(p, n)
}

/// Number of program arguments, `argv[0]` included (C's `argc`).
pub fn args_count() -> usize {
    startup().argc
}

/// The raw `argv` pointer (C's `argv`, NULL-terminated).
pub fn argv() -> *const *const u8 {
    startup().argv
}

/// The raw `envp` pointer (C's `environ`, NULL-terminated); after `set_var`/`remove_var`,
/// the runtime's copy. Valid until the next `set_var`/`remove_var`.
pub fn environ() -> *const *const u8 {
    match unsafe { &*ENV_COPY.0.get() } {
        Some(v) => v.as_ptr(),
        None => startup().envp,
    }
}

/// Iterator over the program arguments as byte strings.
#[derive(Clone)]
pub struct ArgsBytes {
    next: usize,
    end: usize,
}

impl Iterator for ArgsBytes {
    type Item = &'static [u8];
    fn next(&mut self) -> Option<&'static [u8]> {
        if self.next >= self.end {
            return None;
        }
        let p = unsafe { *startup().argv.add(self.next) };
        self.next += 1;
        Some(unsafe { cstr_bytes(p) })
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.next;
        (n, Some(n))
    }
}

impl ExactSizeIterator for ArgsBytes {}

/// Program arguments as byte strings, `argv[0]` first.
pub fn args_bytes() -> ArgsBytes {
    ArgsBytes { next: 0, end: startup().argc }
}

/// Iterator over the program arguments as `String`s (invalid UTF-8 is replaced by U+FFFD).
#[derive(Clone)]
pub struct Args(ArgsBytes);

impl Iterator for Args {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        self.0.next().map(|b| String::from_utf8_lossy(b).into_owned())
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl ExactSizeIterator for Args {}

/// Program arguments, `argv[0]` first, like `std::env::args()`.
pub fn args() -> Args {
    Args(args_bytes())
}

/// Iterator over the environment as `(name, value)` byte strings. It re-reads [`environ`] at
/// every step, so a `set_var` during the iteration does not leave it pointing at a freed array.
#[derive(Clone)]
pub struct VarsBytes {
    index: usize,
}

impl Iterator for VarsBytes {
    type Item = (&'static [u8], &'static [u8]);
    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let envp = environ();
            if envp.is_null() {
                return None;
            }
            let s = unsafe { *envp.add(self.index) };
            if s.is_null() {
                return None;
            }
            self.index += 1;
            let b = unsafe { cstr_bytes(s) };
            // An entry without '=' is malformed; skip it like most libcs' getenv.
            if let Some(eq) = b.iter().position(|&c| c == b'=') {
                return Some((&b[..eq], &b[eq + 1..]));
            }
        }
    }
}

/// The environment as `(name, value)` byte strings.
pub fn vars_bytes() -> VarsBytes {
    VarsBytes { index: 0 }
}

/// The environment as `(name, value)` `String`s, like `std::env::vars()`.
pub fn vars() -> impl Iterator<Item = (String, String)> {
    vars_bytes().map(|(k, v)| {
        (
            String::from_utf8_lossy(k).into_owned(),
            String::from_utf8_lossy(v).into_owned(),
        )
    })
}

/// Value of environment variable `name` as bytes, if set.
pub fn var_bytes(name: &str) -> Option<&'static [u8]> {
    vars_bytes().find(|(k, _)| *k == name.as_bytes()).map(|(_, v)| v)
}

/// Why [`var`] found no usable value, like `std::env::VarError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VarError {
    /// The variable is not in the environment.
    NotPresent,
    /// The variable is set, but its value is not valid UTF-8 (the bytes as they are).
    NotUnicode(crate::ffi::OsString),
}

impl core::fmt::Display for VarError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            VarError::NotPresent => f.write_str("environment variable not found"),
            VarError::NotUnicode(s) => write!(f, "environment variable was not valid unicode: {:?}", s),
        }
    }
}

impl core::error::Error for VarError {}

/// Value of environment variable `key`, like `std::env::var`: `Err(NotPresent)` when unset,
/// `Err(NotUnicode(..))` when the value is not UTF-8.
pub fn var<K: AsRef<crate::ffi::OsStr>>(key: K) -> Result<String, VarError> {
    match var_os(key) {
        Some(v) => v.into_string().map_err(VarError::NotUnicode),
        None => Err(VarError::NotPresent),
    }
}

/// Value of environment variable `name` as an `OsString` (bytes as they are), like
/// `std::env::var_os`.
pub fn var_os<K: AsRef<crate::ffi::OsStr>>(name: K) -> Option<crate::ffi::OsString> {
    let name = name.as_ref().as_bytes();
    vars_bytes()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| crate::ffi::OsString::from_vec(v.to_vec()))
}

/// The environment as `(name, value)` `OsString`s (bytes as they are), like
/// `std::env::vars_os()`.
pub fn vars_os() -> impl Iterator<Item = (crate::ffi::OsString, crate::ffi::OsString)> {
    use crate::ffi::OsString;
    vars_bytes().map(|(k, v)| (OsString::from_vec(k.to_vec()), OsString::from_vec(v.to_vec())))
}

/// Program arguments as `OsString`s (bytes as they are), like `std::env::args_os`.
pub fn args_os() -> impl ExactSizeIterator<Item = crate::ffi::OsString> {
    args_bytes().map(|b| crate::ffi::OsString::from_vec(b.to_vec()))
}

/// Changes the working directory (`chdir`, Unix call 12), like `std::env::set_current_dir`.
pub fn set_current_dir<P: AsRef<crate::path::Path>>(path: P) -> crate::io::Result<()> {
    crate::fs::with_cstr(path.as_ref(), |p| crate::io::cvt(unsafe { nextstep_sys::chdir(p) }))?
        .map(|_| ())
}

/// The working directory as an absolute path, like `std::env::current_dir`.
///
/// NeXTSTEP 3.3 has no `getcwd` system call (its C library's `getwd` climbs the tree), so this
/// does the same: starting at `.`, it `stat`s `..`, finds the entry of the parent whose `lstat`
/// device and inode are the current directory's, and repeats until `..` is `/` itself. Entries
/// are compared by `lstat` rather than by the directory record's inode number, which is also
/// right at mount points (where the two differ). Fails if a directory on the way up cannot be
/// read, or with `ENAMETOOLONG` past `MAXPATHLEN`.
pub fn current_dir() -> crate::io::Result<crate::path::PathBuf> {
    use crate::fs;
    use crate::path::{Path, PathBuf};
    use alloc_crate::vec::Vec;
    let same = |a: &fs::Metadata, b: &fs::Metadata| a.dev() == b.dev() && a.ino() == b.ino();
    let root = fs::metadata("/")?;
    let mut here = fs::metadata(".")?;
    // `..`, `../..`, ...: the directory being searched.
    let mut up = PathBuf::from("..");
    let mut names: Vec<crate::ffi::OsString> = Vec::new();
    while !same(&here, &root) {
        let parent = fs::metadata(&up)?;
        let mut found = None;
        for entry in fs::read_dir(&up)? {
            let entry = entry?;
            if let Ok(m) = fs::symlink_metadata(entry.path()) {
                if same(&m, &here) {
                    found = Some(entry.file_name());
                    break;
                }
            }
        }
        match found {
            Some(name) => names.push(name),
            None => {
                return Err(crate::io::Error::new_static(
                    crate::io::ErrorKind::NotFound,
                    "current directory not found in its parent",
                ))
            }
        }
        here = parent;
        up.push("..");
    }
    let mut path = PathBuf::from("/");
    for name in names.iter().rev() {
        path.push(Path::new(name));
    }
    Ok(path)
}

/// The directory for temporary files, like `std::env::temp_dir`: `TMPDIR` if set, else `/tmp`.
pub fn temp_dir() -> crate::path::PathBuf {
    match var_os("TMPDIR") {
        Some(d) => crate::path::PathBuf::from(d),
        None => crate::path::PathBuf::from("/tmp"),
    }
}

/// Constants describing the target, like `std::env::consts`.
pub mod consts {
    /// The CPU architecture (rustc's `target_arch`).
    pub const ARCH: &str = "m68k";
    /// The operating system (the target spec's `os`).
    pub const OS: &str = "nextstep";
    /// The family of the operating system: NeXTSTEP is a 4.3BSD Unix.
    pub const FAMILY: &str = "unix";
    /// Executables have no suffix.
    pub const EXE_SUFFIX: &str = "";
    pub const EXE_EXTENSION: &str = "";
    /// NeXTSTEP shared libraries are fixed-address `.shlib` files (`libsys_s.B.shlib`).
    pub const DLL_PREFIX: &str = "lib";
    pub const DLL_SUFFIX: &str = ".shlib";
    pub const DLL_EXTENSION: &str = "shlib";
}

/// The user's home directory, like `std::env::home_dir` on Unix: `HOME` (an empty value counts
/// as unset). `std` then asks the password database; this runtime has no access to it and
/// returns `None`.
pub fn home_dir() -> Option<crate::path::PathBuf> {
    match var_os("HOME") {
        Some(h) if !h.is_empty() => Some(crate::path::PathBuf::from(h)),
        _ => None,
    }
}

/// Iterator of [`split_paths`].
#[derive(Clone)]
pub struct SplitPaths<'a> {
    rest: Option<&'a [u8]>,
}

impl Iterator for SplitPaths<'_> {
    type Item = crate::path::PathBuf;
    fn next(&mut self) -> Option<crate::path::PathBuf> {
        let rest = self.rest?;
        let (item, next) = match rest.iter().position(|&c| c == b':') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        self.rest = next;
        Some(crate::path::PathBuf::from(crate::ffi::OsStr::from_bytes(item)))
    }
}

/// Splits a `PATH`-style list at `:`, like `std::env::split_paths` (an empty list gives one
/// empty path, as in `std`).
pub fn split_paths<T: AsRef<crate::ffi::OsStr> + ?Sized>(unparsed: &T) -> SplitPaths<'_> {
    SplitPaths { rest: Some(unparsed.as_ref().as_bytes()) }
}

/// The error of [`join_paths`]: one of the paths contains the separator `:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinPathsError;

impl core::fmt::Display for JoinPathsError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("path segment contains separator `:`")
    }
}

impl core::error::Error for JoinPathsError {}

/// Joins paths into a `PATH`-style list with `:`, like `std::env::join_paths`.
pub fn join_paths<I, T>(paths: I) -> Result<crate::ffi::OsString, JoinPathsError>
where
    I: IntoIterator<Item = T>,
    T: AsRef<crate::ffi::OsStr>,
{
    let mut joined = alloc_crate::vec::Vec::new();
    for (i, p) in paths.into_iter().enumerate() {
        let p = p.as_ref().as_bytes();
        if p.contains(&b':') {
            return Err(JoinPathsError);
        }
        if i > 0 {
            joined.push(b':');
        }
        joined.extend_from_slice(p);
    }
    Ok(crate::ffi::OsString::from_vec(joined))
}

/// The environment copy that `set_var`/`remove_var` edit (made on first use).
fn env_copy() -> &'static mut alloc_crate::vec::Vec<*const u8> {
    let copy = unsafe { &mut *ENV_COPY.0.get() };
    copy.get_or_insert_with(|| {
        let mut v = alloc_crate::vec::Vec::new();
        let envp = startup().envp;
        if !envp.is_null() {
            let mut i = 0;
            loop {
                let s = unsafe { *envp.add(i) };
                if s.is_null() {
                    break;
                }
                v.push(s);
                i += 1;
            }
        }
        v.push(core::ptr::null());
        v
    })
}

/// Drops every entry named `name` from the copy.
fn env_remove(env: &mut alloc_crate::vec::Vec<*const u8>, name: &[u8]) {
    env.retain(|&s| {
        if s.is_null() {
            return true;
        }
        let b = unsafe { cstr_bytes(s) };
        !(b.len() > name.len() && b.starts_with(name) && b[name.len()] == b'=')
    });
}

/// Whether `key`/`value` can be stored: `setenv`'s `EINVAL` cases (the error `std` reports).
fn valid_var(key: &[u8], value: &[u8]) -> bool {
    !(key.is_empty() || key.contains(&b'=') || key.contains(&0) || value.contains(&0))
}

/// Sets environment variable `key` to `value`, like `std::env::set_var` (a safe function here,
/// as in `std` before the 2024 edition: the runtime has one thread). Panics if `key` is empty
/// or contains `=` or NUL, or `value` contains NUL.
pub fn set_var<K: AsRef<crate::ffi::OsStr>, V: AsRef<crate::ffi::OsStr>>(key: K, value: V) {
    let (k, v) = (key.as_ref(), value.as_ref());
    let (key, value) = (k.as_bytes(), v.as_bytes());
    if !valid_var(key, value) {
        let e = crate::io::Error::from_raw_os_error(nextstep_sys::EINVAL);
        panic!("failed to set environment variable `{:?}` to `{:?}`: {}", k, v, e);
    }
    let mut entry = alloc_crate::vec::Vec::with_capacity(key.len() + value.len() + 2);
    entry.extend_from_slice(key);
    entry.push(b'=');
    entry.extend_from_slice(value);
    entry.push(0);
    let entry: &'static [u8] = alloc_crate::vec::Vec::leak(entry);
    let env = env_copy();
    env_remove(env, key);
    let end = env.len() - 1;
    env.insert(end, entry.as_ptr());
}

/// Removes environment variable `key`, like `std::env::remove_var` (safe here, see
/// [`set_var`]). Panics if `key` is empty or contains `=` or NUL.
pub fn remove_var<K: AsRef<crate::ffi::OsStr>>(key: K) {
    let k = key.as_ref();
    let key = k.as_bytes();
    if !valid_var(key, b"") {
        let e = crate::io::Error::from_raw_os_error(nextstep_sys::EINVAL);
        panic!("failed to remove environment variable `{:?}`: {}", k, e);
    }
    env_remove(env_copy(), key);
}

/// The path of the running program, like `std::env::current_exe`. NeXTSTEP has no system call
/// for it, so (like `std` on OpenBSD) it comes from `argv[0]`: canonicalized if it contains a
/// `/`, else looked up in `PATH`. `NotFound` if neither works.
pub fn current_exe() -> crate::io::Result<crate::path::PathBuf> {
    use crate::io::{Error, ErrorKind};
    let not_found = || Error::new_static(ErrorKind::NotFound, "no current exe available");
    let arg0 = args_bytes().next().ok_or_else(not_found)?;
    let arg0 = crate::ffi::OsStr::from_bytes(arg0);
    if arg0.as_bytes().contains(&b'/') {
        return crate::fs::canonicalize(arg0);
    }
    if let Some(path) = var_os("PATH") {
        for dir in split_paths(&path) {
            let candidate = dir.join(arg0);
            if candidate.is_file() {
                return crate::fs::canonicalize(candidate);
            }
        }
    }
    Err(not_found())
}
