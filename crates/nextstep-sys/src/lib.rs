//! Raw interface to the NeXTSTEP 3.3 kernel on Motorola 68k.
//!
//! This crate is the only place that knows how a NeXTSTEP/m68k process talks to its kernel:
//!
//! * Unix system calls go through `trap #4` with the call number in d0 and the arguments on the
//!   user stack starting at sp+4 (the word at sp is a dummy return-address slot, as left by a libc
//!   stub called from C). On return the carry flag is clear on success (result in d0, a second
//!   result in d1) and set on failure (4.3BSD errno in d0).
//!   Source: `shared/reference/nextstep-m68k-abi.md` section 6 ("What is solid",
//!   "NeXT-specific trap vectors").
//! * Mach traps go through `trap #3` with the positive trap index in d0, arguments from sp+4,
//!   result in d0 (reference section 6, "Mach trap numbers").
//! * `vm_allocate`, `vm_deallocate` and `vm_protect` are not traps but MIG remote procedure calls to
//!   the task port, sent with `msg_rpc_trap` (reference section 7).
//!
//! The machine-level glue is three tiny assembly stubs (`__nx_syscall`, `__nx_pipe`,
//! `__nx_mach_trap`) written in GNU `as` MIT syntax: with this toolchain rustc emits LLVM bitcode
//! and module-level assembly is assembled later by `m68k-linux-gnu-as`.
//!
//! Error convention of every wrapper here: a non-negative value is the kernel's result; a
//! negative value is `-errno` (see [`errno`]). Use [`cvt`] to turn it into a `Result`.
//!
//! The crate also defines the C memory functions LLVM emits calls to (`memcpy`, `memmove`,
//! `memset`, `memcmp`, `bcmp`, `strlen`; module [`cmem`]); it is `#![no_builtins]` for that.
//!
//! Names follow the C names of NeXTSTEP's libc; constants are NeXT's values (this crate is
//! guest-only, so the `_NX` suffix used by the host-side C tools is not needed here).
#![no_std]
#![no_builtins]
#![feature(asm_experimental_arch)]
#![allow(non_camel_case_types)]

pub mod cmem;
pub mod errno;
pub mod mach;
pub mod nr;
pub mod types;

pub use errno::*;
pub use mach::*;
pub use types::*;

// The trap stubs. Each copies its arguments into a fresh frame laid out exactly as the kernel
// expects (dummy slot at sp, argument 1 at sp+4, ...), so that nothing has to survive the trap in
// a register, then drops that frame with `lea` (which, unlike `move`/`add`, leaves the condition
// codes alone so the carry set by the kernel can still be tested).
// The text must be accepted by two assemblers: LLVM's M68k parser (rustc reads module asm to
// build the bitcode symbol table) and GNU as (which assembles it in next-llc). LLVM's parser
// lacks `subq`, size-suffixed branches and numeric local labels, hence `suba.l` and `.L` labels.
#[cfg(target_arch = "m68k")]
core::arch::global_asm!(
    "    .text",
    // i32 __nx_syscall(i32 num, a1, a2, a3, a4, a5)   [Unix call, trap #4]
    // entry: 0(sp)=return address, 4=num, 8=a1 .. 24=a5
    "    .globl __nx_syscall",
    "    .type __nx_syscall,@function",
    "__nx_syscall:",
    "    move.l 24(%sp),-(%sp)", // a5
    "    move.l 24(%sp),-(%sp)", // a4
    "    move.l 24(%sp),-(%sp)", // a3
    "    move.l 24(%sp),-(%sp)", // a2
    "    move.l 24(%sp),-(%sp)", // a1
    "    move.l 24(%sp),%d0",    // num
    "    suba.l #4,%sp",         // dummy return-address slot
    "    trap #4",
    "    lea 24(%sp),%sp",
    "    bcs .Lnx_syscall_err",
    "    rts",
    ".Lnx_syscall_err:",
    "    neg.l %d0",             // failure: return -errno
    "    rts",
    "    .size __nx_syscall,.-__nx_syscall",
    // i32 __nx_pipe(i32 *fds)   [pipe(2): no arguments, two results in d0/d1]
    "    .globl __nx_pipe",
    "    .type __nx_pipe,@function",
    "__nx_pipe:",
    "    moveq #42,%d0", // SYS_pipe (nr::PIPE)
    "    trap #4",
    "    bcs .Lnx_pipe_err",
    "    move.l 4(%sp),%a0",
    "    move.l %d0,(%a0)",
    "    move.l %d1,4(%a0)",
    "    moveq #0,%d0",
    "    rts",
    ".Lnx_pipe_err:",
    "    neg.l %d0",
    "    rts",
    "    .size __nx_pipe,.-__nx_pipe",
    // i32 __nx_mach_trap(i32 index, a1, a2, a3, a4, a5, a6)   [Mach trap, trap #3]
    "    .globl __nx_mach_trap",
    "    .type __nx_mach_trap,@function",
    "__nx_mach_trap:",
    "    move.l 28(%sp),-(%sp)", // a6
    "    move.l 28(%sp),-(%sp)", // a5
    "    move.l 28(%sp),-(%sp)", // a4
    "    move.l 28(%sp),-(%sp)", // a3
    "    move.l 28(%sp),-(%sp)", // a2
    "    move.l 28(%sp),-(%sp)", // a1
    "    move.l 28(%sp),%d0",    // trap index
    "    suba.l #4,%sp",
    "    trap #3",
    "    lea 28(%sp),%sp",
    "    rts",
    "    .size __nx_mach_trap,.-__nx_mach_trap",
);

extern "C" {
    /// Generic Unix system call through `trap #4`. Returns d0 on success, `-errno` on failure.
    pub fn __nx_syscall(num: i32, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize) -> i32;
    /// `pipe(2)` (number 42): the kernel returns the two descriptors in d0 and d1.
    pub fn __nx_pipe(fds: *mut i32) -> i32;
    /// Generic Mach trap through `trap #3` (positive index in d0). Returns d0.
    pub fn __nx_mach_trap(
        index: i32,
        a1: usize,
        a2: usize,
        a3: usize,
        a4: usize,
        a5: usize,
        a6: usize,
    ) -> i32;
}

/// Converts a raw wrapper result (`>= 0` value, `< 0` = `-errno`) into a `Result`.
#[inline]
pub fn cvt(r: i32) -> Result<i32, i32> {
    if r < 0 {
        Err(-r)
    } else {
        Ok(r)
    }
}

#[inline(always)]
unsafe fn sys(num: i32, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize) -> i32 {
    __nx_syscall(num, a1, a2, a3, a4, a5)
}

macro_rules! syscalls {
    ($( $(#[$m:meta])* fn $name:ident ( $($arg:ident : $ty:ty),* ) = $nr:ident ; )*) => {$(
        $(#[$m])*
        #[inline]
        pub unsafe fn $name($($arg: $ty),*) -> i32 {
            let a: [usize; 5] = syscalls!(@args $($arg),*);
            sys(nr::$nr, a[0], a[1], a[2], a[3], a[4])
        }
    )*};
    (@args) => { [0, 0, 0, 0, 0] };
    (@args $a:ident) => { [$a as usize, 0, 0, 0, 0] };
    (@args $a:ident, $b:ident) => { [$a as usize, $b as usize, 0, 0, 0] };
    (@args $a:ident, $b:ident, $c:ident) => { [$a as usize, $b as usize, $c as usize, 0, 0] };
    (@args $a:ident, $b:ident, $c:ident, $d:ident) => {
        [$a as usize, $b as usize, $c as usize, $d as usize, 0]
    };
}

syscalls! {
    /// `read(fd, buf, nbytes)` — Unix call 3 (reference section 6). Returns bytes read.
    fn read(fd: i32, buf: *mut u8, nbytes: usize) = READ;
    /// `write(fd, buf, nbytes)` — Unix call 4. Returns bytes written.
    fn write(fd: i32, buf: *const u8, nbytes: usize) = WRITE;
    /// `open(path, flags, mode)` — Unix call 5. `path` is NUL-terminated; flags are `O_*`.
    fn open(path: *const u8, flags: i32, mode: i32) = OPEN;
    /// `close(fd)` — Unix call 6.
    fn close(fd: i32) = CLOSE;
    /// `creat(path, mode)` — Unix call 8.
    fn creat(path: *const u8, mode: i32) = CREAT;
    /// `unlink(path)` — Unix call 10.
    fn unlink(path: *const u8) = UNLINK;
    /// `lseek(fd, offset, whence)` — Unix call 19 (32-bit `off_t`). Returns the new offset.
    fn lseek(fd: i32, offset: off_t, whence: i32) = LSEEK;
    /// `access(path, mode)` — Unix call 33 (`F_OK`, `R_OK`, `W_OK`, `X_OK`).
    fn access(path: *const u8, mode: i32) = ACCESS;
    /// `kill(pid, sig)` — Unix call 37.
    fn kill(pid: pid_t, sig: i32) = KILL;
    /// `stat(path, buf)` — Unix call 38; fills a [`stat`].
    fn stat(path: *const u8, buf: *mut stat) = STAT;
    /// `lstat(path, buf)` — Unix call 40; fills a [`stat`].
    fn lstat(path: *const u8, buf: *mut stat) = LSTAT;
    /// `dup(fd)` — Unix call 41.
    fn dup(fd: i32) = DUP;
    /// `ioctl(fd, request, arg)` — Unix call 54.
    fn ioctl(fd: i32, request: u32, arg: *mut u8) = IOCTL;
    /// `fstat(fd, buf)` — Unix call 62; fills a [`stat`].
    fn fstat(fd: i32, buf: *mut stat) = FSTAT;
    /// `getpagesize()` — Unix call 64 (8192 on NeXT 68k hardware).
    fn getpagesize() = GETPAGESIZE;
    /// `dup2(from, to)` — Unix call 90.
    fn dup2(from: i32, to: i32) = DUP2;
    /// `fcntl(fd, cmd, arg)` — Unix call 92 (`F_*`).
    fn fcntl(fd: i32, cmd: i32, arg: usize) = FCNTL;
    /// `gettimeofday(tv, tz)` — Unix call 116; `tz` may be null.
    fn gettimeofday(tv: *mut timeval, tz: *mut timezone) = GETTIMEOFDAY;
    /// `readv(fd, iov, iovcnt)` — Unix call 120.
    fn readv(fd: i32, iov: *const iovec, iovcnt: i32) = READV;
    /// `writev(fd, iov, iovcnt)` — Unix call 121.
    fn writev(fd: i32, iov: *const iovec, iovcnt: i32) = WRITEV;
    /// `rename(from, to)` — Unix call 128.
    fn rename(from: *const u8, to: *const u8) = RENAME;
    /// `mkdir(path, mode)` — Unix call 136.
    fn mkdir(path: *const u8, mode: i32) = MKDIR;
    /// `rmdir(path)` — Unix call 137.
    fn rmdir(path: *const u8) = RMDIR;
    /// `getdirentries(fd, buf, nbytes, basep)` — Unix call 156; fills `buf` with [`direct`]
    /// records and stores the directory offset of the block in `*basep`.
    fn getdirentries(fd: i32, buf: *mut u8, nbytes: usize, basep: *mut i32) = GETDIRENTRIES;
}

/// `_exit(status)` — Unix call 1. Does not return.
#[inline]
pub unsafe fn exit(status: i32) -> ! {
    sys(nr::EXIT, status as usize, 0, 0, 0, 0);
    // The kernel never returns from exit; if something does, fault loudly.
    loop {
        sys(nr::EXIT, status as usize, 0, 0, 0, 0);
    }
}

/// `getpid()` — Unix call 20 (the kernel also returns the parent pid in d1, ignored here).
#[inline]
pub unsafe fn getpid() -> pid_t {
    sys(nr::GETPID, 0, 0, 0, 0, 0)
}

/// `pipe(fds)` — Unix call 42: `fds[0]` is the read end, `fds[1]` the write end.
#[inline]
pub unsafe fn pipe(fds: &mut [i32; 2]) -> i32 {
    __nx_pipe(fds.as_mut_ptr())
}

/// Indirect Unix call: any number from [`nr`] with up to five word arguments.
#[inline]
pub unsafe fn syscall(num: i32, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize) -> i32 {
    sys(num, a1, a2, a3, a4, a5)
}
