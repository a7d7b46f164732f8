//! Standard streams and the `print!` family.
//!
//! Each `print!`/`eprint!` call formats into one static buffer and writes it out with as few
//! `write` calls (Unix call 4) as possible before returning, so nothing is ever left pending:
//! output of stdout and stderr appears in program order and `process::exit` needs no flush.
//! A `print!` nested inside a `Display` impl that is itself being printed falls back to direct,
//! unbuffered writes.

use core::cell::UnsafeCell;
use core::fmt;
use nextstep_sys as sys;

/// Writes all of `buf` to file descriptor `fd`, retrying short writes and `EINTR`.
/// Returns the errno of the first real failure.
pub fn write_all(fd: i32, mut buf: &[u8]) -> Result<(), i32> {
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

/// Reads up to `buf.len()` bytes from `fd` (retrying `EINTR`); returns the count (0 = end of file).
pub fn read(fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
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

/// An unbuffered writer on a file descriptor, usable with `write!`.
#[derive(Clone, Copy, Debug)]
pub struct Fd(pub i32);

impl fmt::Write for Fd {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        write_all(self.0, s.as_bytes()).map_err(|_| fmt::Error)
    }
}

/// Standard output (fd 1), unbuffered; `write!(Stdout, ...)` works.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stdout;
/// Standard error (fd 2), unbuffered.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stderr;

impl fmt::Write for Stdout {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        write_all(sys::STDOUT_FILENO, s.as_bytes()).map_err(|_| fmt::Error)
    }
}

impl fmt::Write for Stderr {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        write_all(sys::STDERR_FILENO, s.as_bytes()).map_err(|_| fmt::Error)
    }
}

pub fn stdout() -> Stdout {
    Stdout
}

pub fn stderr() -> Stderr {
    Stderr
}

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
    err: bool,
}

impl Buffered<'_> {
    fn flush(&mut self) {
        let n = self.pb.len;
        self.pb.len = 0;
        if n > 0 && write_all(self.fd, &self.pb.buf[..n]).is_err() {
            self.err = true;
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
            if write_all(self.fd, b).is_err() {
                self.err = true;
            }
        } else {
            let start = self.pb.len;
            self.pb.buf[start..start + b.len()].copy_from_slice(b);
            self.pb.len = start + b.len();
        }
        Ok(())
    }
}

pub(crate) fn print_to(fd: i32, args: fmt::Arguments) -> Result<(), ()> {
    let pb = unsafe { &mut *PRINT_BUF.0.get() };
    if pb.busy {
        // Nested print from inside a formatting impl: write directly.
        return fmt::write(&mut Fd(fd), args).map_err(|_| ());
    }
    pb.busy = true;
    pb.len = 0;
    let mut w = Buffered { fd, pb, err: false };
    let r = fmt::write(&mut w, args);
    w.flush();
    let failed = r.is_err() || w.err;
    w.pb.busy = false;
    if failed {
        Err(())
    } else {
        Ok(())
    }
}

#[doc(hidden)]
pub fn _print(args: fmt::Arguments) {
    if print_to(sys::STDOUT_FILENO, args).is_err() {
        panic!("failed printing to stdout");
    }
}

#[doc(hidden)]
pub fn _eprint(args: fmt::Arguments) {
    if print_to(sys::STDERR_FILENO, args).is_err() {
        panic!("failed printing to stderr");
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
