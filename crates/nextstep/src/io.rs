//! Input and output, shaped like `std::io`: the [`Read`], [`Write`], [`BufRead`] and [`Seek`]
//! traits, [`Error`]/[`ErrorKind`]/[`Result`], [`BufReader`]/[`BufWriter`], [`Cursor`], [`copy`],
//! [`empty`], [`sink`], and the
//! standard streams [`stdin`], [`stdout`], [`stderr`]. Also the machinery of `print!`.
//!
//! Differences from `std`:
//! * `Stdout` is unbuffered (each `write` is one `write` system call, Unix call 4); `print!`
//!   formats a whole call into a 1 KB static buffer and writes it before returning. So output of
//!   stdout and stderr appears in program order and `process::exit` has nothing to flush. Wrap
//!   `stdout()` in a `BufWriter` for many small writes.
//! * `Stdin` keeps a 4 KB static buffer (like `std`'s shared `BufReader`): `read_line` and
//!   `lines()` read whole blocks, and what one call leaves in the buffer the next one gets.
//! * Single-threaded: `lock()` exists for source compatibility and locks nothing.

use alloc_crate::string::String;
use core::cell::UnsafeCell;
use core::fmt;
use nextstep_sys as sys;

mod buffered;
mod cursor;
mod error;
mod traits;

pub use buffered::{BufReader, BufWriter, LineWriter};
pub use cursor::{empty, repeat, sink, Cursor, Empty, Repeat, Sink};
pub use error::{errno_kind, Error, ErrorKind, Result};
pub(crate) use error::{cvt, cvt_r};
pub(crate) use traits::default_read_to_end as traits_default_read_to_end;
pub use traits::{
    copy, read_to_string, BufRead, Bytes, Chain, IoSlice, IoSliceMut, Lines, Read, Seek, SeekFrom,
    Split, Take, Write,
};

/// `use nextstep::io::prelude::*;` imports the four traits, like `std::io::prelude`.
pub mod prelude {
    pub use super::{BufRead, Read, Seek, Write};
}

/// Writes all of `buf` to file descriptor `fd`, retrying short writes and `EINTR`.
/// Returns the errno of the first real failure. (Low-level; not in `std`.)
pub fn write_all(fd: i32, mut buf: &[u8]) -> core::result::Result<(), i32> {
    while !buf.is_empty() {
        let r = unsafe { sys::write(fd, buf.as_ptr(), buf.len()) };
        if r < 0 {
            if -r == sys::EINTR {
                continue;
            }
            return Err(-r);
        }
        if r == 0 {
            return Err(sys::EIO);
        }
        buf = &buf[r as usize..];
    }
    Ok(())
}

/// Reads up to `buf.len()` bytes from `fd` (retrying `EINTR`); returns the count (0 = end of
/// file) or the errno. (Low-level; not in `std`.)
pub fn read(fd: i32, buf: &mut [u8]) -> core::result::Result<usize, i32> {
    loop {
        let r = unsafe { sys::read(fd, buf.as_mut_ptr(), buf.len()) };
        if r >= 0 {
            return Ok(r as usize);
        }
        if -r != sys::EINTR {
            return Err(-r);
        }
    }
}

/// One `read` system call on `fd` as an `io::Result` (retrying `EINTR`).
pub(crate) fn fd_read(fd: i32, buf: &mut [u8]) -> Result<usize> {
    // The kernel's count is an int: cap huge requests.
    let len = core::cmp::min(buf.len(), i32::MAX as usize);
    cvt_r(|| unsafe { sys::read(fd, buf.as_mut_ptr(), len) }).map(|n| n as usize)
}

/// One `write` system call on `fd` as an `io::Result` (retrying `EINTR`).
pub(crate) fn fd_write(fd: i32, buf: &[u8]) -> Result<usize> {
    let len = core::cmp::min(buf.len(), i32::MAX as usize);
    cvt_r(|| unsafe { sys::write(fd, buf.as_ptr(), len) }).map(|n| n as usize)
}

/// Most buffers one `readv`/`writev` call passes (the rest wait for the next call, which the
/// `*_vectored` contract allows).
const MAX_IOV: usize = 16;

/// One `writev` system call (Unix call 121) with up to [`MAX_IOV`] buffers (retrying `EINTR`).
pub(crate) fn fd_writev(fd: i32, bufs: &[IoSlice<'_>]) -> Result<usize> {
    let mut iov = [sys::iovec { iov_base: core::ptr::null_mut(), iov_len: 0 }; MAX_IOV];
    let mut n = 0;
    let mut total = 0usize;
    for b in bufs.iter().filter(|b| !b.is_empty()).take(MAX_IOV) {
        if total.saturating_add(b.len()) > i32::MAX as usize {
            break;
        }
        iov[n] = sys::iovec { iov_base: b.as_ptr() as *mut u8, iov_len: b.len() as i32 };
        total += b.len();
        n += 1;
    }
    if n == 0 {
        return fd_write(fd, &[]);
    }
    cvt_r(|| unsafe { sys::writev(fd, iov.as_ptr(), n as i32) }).map(|r| r as usize)
}

/// One `readv` system call (Unix call 120) with up to [`MAX_IOV`] buffers (retrying `EINTR`).
pub(crate) fn fd_readv(fd: i32, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> {
    let mut iov = [sys::iovec { iov_base: core::ptr::null_mut(), iov_len: 0 }; MAX_IOV];
    let mut n = 0;
    let mut total = 0usize;
    for b in bufs.iter_mut().filter(|b| !b.is_empty()).take(MAX_IOV) {
        if total.saturating_add(b.len()) > i32::MAX as usize {
            break;
        }
        iov[n] = sys::iovec { iov_base: b.as_mut_ptr(), iov_len: b.len() as i32 };
        total += b.len();
        n += 1;
    }
    if n == 0 {
        return fd_read(fd, &mut []);
    }
    cvt_r(|| unsafe { sys::readv(fd, iov.as_ptr(), n as i32) }).map(|r| r as usize)
}

/// A file descriptor as an unbuffered reader/writer (`Read`, `Write`, and `core::fmt::Write`).
/// Does not close the descriptor.
#[derive(Clone, Copy, Debug)]
pub struct Fd(pub i32);

impl fmt::Write for Fd {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        write_all(self.0, s.as_bytes()).map_err(|_| fmt::Error)
    }
}

impl Read for Fd {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        fd_read(self.0, buf)
    }
    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> {
        fd_readv(self.0, bufs)
    }
}

impl Write for Fd {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        fd_write(self.0, buf)
    }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> {
        fd_writev(self.0, bufs)
    }
    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

// ---- terminals ----

/// 4.3BSD `TIOCGETP` (`_IOR('t', 8, struct sgttyb)`, a 6-byte `struct sgttyb`): the request
/// 4.3BSD's `isatty` makes; `next-run` implements it (src/run/README.md, "ioctl 54").
const TIOCGETP: u32 = 0x4006_7408;

/// Whether a descriptor is a terminal (`std::io::IsTerminal`), asked the way 4.3BSD's `isatty`
/// does: `ioctl(fd, TIOCGETP)` (Unix call 54) succeeds only on a terminal.
pub trait IsTerminal {
    fn is_terminal(&self) -> bool;
}

fn fd_is_terminal(fd: i32) -> bool {
    let mut sgttyb = [0u8; 6];
    unsafe { sys::ioctl(fd, TIOCGETP, sgttyb.as_mut_ptr()) >= 0 }
}

macro_rules! is_terminal {
    ($($t:ty => $fd:expr),*) => {$(
        impl IsTerminal for $t {
            fn is_terminal(&self) -> bool {
                fd_is_terminal($fd)
            }
        }
    )*};
}

is_terminal!(Stdin => sys::STDIN_FILENO, StdinLock<'_> => sys::STDIN_FILENO,
             Stdout => sys::STDOUT_FILENO, StdoutLock<'_> => sys::STDOUT_FILENO,
             Stderr => sys::STDERR_FILENO, StderrLock<'_> => sys::STDERR_FILENO);

impl IsTerminal for Fd {
    fn is_terminal(&self) -> bool {
        fd_is_terminal(self.0)
    }
}

impl IsTerminal for crate::fs::File {
    fn is_terminal(&self) -> bool {
        fd_is_terminal(self.as_raw_fd())
    }
}

// ---- standard output and error ----

/// Standard output (fd 1), unbuffered. `writeln!(io::stdout(), ...)` works.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stdout;
/// Standard error (fd 2), unbuffered.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stderr;
/// What [`Stdout::lock`] returns (this runtime is single-threaded: nothing is locked).
#[derive(Debug)]
pub struct StdoutLock<'a>(core::marker::PhantomData<&'a ()>);
/// What [`Stderr::lock`] returns.
#[derive(Debug)]
pub struct StderrLock<'a>(core::marker::PhantomData<&'a ()>);

/// The standard output stream.
pub fn stdout() -> Stdout {
    Stdout
}

/// The standard error stream.
pub fn stderr() -> Stderr {
    Stderr
}

impl Stdout {
    pub fn lock(&self) -> StdoutLock<'static> {
        StdoutLock(core::marker::PhantomData)
    }
}

impl Stderr {
    pub fn lock(&self) -> StderrLock<'static> {
        StderrLock(core::marker::PhantomData)
    }
}

macro_rules! fd_writer {
    ($($t:ty => $fd:expr),*) => {$(
        impl Write for $t {
            fn write(&mut self, buf: &[u8]) -> Result<usize> {
                fd_write($fd, buf)
            }
            fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> {
                fd_writev($fd, bufs)
            }
            fn write_all(&mut self, buf: &[u8]) -> Result<()> {
                write_all($fd, buf).map_err(Error::from_raw_os_error)
            }
            fn flush(&mut self) -> Result<()> {
                Ok(())
            }
        }
    )*};
}

fd_writer!(Stdout => sys::STDOUT_FILENO, StdoutLock<'_> => sys::STDOUT_FILENO,
           &Stdout => sys::STDOUT_FILENO, Stderr => sys::STDERR_FILENO,
           StderrLock<'_> => sys::STDERR_FILENO, &Stderr => sys::STDERR_FILENO);

// ---- standard input ----

const STDIN_BUF: usize = 4096;

struct StdinBuf {
    pos: usize,
    filled: usize,
    buf: [u8; STDIN_BUF],
}

struct StdinGlobal(UnsafeCell<StdinBuf>);
// Single-threaded runtime.
unsafe impl Sync for StdinGlobal {}

static STDIN: StdinGlobal = StdinGlobal(UnsafeCell::new(StdinBuf { pos: 0, filled: 0, buf: [0; STDIN_BUF] }));

/// Standard input (fd 0), buffered by a 4 KB buffer shared by all handles.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stdin;

/// A handle on standard input implementing [`BufRead`] (what [`Stdin::lock`] returns).
#[derive(Debug)]
pub struct StdinLock<'a>(core::marker::PhantomData<&'a ()>);

/// The standard input stream.
pub fn stdin() -> Stdin {
    Stdin
}

impl Stdin {
    pub fn lock(&self) -> StdinLock<'static> {
        StdinLock(core::marker::PhantomData)
    }
    /// Appends one line (with its `\n`) to `buf`; `Ok(0)` at end of input.
    pub fn read_line(&self, buf: &mut String) -> Result<usize> {
        self.lock().read_line(buf)
    }
    /// Iterator over the lines of standard input.
    pub fn lines(self) -> Lines<StdinLock<'static>> {
        self.lock().lines()
    }
}

impl Read for Stdin {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        self.lock().read(buf)
    }
    fn read_to_end(&mut self, buf: &mut alloc_crate::vec::Vec<u8>) -> Result<usize> {
        self.lock().read_to_end(buf)
    }
}

impl Read for StdinLock<'_> {
    fn read(&mut self, out: &mut [u8]) -> Result<usize> {
        let b = unsafe { &mut *STDIN.0.get() };
        if b.pos == b.filled && out.len() >= STDIN_BUF {
            return fd_read(sys::STDIN_FILENO, out);
        }
        let n = {
            let mut avail = self.fill_buf()?;
            avail.read(out)?
        };
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for StdinLock<'_> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        let b = unsafe { &mut *STDIN.0.get() };
        if b.pos >= b.filled {
            let n = fd_read(sys::STDIN_FILENO, &mut b.buf)?;
            b.pos = 0;
            b.filled = n;
        }
        Ok(&b.buf[b.pos..b.filled])
    }
    fn consume(&mut self, amt: usize) {
        let b = unsafe { &mut *STDIN.0.get() };
        b.pos = core::cmp::min(b.pos + amt, b.filled);
    }
}

// ---- print! machinery ----

const BUF_SIZE: usize = 1024;

struct PrintBuf {
    busy: bool,
    len: usize,
    buf: [u8; BUF_SIZE],
}

struct Global(UnsafeCell<PrintBuf>);
// Single-threaded runtime; re-entrancy is handled with `busy`.
unsafe impl Sync for Global {}

static PRINT_BUF: Global = Global(UnsafeCell::new(PrintBuf { busy: false, len: 0, buf: [0; BUF_SIZE] }));

struct Buffered<'a> {
    fd: i32,
    pb: &'a mut PrintBuf,
    err: Option<i32>,
}

impl Buffered<'_> {
    fn flush(&mut self) {
        let n = self.pb.len;
        self.pb.len = 0;
        if n > 0 {
            if let Err(e) = write_all(self.fd, &self.pb.buf[..n]) {
                self.err.get_or_insert(e);
            }
        }
    }
}

impl fmt::Write for Buffered<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let b = s.as_bytes();
        if self.pb.len + b.len() > BUF_SIZE {
            self.flush();
        }
        if b.len() >= BUF_SIZE {
            if let Err(e) = write_all(self.fd, b) {
                self.err.get_or_insert(e);
            }
        } else {
            let start = self.pb.len;
            self.pb.buf[start..start + b.len()].copy_from_slice(b);
            self.pb.len = start + b.len();
        }
        Ok(())
    }
}

/// Formats `args` and writes the text to `fd` (one `write` for short texts). `Err(None)` is a
/// formatting error, `Err(Some(errno))` a failed write.
pub(crate) fn print_to(fd: i32, args: fmt::Arguments) -> core::result::Result<(), Option<i32>> {
    let pb = unsafe { &mut *PRINT_BUF.0.get() };
    if pb.busy {
        // Nested print from inside a formatting impl: write directly.
        return fmt::write(&mut Fd(fd), args).map_err(|_| None);
    }
    pb.busy = true;
    pb.len = 0;
    let mut w = Buffered { fd, pb, err: None };
    let r = fmt::write(&mut w, args);
    w.flush();
    w.pb.busy = false;
    match (w.err, r) {
        (Some(e), _) => Err(Some(e)),
        (None, Err(_)) => Err(None),
        (None, Ok(())) => Ok(()),
    }
}

fn print_error(e: Option<i32>) -> Error {
    match e {
        Some(errno) => Error::from_raw_os_error(errno),
        None => Error::new_static(ErrorKind::Other, "formatter error"),
    }
}

#[doc(hidden)]
pub fn _print(args: fmt::Arguments) {
    if let Err(e) = print_to(sys::STDOUT_FILENO, args) {
        panic!("failed printing to stdout: {}", print_error(e));
    }
}

#[doc(hidden)]
pub fn _eprint(args: fmt::Arguments) {
    if let Err(e) = print_to(sys::STDERR_FILENO, args) {
        panic!("failed printing to stderr: {}", print_error(e));
    }
}

/// Prints to standard output, like `std::print!`.
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => { $crate::io::_print(::core::format_args!($($arg)*)) };
}

/// Prints to standard output with a newline, like `std::println!`.
#[macro_export]
macro_rules! println {
    () => { $crate::io::_print(::core::format_args!("\n")) };
    ($($arg:tt)*) => { $crate::io::_print(::core::format_args!("{}\n", ::core::format_args!($($arg)*))) };
}

/// Prints to standard error, like `std::eprint!`.
#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => { $crate::io::_eprint(::core::format_args!($($arg)*)) };
}

/// Prints to standard error with a newline, like `std::eprintln!`.
#[macro_export]
macro_rules! eprintln {
    () => { $crate::io::_eprint(::core::format_args!("\n")) };
    ($($arg:tt)*) => { $crate::io::_eprint(::core::format_args!("{}\n", ::core::format_args!($($arg)*))) };
}

/// Prints an expression and its value (`{:#?}`) to standard error with the source location and
/// returns the value, like `std::dbg!`.
#[macro_export]
macro_rules! dbg {
    () => {
        $crate::eprintln!("[{}:{}:{}]", ::core::file!(), ::core::line!(), ::core::column!())
    };
    ($val:expr $(,)?) => {
        match $val {
            tmp => {
                $crate::eprintln!("[{}:{}:{}] {} = {:#?}",
                    ::core::file!(), ::core::line!(), ::core::column!(),
                    ::core::stringify!($val), &tmp);
                tmp
            }
        }
    };
    ($($val:expr),+ $(,)?) => {
        ($($crate::dbg!($val)),+,)
    };
}
