//! NeXTSTEP 3.3 C types, structures and flag values used by the system calls.
//!
//! Layout rules (reference section 8, NeXT cc): int/long/pointer are 32-bit, every type is at most
//! 2-byte aligned inside structures and structure sizes are multiples of 2. `#[repr(C)]` gives the
//! same layout on this target because its data layout aligns i32 to 16 bits.
//!
//! NeXTSTEP 3.3 is 4.3BSD-based. The structures below are the 4.3BSD ones with NeXT's type sizes;
//! their exact NeXT layout is not in the reference document (UNCONFIRMED), so they are kept in this
//! one file, each with its byte offsets, for the emulator and for correction.

pub type off_t = i32;
pub type pid_t = i32;
pub type time_t = i32;
pub type dev_t = i16;
pub type ino_t = u32;
pub type uid_t = u16;
pub type gid_t = u16;
pub type mode_t = u16;
pub type size_t = usize;
pub type ssize_t = isize;

/// `struct stat` as returned by calls 38/40/62 (4.3BSD layout, 2-byte alignment, 60 bytes):
/// 0 st_dev(2) 2 st_ino(4) 6 st_mode(2) 8 st_nlink(2) 10 st_uid(2) 12 st_gid(2) 14 st_rdev(2)
/// 16 st_size(4) 20 st_atime 24 spare1 28 st_mtime 32 spare2 36 st_ctime 40 spare3
/// 44 st_blksize 48 st_blocks 52 spare4[2].
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct stat {
    pub st_dev: dev_t,
    pub st_ino: ino_t,
    pub st_mode: mode_t,
    pub st_nlink: i16,
    pub st_uid: uid_t,
    pub st_gid: gid_t,
    pub st_rdev: dev_t,
    pub st_size: off_t,
    pub st_atime: time_t,
    pub st_spare1: i32,
    pub st_mtime: time_t,
    pub st_spare2: i32,
    pub st_ctime: time_t,
    pub st_spare3: i32,
    pub st_blksize: i32,
    pub st_blocks: i32,
    pub st_spare4: [i32; 2],
}

/// `struct timeval` (8 bytes): seconds and microseconds since 1970.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct timeval {
    pub tv_sec: i32,
    pub tv_usec: i32,
}

/// `struct timezone` (8 bytes).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct timezone {
    pub tz_minuteswest: i32,
    pub tz_dsttime: i32,
}

/// `struct iovec` (8 bytes) for readv/writev.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct iovec {
    pub iov_base: *mut u8,
    pub iov_len: i32,
}

/// Header of one 4.3BSD `struct direct` record from getdirentries (call 156):
/// 0 d_fileno(4) 4 d_reclen(2) 6 d_namlen(2) 8 d_name (NUL-terminated, record padded to 4).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct direct {
    pub d_fileno: u32,
    pub d_reclen: u16,
    pub d_namlen: u16,
}
/// Offset of `d_name` in a [`direct`] record.
pub const DIRECT_NAME_OFFSET: usize = 8;
pub const MAXNAMLEN: usize = 255;

// open(2) flags, 4.3BSD <sys/file.h> values.
pub const O_RDONLY: i32 = 0x0000;
pub const O_WRONLY: i32 = 0x0001;
pub const O_RDWR: i32 = 0x0002;
pub const O_ACCMODE: i32 = 0x0003;
pub const O_NDELAY: i32 = 0x0004;
pub const O_NONBLOCK: i32 = 0x0004;
pub const O_APPEND: i32 = 0x0008;
pub const O_CREAT: i32 = 0x0200;
pub const O_TRUNC: i32 = 0x0400;
pub const O_EXCL: i32 = 0x0800;

// lseek whence.
pub const SEEK_SET: i32 = 0;
pub const SEEK_CUR: i32 = 1;
pub const SEEK_END: i32 = 2;

// access(2) modes.
pub const F_OK: i32 = 0;
pub const X_OK: i32 = 1;
pub const W_OK: i32 = 2;
pub const R_OK: i32 = 4;

// fcntl(2) commands (4.3BSD).
pub const F_DUPFD: i32 = 0;
pub const F_GETFD: i32 = 1;
pub const F_SETFD: i32 = 2;
pub const F_GETFL: i32 = 3;
pub const F_SETFL: i32 = 4;
pub const FD_CLOEXEC: i32 = 1;

// st_mode bits.
pub const S_IFMT: u16 = 0o170000;
pub const S_IFIFO: u16 = 0o010000;
pub const S_IFCHR: u16 = 0o020000;
pub const S_IFDIR: u16 = 0o040000;
pub const S_IFBLK: u16 = 0o060000;
pub const S_IFREG: u16 = 0o100000;
pub const S_IFLNK: u16 = 0o120000;
pub const S_IFSOCK: u16 = 0o140000;

// Signals used by the runtime (4.3BSD numbers).
pub const SIGABRT: i32 = 6;
pub const SIGKILL: i32 = 9;

pub const STDIN_FILENO: i32 = 0;
pub const STDOUT_FILENO: i32 = 1;
pub const STDERR_FILENO: i32 = 2;

/// `struct itimerval` (16 bytes): `it_interval`, `it_value` (setitimer 83, getitimer 86).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct itimerval {
    pub it_interval: timeval,
    pub it_value: timeval,
}
pub const ITIMER_REAL: i32 = 0;
pub const ITIMER_VIRTUAL: i32 = 1;
pub const ITIMER_PROF: i32 = 2;

/// `struct rlimit` (8 bytes): current and maximum limit (getrlimit 144, setrlimit 145).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct rlimit {
    pub rlim_cur: i32,
    pub rlim_max: i32,
}

/// `struct rusage` (4.3BSD, 72 bytes): two `timeval`s then 14 longs (getrusage 117, wait3 171).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct rusage {
    pub ru_utime: timeval,
    pub ru_stime: timeval,
    pub ru_maxrss: i32,
    pub ru_ixrss: i32,
    pub ru_idrss: i32,
    pub ru_isrss: i32,
    pub ru_minflt: i32,
    pub ru_majflt: i32,
    pub ru_nswap: i32,
    pub ru_inblock: i32,
    pub ru_oublock: i32,
    pub ru_msgsnd: i32,
    pub ru_msgrcv: i32,
    pub ru_nsignals: i32,
    pub ru_nvcsw: i32,
    pub ru_nivcsw: i32,
}

/// `struct sigvec` (12 bytes): handler, mask, flags (sigvec 108).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct sigvec {
    pub sv_handler: usize,
    pub sv_mask: i32,
    pub sv_flags: i32,
}

/// `struct sigstack` (8 bytes): stack pointer, on-stack flag (sigstack 112).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct sigstack {
    pub ss_sp: *mut u8,
    pub ss_onstack: i32,
}

/// 4.3BSD `fd_set` with `FD_SETSIZE` 256: eight 32-bit words, bit `fd % 32` of word `fd / 32`
/// (select 93).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct fd_set {
    pub fds_bits: [u32; 8],
}
pub const FD_SETSIZE: usize = 256;
pub const NFDBITS: usize = 32;

// flock(2) operations (4.3BSD <sys/file.h>).
pub const LOCK_SH: i32 = 1;
pub const LOCK_EX: i32 = 2;
pub const LOCK_NB: i32 = 4;
pub const LOCK_UN: i32 = 8;

/// `MAXPATHLEN` (4.3BSD <sys/param.h>): longest path accepted by the kernel, NUL included.
pub const MAXPATHLEN: usize = 1024;
