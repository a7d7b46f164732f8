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
//! The machine-level glue is three tiny assembly stubs (`__nx_syscall`, `__nx_syscall_x` for six
//! arguments or a second result in d1, `__nx_mach_trap`) written in GNU `as` MIT syntax: with this toolchain rustc emits LLVM bitcode
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

pub mod atomic64;
pub mod ccall;
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
    // i32 __nx_syscall_x(i32 num, i32 *d1, a1, a2, a3, a4, a5, a6)   [Unix call, trap #4]
    // For calls with six arguments or a second result in d1 (stored to *d1 on success when d1
    // is not null). entry: 0(sp)=return address, 4=num, 8=d1, 12=a1 .. 32=a6
    "    .globl __nx_syscall_x",
    "    .type __nx_syscall_x,@function",
    "__nx_syscall_x:",
    "    move.l 32(%sp),-(%sp)", // a6
    "    move.l 32(%sp),-(%sp)", // a5
    "    move.l 32(%sp),-(%sp)", // a4
    "    move.l 32(%sp),-(%sp)", // a3
    "    move.l 32(%sp),-(%sp)", // a2
    "    move.l 32(%sp),-(%sp)", // a1
    "    move.l 28(%sp),%d0",    // num
    "    suba.l #4,%sp",         // dummy return-address slot
    "    trap #4",
    "    lea 28(%sp),%sp",
    "    bcs .Lnx_syscall_x_err",
    "    move.l %d0,%a1",        // keep the result (movea: flags untouched)
    "    move.l 8(%sp),%d0",     // d1 pointer; sets Z when null
    "    beq .Lnx_syscall_x_ret",
    "    move.l %d0,%a0",
    "    move.l %d1,(%a0)",
    ".Lnx_syscall_x_ret:",
    "    move.l %a1,%d0",
    "    rts",
    ".Lnx_syscall_x_err:",
    "    neg.l %d0",
    "    rts",
    "    .size __nx_syscall_x,.-__nx_syscall_x",
);

extern "C" {
    /// Generic Unix system call through `trap #4`. Returns d0 on success, `-errno` on failure.
    pub fn __nx_syscall(num: i32, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize) -> i32;
    /// Unix call through `trap #4` with up to six arguments; on success the kernel's second
    /// result (d1) is stored to `*d1` unless `d1` is null. Returns d0, or `-errno` on failure.
    pub fn __nx_syscall_x(
        num: i32,
        d1: *mut i32,
        a1: usize,
        a2: usize,
        a3: usize,
        a4: usize,
        a5: usize,
        a6: usize,
    ) -> i32;
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

#[inline(always)]
unsafe fn sys6(num: i32, d1: *mut i32, a: [usize; 6]) -> i32 {
    __nx_syscall_x(num, d1, a[0], a[1], a[2], a[3], a[4], a[5])
}

// One wrapper per Unix call of the reference table (section 6, "Unix syscall numbers (NeXTSTEP
// 3.3)"); the numbers are in `nr`. Argument types are NeXT's C types (int = i32, pointers as
// raw pointers, `caddr_t` as `*mut u8`); arguments whose C type the reference does not give are
// `usize` words. Every wrapper returns the kernel's d0 (>= 0) or `-errno`.
macro_rules! syscalls {
    ($( $(#[$m:meta])* fn $name:ident ( $($arg:ident : $ty:ty),* ) = $nr:ident ; )*) => {$(
        $(#[$m])*
        #[inline]
        pub unsafe fn $name($($arg: $ty),*) -> i32 {
            let a: [usize; 6] = syscalls!(@args $($arg),*);
            if syscalls!(@count $($arg),*) < 6 {
                sys(nr::$nr, a[0], a[1], a[2], a[3], a[4])
            } else {
                sys6(nr::$nr, core::ptr::null_mut(), a)
            }
        }
    )*};
    (@count) => { 0 };
    (@count $a:ident $(, $r:ident)*) => { 1 + syscalls!(@count $($r),*) };
    (@args) => { [0, 0, 0, 0, 0, 0] };
    (@args $a:ident) => { [$a as usize, 0, 0, 0, 0, 0] };
    (@args $a:ident, $b:ident) => { [$a as usize, $b as usize, 0, 0, 0, 0] };
    (@args $a:ident, $b:ident, $c:ident) => { [$a as usize, $b as usize, $c as usize, 0, 0, 0] };
    (@args $a:ident, $b:ident, $c:ident, $d:ident) => {
        [$a as usize, $b as usize, $c as usize, $d as usize, 0, 0]
    };
    (@args $a:ident, $b:ident, $c:ident, $d:ident, $e:ident) => {
        [$a as usize, $b as usize, $c as usize, $d as usize, $e as usize, 0]
    };
    (@args $a:ident, $b:ident, $c:ident, $d:ident, $e:ident, $f:ident) => {
        [$a as usize, $b as usize, $c as usize, $d as usize, $e as usize, $f as usize]
    };
}

syscalls! {
    /// `read(fd, buf, nbytes)` — Unix call 3 (reference section 6). Returns bytes read.
    fn read(fd: i32, buf: *mut u8, nbytes: usize) = READ;
    /// `write(fd, buf, nbytes)` — Unix call 4 (section 6). Returns bytes written.
    fn write(fd: i32, buf: *const u8, nbytes: usize) = WRITE;
    /// `open(path, flags, mode)` — Unix call 5 (section 6). `path` is NUL-terminated; flags `O_*`.
    fn open(path: *const u8, flags: i32, mode: i32) = OPEN;
    /// `close(fd)` — Unix call 6 (section 6).
    fn close(fd: i32) = CLOSE;
    /// `creat(path, mode)` — Unix call 8 (section 6).
    fn creat(path: *const u8, mode: i32) = CREAT;
    /// `link(path, newpath)` — Unix call 9 (section 6).
    fn link(path: *const u8, newpath: *const u8) = LINK;
    /// `unlink(path)` — Unix call 10 (section 6).
    fn unlink(path: *const u8) = UNLINK;
    /// `execv(path, argv)` — Unix call 11 (section 6).
    fn execv(path: *const u8, argv: *const *const u8) = EXECV;
    /// `chdir(path)` — Unix call 12 (section 6).
    fn chdir(path: *const u8) = CHDIR;
    /// `mknod(path, mode, dev)` — Unix call 14 (section 6).
    fn mknod(path: *const u8, mode: i32, dev: i32) = MKNOD;
    /// `chmod(path, mode)` — Unix call 15 (section 6).
    fn chmod(path: *const u8, mode: i32) = CHMOD;
    /// `chown(path, owner, group)` — Unix call 16 (section 6).
    fn chown(path: *const u8, owner: i32, group: i32) = CHOWN;
    /// `obreak(addr)` (the `brk` system call) — Unix call 17 (section 6).
    fn obreak(addr: *mut u8) = OBREAK;
    /// `lseek(fd, offset, whence)` — Unix call 19 (section 6; 32-bit `off_t`). Returns the new offset.
    fn lseek(fd: i32, offset: off_t, whence: i32) = LSEEK;
    /// `mount(special, name, rwflag)` (4.3BSD form) — Unix call 21 (section 6).
    fn mount(special: *const u8, name: *const u8, rwflag: i32) = MOUNT;
    /// `umount(special)` — Unix call 22 (section 6).
    fn umount(special: *const u8) = UMOUNT;
    /// `setuid(uid)` — Unix call 23 (section 6; the number is UNCONFIRMED for 3.3).
    fn setuid(uid: i32) = SETUID;
    /// `ptrace(request, pid, addr, data)` — Unix call 26 (section 6).
    fn ptrace(request: i32, pid: pid_t, addr: *mut u8, data: i32) = PTRACE;
    /// `access(path, mode)` — Unix call 33 (section 6; `F_OK`, `R_OK`, `W_OK`, `X_OK`).
    fn access(path: *const u8, mode: i32) = ACCESS;
    /// `sync()` — Unix call 36 (section 6).
    fn sync() = SYNC;
    /// `kill(pid, sig)` — Unix call 37 (section 6).
    fn kill(pid: pid_t, sig: i32) = KILL;
    /// `stat(path, buf)` — Unix call 38 (section 6); fills a [`stat`].
    fn stat(path: *const u8, buf: *mut stat) = STAT;
    /// `lstat(path, buf)` — Unix call 40 (section 6); fills a [`stat`].
    fn lstat(path: *const u8, buf: *mut stat) = LSTAT;
    /// `dup(fd)` — Unix call 41 (section 6).
    fn dup(fd: i32) = DUP;
    /// `profil(buf, bufsiz, offset, scale)` — Unix call 44 (section 6).
    fn profil(buf: *mut u8, bufsiz: i32, offset: i32, scale: i32) = PROFIL;
    /// `acct(path)` — Unix call 51 (section 6).
    fn acct(path: *const u8) = ACCT;
    /// `ioctl(fd, request, arg)` — Unix call 54 (section 6).
    fn ioctl(fd: i32, request: u32, arg: *mut u8) = IOCTL;
    /// `reboot(howto)` — Unix call 55 (section 6).
    fn reboot(howto: i32) = REBOOT;
    /// `symlink(target, linkpath)` — Unix call 57 (section 6).
    fn symlink(target: *const u8, linkpath: *const u8) = SYMLINK;
    /// `readlink(path, buf, bufsiz)` — Unix call 58 (section 6). Returns the length (no NUL).
    fn readlink(path: *const u8, buf: *mut u8, bufsiz: i32) = READLINK;
    /// `execve(path, argv, envp)` — Unix call 59 (section 6).
    fn execve(path: *const u8, argv: *const *const u8, envp: *const *const u8) = EXECVE;
    /// `umask(mask)` — Unix call 60 (section 6). Returns the previous mask.
    fn umask(mask: i32) = UMASK;
    /// `chroot(path)` — Unix call 61 (section 6).
    fn chroot(path: *const u8) = CHROOT;
    /// `fstat(fd, buf)` — Unix call 62 (section 6); fills a [`stat`].
    fn fstat(fd: i32, buf: *mut stat) = FSTAT;
    /// `getpagesize()` — Unix call 64 (section 6; 8192 on NeXT 68k hardware).
    fn getpagesize() = GETPAGESIZE;
    /// `mremap(addr, len, prot, flags, fd, pos)` (old Mach/4.3 form) — Unix call 65 (section 6).
    fn mremap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, pos: off_t) = MREMAP;
    /// `sbrk(incr)` — Unix call 69 (section 6). Returns the old break.
    fn sbrk(incr: i32) = SBRK;
    /// `sstk(incr)` — Unix call 70 (section 6).
    fn sstk(incr: i32) = SSTK;
    /// `mmap(addr, len, prot, flags, fd, pos)` (old 6-argument form) — Unix call 71 (section 6).
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, pos: off_t) = MMAP;
    /// `vadvise(anom)` — Unix call 72 (section 6).
    fn vadvise(anom: i32) = VADVISE;
    /// `munmap(addr, len)` — Unix call 73 (section 6).
    fn munmap(addr: *mut u8, len: usize) = MUNMAP;
    /// `mprotect(addr, len, prot)` — Unix call 74 (section 6).
    fn mprotect(addr: *mut u8, len: usize, prot: i32) = MPROTECT;
    /// `madvise(addr, len, behav)` — Unix call 75 (section 6).
    fn madvise(addr: *mut u8, len: usize, behav: i32) = MADVISE;
    /// `vhangup()` — Unix call 76 (section 6).
    fn vhangup() = VHANGUP;
    /// `mincore(addr, len, vec)` — Unix call 78 (section 6).
    fn mincore(addr: *mut u8, len: usize, vec: *mut u8) = MINCORE;
    /// `getgroups(gidsetsize, gidset)` — Unix call 79 (section 6; `int gidset[]` in 4.3BSD).
    fn getgroups(gidsetsize: i32, gidset: *mut i32) = GETGROUPS;
    /// `setgroups(ngroups, gidset)` — Unix call 80 (section 6).
    fn setgroups(ngroups: i32, gidset: *const i32) = SETGROUPS;
    /// `getpgrp(pid)` — Unix call 81 (section 6; 4.3BSD takes a pid, 0 = self).
    fn getpgrp(pid: pid_t) = GETPGRP;
    /// `setpgrp(pid, pgrp)` — Unix call 82 (section 6).
    fn setpgrp(pid: pid_t, pgrp: pid_t) = SETPGRP;
    /// `setitimer(which, value, ovalue)` — Unix call 83 (section 6); [`itimerval`].
    fn setitimer(which: i32, value: *const itimerval, ovalue: *mut itimerval) = SETITIMER;
    /// `swapon(special)` — Unix call 85 (section 6).
    fn swapon(special: *const u8) = SWAPON;
    /// `getitimer(which, value)` — Unix call 86 (section 6); [`itimerval`].
    fn getitimer(which: i32, value: *mut itimerval) = GETITIMER;
    /// `gethostname(name, namelen)` — Unix call 87 (section 6).
    fn gethostname(name: *mut u8, namelen: i32) = GETHOSTNAME;
    /// `sethostname(name, namelen)` — Unix call 88 (section 6).
    fn sethostname(name: *const u8, namelen: i32) = SETHOSTNAME;
    /// `getdtablesize()` — Unix call 89 (section 6).
    fn getdtablesize() = GETDTABLESIZE;
    /// `dup2(from, to)` — Unix call 90 (section 6).
    fn dup2(from: i32, to: i32) = DUP2;
    /// `getdopt(fd, opt)` — Unix call 91 (section 6; obsolete 4.2BSD descriptor options).
    fn getdopt(fd: i32, opt: i32) = GETDOPT;
    /// `fcntl(fd, cmd, arg)` — Unix call 92 (section 6; `F_*`).
    fn fcntl(fd: i32, cmd: i32, arg: usize) = FCNTL;
    /// `select(nfds, readfds, writefds, exceptfds, timeout)` — Unix call 93 (section 6);
    /// [`fd_set`], [`timeval`] (null = wait forever).
    fn select(nfds: i32, readfds: *mut fd_set, writefds: *mut fd_set, exceptfds: *mut fd_set,
              timeout: *mut timeval) = SELECT;
    /// `setdopt(fd, opt)` — Unix call 94 (section 6; obsolete).
    fn setdopt(fd: i32, opt: i32) = SETDOPT;
    /// `fsync(fd)` — Unix call 95 (section 6).
    fn fsync(fd: i32) = FSYNC;
    /// `setpriority(which, who, prio)` — Unix call 96 (section 6).
    fn setpriority(which: i32, who: i32, prio: i32) = SETPRIORITY;
    /// `socket(domain, type, protocol)` — Unix call 97 (section 6).
    fn socket(domain: i32, ty: i32, protocol: i32) = SOCKET;
    /// `connect(s, name, namelen)` — Unix call 98 (section 6).
    fn connect(s: i32, name: *const u8, namelen: i32) = CONNECT;
    /// `accept(s, addr, addrlen)` — Unix call 99 (section 6).
    fn accept(s: i32, addr: *mut u8, addrlen: *mut i32) = ACCEPT;
    /// `getpriority(which, who)` — Unix call 100 (section 6).
    fn getpriority(which: i32, who: i32) = GETPRIORITY;
    /// `send(s, msg, len, flags)` — Unix call 101 (section 6).
    fn send(s: i32, msg: *const u8, len: i32, flags: i32) = SEND;
    /// `recv(s, buf, len, flags)` — Unix call 102 (section 6).
    fn recv(s: i32, buf: *mut u8, len: i32, flags: i32) = RECV;
    /// `sigreturn(scp)` — Unix call 103 (section 6; `struct sigcontext *`).
    fn sigreturn(scp: *const u8) = SIGRETURN;
    /// `bind(s, name, namelen)` — Unix call 104 (section 6).
    fn bind(s: i32, name: *const u8, namelen: i32) = BIND;
    /// `setsockopt(s, level, optname, optval, optlen)` — Unix call 105 (section 6).
    fn setsockopt(s: i32, level: i32, optname: i32, optval: *const u8, optlen: i32) = SETSOCKOPT;
    /// `listen(s, backlog)` — Unix call 106 (section 6).
    fn listen(s: i32, backlog: i32) = LISTEN;
    /// `sigvec(sig, vec, ovec)` — Unix call 108 (section 6); [`sigvec`].
    fn sigvec(sig: i32, vec: *const sigvec, ovec: *mut sigvec) = SIGVEC;
    /// `sigblock(mask)` — Unix call 109 (section 6). Returns the old mask.
    fn sigblock(mask: i32) = SIGBLOCK;
    /// `sigsetmask(mask)` — Unix call 110 (section 6). Returns the old mask.
    fn sigsetmask(mask: i32) = SIGSETMASK;
    /// `sigpause(mask)` — Unix call 111 (section 6). Returns `-EINTR` after a handler ran.
    fn sigpause(mask: i32) = SIGPAUSE;
    /// `sigstack(ss, oss)` — Unix call 112 (section 6); [`sigstack`].
    fn sigstack(ss: *const sigstack, oss: *mut sigstack) = SIGSTACK;
    /// `recvmsg(s, msg, flags)` — Unix call 113 (section 6).
    fn recvmsg(s: i32, msg: *mut u8, flags: i32) = RECVMSG;
    /// `sendmsg(s, msg, flags)` — Unix call 114 (section 6).
    fn sendmsg(s: i32, msg: *const u8, flags: i32) = SENDMSG;
    /// `gettimeofday(tv, tz)` — Unix call 116 (section 6); `tz` may be null.
    fn gettimeofday(tv: *mut timeval, tz: *mut timezone) = GETTIMEOFDAY;
    /// `getrusage(who, rusage)` — Unix call 117 (section 6); [`rusage`].
    fn getrusage(who: i32, rusage: *mut rusage) = GETRUSAGE;
    /// `getsockopt(s, level, optname, optval, optlen)` — Unix call 118 (section 6).
    fn getsockopt(s: i32, level: i32, optname: i32, optval: *mut u8, optlen: *mut i32) = GETSOCKOPT;
    /// `readv(fd, iov, iovcnt)` — Unix call 120 (section 6).
    fn readv(fd: i32, iov: *const iovec, iovcnt: i32) = READV;
    /// `writev(fd, iov, iovcnt)` — Unix call 121 (section 6).
    fn writev(fd: i32, iov: *const iovec, iovcnt: i32) = WRITEV;
    /// `settimeofday(tv, tz)` — Unix call 122 (section 6).
    fn settimeofday(tv: *const timeval, tz: *const timezone) = SETTIMEOFDAY;
    /// `fchown(fd, owner, group)` — Unix call 123 (section 6).
    fn fchown(fd: i32, owner: i32, group: i32) = FCHOWN;
    /// `fchmod(fd, mode)` — Unix call 124 (section 6).
    fn fchmod(fd: i32, mode: i32) = FCHMOD;
    /// `recvfrom(s, buf, len, flags, from, fromlen)` — Unix call 125 (section 6).
    fn recvfrom(s: i32, buf: *mut u8, len: i32, flags: i32, from: *mut u8, fromlen: *mut i32) = RECVFROM;
    /// `setreuid(ruid, euid)` — Unix call 126 (section 6).
    fn setreuid(ruid: i32, euid: i32) = SETREUID;
    /// `setregid(rgid, egid)` — Unix call 127 (section 6).
    fn setregid(rgid: i32, egid: i32) = SETREGID;
    /// `rename(from, to)` — Unix call 128 (section 6).
    fn rename(from: *const u8, to: *const u8) = RENAME;
    /// `truncate(path, length)` — Unix call 129 (section 6; 32-bit `off_t`).
    fn truncate(path: *const u8, length: off_t) = TRUNCATE;
    /// `ftruncate(fd, length)` — Unix call 130 (section 6; 32-bit `off_t`).
    fn ftruncate(fd: i32, length: off_t) = FTRUNCATE;
    /// `flock(fd, operation)` — Unix call 131 (section 6; `LOCK_*`).
    fn flock(fd: i32, operation: i32) = FLOCK;
    /// `sendto(s, msg, len, flags, to, tolen)` — Unix call 133 (section 6).
    fn sendto(s: i32, msg: *const u8, len: i32, flags: i32, to: *const u8, tolen: i32) = SENDTO;
    /// `shutdown(s, how)` — Unix call 134 (section 6).
    fn shutdown(s: i32, how: i32) = SHUTDOWN;
    /// `socketpair(domain, type, protocol, sv)` — Unix call 135 (section 6).
    fn socketpair(domain: i32, ty: i32, protocol: i32, sv: *mut i32) = SOCKETPAIR;
    /// `mkdir(path, mode)` — Unix call 136 (section 6).
    fn mkdir(path: *const u8, mode: i32) = MKDIR;
    /// `rmdir(path)` — Unix call 137 (section 6).
    fn rmdir(path: *const u8) = RMDIR;
    /// `utimes(path, times)` — Unix call 138 (section 6; two [`timeval`]s: access, modification).
    fn utimes(path: *const u8, times: *const timeval) = UTIMES;
    /// `adjtime(delta, olddelta)` — Unix call 140 (section 6).
    fn adjtime(delta: *const timeval, olddelta: *mut timeval) = ADJTIME;
    /// `getpeername(s, name, namelen)` — Unix call 141 (section 6).
    fn getpeername(s: i32, name: *mut u8, namelen: *mut i32) = GETPEERNAME;
    /// `gethostid()` — Unix call 142 (section 6).
    fn gethostid() = GETHOSTID;
    /// `sethostid(hostid)` — Unix call 143 (section 6).
    fn sethostid(hostid: i32) = SETHOSTID;
    /// `getrlimit(resource, rlp)` — Unix call 144 (section 6); [`rlimit`].
    fn getrlimit(resource: i32, rlp: *mut rlimit) = GETRLIMIT;
    /// `setrlimit(resource, rlp)` — Unix call 145 (section 6); [`rlimit`].
    fn setrlimit(resource: i32, rlp: *const rlimit) = SETRLIMIT;
    /// `killpg(pgrp, sig)` — Unix call 146 (section 6).
    fn killpg(pgrp: pid_t, sig: i32) = KILLPG;
    /// `setsid()` — Unix call 147 (section 6; "Rhapsody; UNCONFIRMED for 3.3").
    fn setsid() = SETSID;
    /// `setquota(special, file)` — Unix call 148 (section 6).
    fn setquota(special: *const u8, file: *const u8) = SETQUOTA;
    /// `quota(cmd, uid, arg, addr)` — Unix call 149 (section 6).
    fn quota(cmd: i32, uid: i32, arg: i32, addr: *mut u8) = QUOTA;
    /// `getsockname(s, name, namelen)` — Unix call 150 (section 6).
    fn getsockname(s: i32, name: *mut u8, namelen: *mut i32) = GETSOCKNAME;
    /// `machparam(a1, a2, a3)` — Unix call 151 (section 6: "was m68k specific machparam";
    /// arguments not documented in the reference).
    fn machparam(a1: usize, a2: usize, a3: usize) = MACHPARAM;
    /// `setprivexec(flag)` — Unix call 152 (section 6).
    fn setprivexec(flag: i32) = SETPRIVEXEC;
    /// `nfs_svc(sock)` — Unix call 155 (section 6).
    fn nfs_svc(sock: i32) = NFS_SVC;
    /// `getdirentries(fd, buf, nbytes, basep)` — Unix call 156 (section 6); fills `buf` with
    /// [`direct`] records and stores the directory offset of the block in `*basep`.
    fn getdirentries(fd: i32, buf: *mut u8, nbytes: usize, basep: *mut i32) = GETDIRENTRIES;
    /// `statfs(path, buf)` — Unix call 157 (section 6; `struct statfs` not in the reference).
    fn statfs(path: *const u8, buf: *mut u8) = STATFS;
    /// `fstatfs(fd, buf)` — Unix call 158 (section 6).
    fn fstatfs(fd: i32, buf: *mut u8) = FSTATFS;
    /// `unmount(dir)` — Unix call 159 (section 6).
    fn unmount(dir: *const u8) = UNMOUNT;
    /// `async_daemon()` — Unix call 160 (section 6; NFS).
    fn async_daemon() = ASYNC_DAEMON;
    /// `getfh(path, fhp)` — Unix call 161 (section 6; NFS).
    fn getfh(path: *const u8, fhp: *mut u8) = GETFH;
    /// `getdomainname(name, namelen)` — Unix call 162 (section 6).
    fn getdomainname(name: *mut u8, namelen: i32) = GETDOMAINNAME;
    /// `setdomainname(name, namelen)` — Unix call 163 (section 6).
    fn setdomainname(name: *const u8, namelen: i32) = SETDOMAINNAME;
    /// `quotactl(path, cmd, uid, addr)` — Unix call 165 (section 6).
    fn quotactl(path: *const u8, cmd: i32, uid: i32, addr: *mut u8) = QUOTACTL;
    /// `exportfs(a1, a2, a3)` — Unix call 166 (section 6; arguments not in the reference).
    fn exportfs(a1: usize, a2: usize, a3: usize) = EXPORTFS;
    /// `mount(type, dir, flags, data)` (the vfs mount) — Unix call 167 (section 6).
    fn vfsmount(ty: i32, dir: *const u8, flags: i32, data: *mut u8) = VFSMOUNT;
    /// `ustat(dev, buf)` — Unix call 168 (section 6).
    fn ustat(dev: i32, buf: *mut u8) = USTAT;
    /// `table(id, index, addr, nel, lel)` — Unix call 170 (section 6; Mach/Ultrix `table`).
    fn table(id: i32, index: i32, addr: *mut u8, nel: i32, lel: u32) = TABLE;
    /// `wait3(status, options, rusage)` — Unix call 171 (section 6). Returns the pid.
    fn wait3(status: *mut i32, options: i32, rusage: *mut rusage) = WAIT3;
    /// `rpause(errno, etype, action)` — Unix call 172 (section 6; Mach resource pause).
    fn rpause(err: i32, etype: i32, action: i32) = RPAUSE;
    /// `getdents(fd, buf, nbytes)` — Unix call 174 (section 6).
    fn getdents(fd: i32, buf: *mut u8, nbytes: usize) = GETDENTS;
    /// `add_profil(buf, bufsiz, offset, scale)` — Unix call 176 (section 6).
    fn add_profil(buf: *mut u8, bufsiz: i32, offset: i32, scale: i32) = ADD_PROFIL;
}

/// `_exit(status)` — Unix call 1 (section 6). Does not return.
#[inline]
pub unsafe fn exit(status: i32) -> ! {
    sys(nr::EXIT, status as usize, 0, 0, 0, 0);
    // The kernel never returns from exit; if something does, fault loudly.
    loop {
        sys(nr::EXIT, status as usize, 0, 0, 0, 0);
    }
}

/// Runs a two-result call and returns `(d0, d1)` (d1 only meaningful when d0 >= 0).
#[inline]
unsafe fn sys2(num: i32, a1: usize) -> (i32, i32) {
    let mut d1 = 0;
    let r = sys6(num, &mut d1, [a1, 0, 0, 0, 0, 0]);
    (r, d1)
}

/// `fork()` — Unix call 2 (section 6: pid of the child in d0 in the parent; d1 = 1 in the child).
/// Returns the child's pid in the parent and 0 in the child, like libc.
#[inline]
pub unsafe fn fork() -> pid_t {
    let (r, d1) = sys2(nr::FORK, 0);
    if r >= 0 && d1 != 0 { 0 } else { r }
}

/// `vfork()` — Unix call 66 (section 6; results as [`fork`]).
#[inline]
pub unsafe fn vfork() -> pid_t {
    let (r, d1) = sys2(nr::VFORK, 0);
    if r >= 0 && d1 != 0 { 0 } else { r }
}

/// `getpid()` — Unix call 20 (section 6: pid in d0, parent pid in d1).
#[inline]
pub unsafe fn getpid() -> pid_t {
    sys(nr::GETPID, 0, 0, 0, 0, 0)
}

/// `getppid()`: the second result (d1) of `getpid`, Unix call 20 (section 6: "getpid 20 (ppid in
/// d1)"; 3.3 has no separate getppid call).
#[inline]
pub unsafe fn getppid() -> pid_t {
    second_result(nr::GETPID)
}

/// `getuid()` — Unix call 24 (section 6: real uid in d0, effective uid in d1).
#[inline]
pub unsafe fn getuid() -> i32 {
    sys(nr::GETUID, 0, 0, 0, 0, 0)
}

/// `geteuid()`: the second result (d1) of `getuid`, Unix call 24 (section 6).
#[inline]
pub unsafe fn geteuid() -> i32 {
    second_result(nr::GETUID)
}

/// `getgid()` — Unix call 47 (section 6: real gid in d0, effective gid in d1).
#[inline]
pub unsafe fn getgid() -> i32 {
    sys(nr::GETGID, 0, 0, 0, 0, 0)
}

/// `getegid()`: the second result (d1) of `getgid`, Unix call 47 (section 6).
#[inline]
pub unsafe fn getegid() -> i32 {
    second_result(nr::GETGID)
}

/// The d1 result of a two-result call without arguments (getpid, getuid, getgid), or -errno.
#[inline]
unsafe fn second_result(num: i32) -> i32 {
    let (r, d1) = sys2(num, 0);
    if r < 0 { r } else { d1 }
}

/// `wait(status)` — Unix call 84 (4.3BSD "old wait": pid in d0, status in d1; section 6).
/// Stores the status to `*status` when not null and returns the pid.
#[inline]
pub unsafe fn wait(status: *mut i32) -> pid_t {
    let (r, d1) = sys2(nr::WAIT, 0);
    if r >= 0 && !status.is_null() {
        *status = d1;
    }
    r
}

/// `pipe(fds)` — Unix call 42 (section 6): `fds[0]` is the read end, `fds[1]` the write end.
#[inline]
pub unsafe fn pipe(fds: &mut [i32; 2]) -> i32 {
    // The kernel returns the two descriptors in d0 and d1.
    let (r, d1) = sys2(nr::PIPE, 0);
    if r < 0 {
        return r;
    }
    *fds = [r, d1];
    0
}

/// Indirect Unix call: any number from [`nr`] with up to five word arguments.
#[inline]
pub unsafe fn syscall(num: i32, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize) -> i32 {
    sys(num, a1, a2, a3, a4, a5)
}

/// Indirect Unix call with six word arguments; the kernel's second result (d1) goes to `*d1`
/// unless it is null.
#[inline]
pub unsafe fn syscall6(num: i32, d1: *mut i32, a: [usize; 6]) -> i32 {
    sys6(num, d1, a)
}
