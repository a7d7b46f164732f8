//! NeXTSTEP 3.3 Unix system call numbers (`trap #4`, number in d0).
//!
//! Source: `nextstep-m68k-abi.md` section 6, "Unix syscall numbers (NeXTSTEP 3.3)" — CMU Mach 2.5
//! `sys/syscall.h` plus Darwin 0.3 `init_sysent.c`, whose "old"/compat entries are the NS 3.3
//! numbers. Numbers the reference marks UNCONFIRMED are left out. Note that 3.3 is 4.3BSD-based:
//! `stat`/`fstat`/`lstat`/`lseek` are the old 32-bit-`off_t` calls 38/62/40/19, not the 4.4BSD ones.

pub const EXIT: i32 = 1;
pub const FORK: i32 = 2;
pub const READ: i32 = 3;
pub const WRITE: i32 = 4;
pub const OPEN: i32 = 5;
pub const CLOSE: i32 = 6;
pub const CREAT: i32 = 8;
pub const LINK: i32 = 9;
pub const UNLINK: i32 = 10;
pub const EXECV: i32 = 11;
pub const CHDIR: i32 = 12;
pub const MKNOD: i32 = 14;
pub const CHMOD: i32 = 15;
pub const CHOWN: i32 = 16;
pub const LSEEK: i32 = 19;
pub const GETPID: i32 = 20;
pub const GETUID: i32 = 24;
pub const ACCESS: i32 = 33;
pub const SYNC: i32 = 36;
pub const KILL: i32 = 37;
pub const STAT: i32 = 38;
pub const LSTAT: i32 = 40;
pub const DUP: i32 = 41;
pub const PIPE: i32 = 42;
pub const GETGID: i32 = 47;
pub const IOCTL: i32 = 54;
pub const SYMLINK: i32 = 57;
pub const READLINK: i32 = 58;
pub const EXECVE: i32 = 59;
pub const UMASK: i32 = 60;
pub const FSTAT: i32 = 62;
pub const GETPAGESIZE: i32 = 64;
pub const VFORK: i32 = 66;
pub const GETDTABLESIZE: i32 = 89;
pub const DUP2: i32 = 90;
pub const FCNTL: i32 = 92;
pub const SELECT: i32 = 93;
pub const FSYNC: i32 = 95;
pub const SIGVEC: i32 = 108;
pub const SIGBLOCK: i32 = 109;
pub const SIGSETMASK: i32 = 110;
pub const GETTIMEOFDAY: i32 = 116;
pub const GETRUSAGE: i32 = 117;
pub const READV: i32 = 120;
pub const WRITEV: i32 = 121;
pub const RENAME: i32 = 128;
pub const TRUNCATE: i32 = 129;
pub const FTRUNCATE: i32 = 130;
pub const MKDIR: i32 = 136;
pub const RMDIR: i32 = 137;
pub const UTIMES: i32 = 138;
pub const GETRLIMIT: i32 = 144;
pub const SETRLIMIT: i32 = 145;
pub const GETDIRENTRIES: i32 = 156;
