//! `io::Error` and `io::ErrorKind`, shaped like `std`'s.
//!
//! An error from a system call keeps NeXT's errno (`nextstep_sys::errno`, BSD numbering). It
//! prints like `std` on Unix: Display `No such file or directory (os error 2)`, Debug
//! `Os { code: 2, kind: NotFound, message: "No such file or directory" }`. The texts are the BSD
//! `strerror` strings (`nextstep_sys::strerror`), the errno-to-kind mapping is `std`'s Unix one.

use alloc_crate::boxed::Box;
use core::fmt;
use nextstep_sys as sys;

/// `Result` with [`Error`] as the error type, like `std::io::Result`.
pub type Result<T> = core::result::Result<T, Error>;

/// The category of an I/O error (the variants of `std::io::ErrorKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    ConnectionRefused,
    ConnectionReset,
    HostUnreachable,
    NetworkUnreachable,
    ConnectionAborted,
    NotConnected,
    AddrInUse,
    AddrNotAvailable,
    NetworkDown,
    BrokenPipe,
    AlreadyExists,
    WouldBlock,
    NotADirectory,
    IsADirectory,
    DirectoryNotEmpty,
    ReadOnlyFilesystem,
    FilesystemLoop,
    StaleNetworkFileHandle,
    InvalidInput,
    InvalidData,
    TimedOut,
    WriteZero,
    StorageFull,
    NotSeekable,
    QuotaExceeded,
    FileTooLarge,
    ResourceBusy,
    ExecutableFileBusy,
    Deadlock,
    CrossesDevices,
    TooManyLinks,
    InvalidFilename,
    ArgumentListTooLong,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    OutOfMemory,
    Other,
    /// An errno without a more specific kind (`std` hides this variant too).
    #[doc(hidden)]
    Uncategorized,
}

impl ErrorKind {
    /// `std`'s description of the kind (what `Display` prints for a bare kind).
    pub fn as_str(&self) -> &'static str {
        use ErrorKind::*;
        match *self {
            NotFound => "entity not found",
            PermissionDenied => "permission denied",
            ConnectionRefused => "connection refused",
            ConnectionReset => "connection reset",
            HostUnreachable => "host unreachable",
            NetworkUnreachable => "network unreachable",
            ConnectionAborted => "connection aborted",
            NotConnected => "not connected",
            AddrInUse => "address in use",
            AddrNotAvailable => "address not available",
            NetworkDown => "network down",
            BrokenPipe => "broken pipe",
            AlreadyExists => "entity already exists",
            WouldBlock => "operation would block",
            NotADirectory => "not a directory",
            IsADirectory => "is a directory",
            DirectoryNotEmpty => "directory not empty",
            ReadOnlyFilesystem => "read-only filesystem or storage medium",
            FilesystemLoop => "filesystem loop or indirection limit (e.g. symlink loop)",
            StaleNetworkFileHandle => "stale network file handle",
            InvalidInput => "invalid input parameter",
            InvalidData => "invalid data",
            TimedOut => "timed out",
            WriteZero => "write zero",
            StorageFull => "no storage space",
            NotSeekable => "seek on unseekable file",
            QuotaExceeded => "quota exceeded",
            FileTooLarge => "file too large",
            ResourceBusy => "resource busy",
            ExecutableFileBusy => "executable file busy",
            Deadlock => "deadlock",
            CrossesDevices => "cross-device link or rename",
            TooManyLinks => "too many links",
            InvalidFilename => "invalid filename",
            ArgumentListTooLong => "argument list too long",
            Interrupted => "operation interrupted",
            Unsupported => "unsupported",
            UnexpectedEof => "unexpected end of file",
            OutOfMemory => "out of memory",
            Other => "other error",
            Uncategorized => "uncategorized error",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of a NeXT errno value (`std`'s Unix `decode_error_kind`, on BSD numbers).
pub fn errno_kind(errno: i32) -> ErrorKind {
    use ErrorKind::*;
    match errno {
        sys::E2BIG => ArgumentListTooLong,
        sys::EADDRINUSE => AddrInUse,
        sys::EADDRNOTAVAIL => AddrNotAvailable,
        sys::EBUSY => ResourceBusy,
        sys::ECONNABORTED => ConnectionAborted,
        sys::ECONNREFUSED => ConnectionRefused,
        sys::ECONNRESET => ConnectionReset,
        sys::EDEADLK => Deadlock,
        sys::EDQUOT => QuotaExceeded,
        sys::EEXIST => AlreadyExists,
        sys::EFBIG => FileTooLarge,
        sys::EHOSTUNREACH => HostUnreachable,
        sys::EINTR => Interrupted,
        sys::EINVAL => InvalidInput,
        sys::EISDIR => IsADirectory,
        sys::ELOOP => FilesystemLoop,
        sys::ENOENT => NotFound,
        sys::ENOMEM => OutOfMemory,
        sys::ENOSPC => StorageFull,
        sys::ENOSYS => Unsupported,
        sys::EMLINK => TooManyLinks,
        sys::ENAMETOOLONG => InvalidFilename,
        sys::ENETDOWN => NetworkDown,
        sys::ENETUNREACH => NetworkUnreachable,
        sys::ENOTCONN => NotConnected,
        sys::ENOTDIR => NotADirectory,
        sys::ENOTEMPTY => DirectoryNotEmpty,
        sys::EPIPE => BrokenPipe,
        sys::EROFS => ReadOnlyFilesystem,
        sys::ESPIPE => NotSeekable,
        sys::ESTALE => StaleNetworkFileHandle,
        sys::ETIMEDOUT => TimedOut,
        sys::ETXTBSY => ExecutableFileBusy,
        sys::EXDEV => CrossesDevices,
        sys::EACCES | sys::EPERM => PermissionDenied,
        sys::EAGAIN => WouldBlock,
        _ => Uncategorized,
    }
}

/// An I/O error: a NeXT errno, a bare [`ErrorKind`], or a kind with a message or wrapped error.
pub struct Error {
    repr: Repr,
}

enum Repr {
    Os(i32),
    Simple(ErrorKind),
    SimpleMessage(ErrorKind, &'static str),
    Custom(Box<Custom>),
}

struct Custom {
    kind: ErrorKind,
    error: Box<dyn core::error::Error + Send + Sync>,
}

impl Error {
    /// An error of `kind` wrapping `error` (a `&str`, a `String` or any error type).
    pub fn new<E>(kind: ErrorKind, error: E) -> Error
    where
        E: Into<Box<dyn core::error::Error + Send + Sync>>,
    {
        Error { repr: Repr::Custom(Box::new(Custom { kind, error: error.into() })) }
    }

    /// `Error::new(ErrorKind::Other, error)`.
    pub fn other<E>(error: E) -> Error
    where
        E: Into<Box<dyn core::error::Error + Send + Sync>>,
    {
        Error::new(ErrorKind::Other, error)
    }

    /// An error for NeXT errno `code` (see `nextstep_sys::errno`).
    pub fn from_raw_os_error(code: i32) -> Error {
        Error { repr: Repr::Os(code) }
    }

    /// An error with a fixed message and no allocation (like `std`'s `const_error!`).
    pub const fn new_static(kind: ErrorKind, msg: &'static str) -> Error {
        Error { repr: Repr::SimpleMessage(kind, msg) }
    }

    /// The errno, if this error came from a system call.
    pub fn raw_os_error(&self) -> Option<i32> {
        match self.repr {
            Repr::Os(c) => Some(c),
            _ => None,
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match &self.repr {
            Repr::Os(c) => errno_kind(*c),
            Repr::Simple(k) | Repr::SimpleMessage(k, _) => *k,
            Repr::Custom(c) => c.kind,
        }
    }

    pub fn get_ref(&self) -> Option<&(dyn core::error::Error + Send + Sync + 'static)> {
        match &self.repr {
            Repr::Custom(c) => Some(&*c.error),
            _ => None,
        }
    }

    pub fn into_inner(self) -> Option<Box<dyn core::error::Error + Send + Sync>> {
        match self.repr {
            Repr::Custom(c) => Some(c.error),
            _ => None,
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error { repr: Repr::Simple(kind) }
    }
}

impl From<alloc_crate::ffi::NulError> for Error {
    fn from(_: alloc_crate::ffi::NulError) -> Error {
        Error::new_static(ErrorKind::InvalidInput, "data provided contains a nul byte")
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Os(code) => f
                .debug_struct("Os")
                .field("code", code)
                .field("kind", &errno_kind(*code))
                .field("message", &sys::strerror(*code))
                .finish(),
            Repr::Simple(kind) => f.debug_tuple("Kind").field(kind).finish(),
            Repr::SimpleMessage(kind, msg) => {
                f.debug_struct("Error").field("kind", kind).field("message", msg).finish()
            }
            Repr::Custom(c) => {
                f.debug_struct("Custom").field("kind", &c.kind).field("error", &c.error).finish()
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Os(code) => write!(f, "{} (os error {})", sys::strerror(*code), code),
            Repr::Simple(kind) => f.write_str(kind.as_str()),
            Repr::SimpleMessage(_, msg) => f.write_str(msg),
            Repr::Custom(c) => fmt::Display::fmt(&c.error, f),
        }
    }
}

impl core::error::Error for Error {}

/// Converts a raw `nextstep-sys` result (`>= 0`, or `-errno`) into an `io::Result`.
#[inline]
pub(crate) fn cvt(r: i32) -> Result<i32> {
    if r < 0 {
        Err(Error::from_raw_os_error(-r))
    } else {
        Ok(r)
    }
}

/// Repeats a system call while it fails with `EINTR`.
#[inline]
pub(crate) fn cvt_r(mut f: impl FnMut() -> i32) -> Result<i32> {
    loop {
        let r = f();
        if r != -sys::EINTR {
            return cvt(r);
        }
    }
}
