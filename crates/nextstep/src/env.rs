//! Program arguments and environment, as the kernel left them on the initial stack
//! (`nextstep-m68k-abi.md` section 5). The strings are never copied: the iterators hand out
//! views of the original NUL-terminated bytes (or owned `String`s, like `std::env`).

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

/// The raw `envp` pointer (C's `environ`, NULL-terminated).
pub fn environ() -> *const *const u8 {
    startup().envp
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

/// Iterator over the environment as `(name, value)` byte strings.
#[derive(Clone)]
pub struct VarsBytes {
    p: *const *const u8,
}

impl Iterator for VarsBytes {
    type Item = (&'static [u8], &'static [u8]);
    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.p.is_null() {
                return None;
            }
            let s = unsafe { *self.p };
            if s.is_null() {
                return None;
            }
            self.p = unsafe { self.p.add(1) };
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
    VarsBytes { p: startup().envp }
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

/// Program arguments as `OsString`s (bytes as they are), like `std::env::args_os`.
pub fn args_os() -> impl ExactSizeIterator<Item = crate::ffi::OsString> {
    args_bytes().map(|b| crate::ffi::OsString::from_vec(b.to_vec()))
}

/// Changes the working directory (`chdir`, Unix call 12), like `std::env::set_current_dir`.
pub fn set_current_dir<P: AsRef<crate::path::Path>>(path: P) -> crate::io::Result<()> {
    crate::fs::with_cstr(path.as_ref(), |p| crate::io::cvt(unsafe { nextstep_sys::chdir(p) }))?
        .map(|_| ())
}
