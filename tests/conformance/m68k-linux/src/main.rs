//! m68k Linux runner for the conformance corpus (interim platform: Debian's `qemu-m68k`
//! user-mode emulation until next-run exists). `conformance-m68k PROGRAM [SEED]` runs one
//! corpus program and writes its output to fd 1, so it can be diffed against the host runner.
//!
//! Linux/m68k process start-up and system calls, implemented here without any libc:
//! - At `_start` the stack pointer addresses `argc`, followed by the `argv` pointers and a NULL
//!   (then envp and the aux vector, unused here).
//! - A system call is `trap #0` with the call number in d0 and arguments in d1..d5; the result
//!   (or -errno) comes back in d0. Numbers used: write = 4, exit_group = 247 (Linux
//!   arch/m68k/kernel/syscalls/syscall.tbl; 252 is x86's number).
//! - The m68k C calling convention passes every argument on the stack and returns in d0;
//!   d2-d7/a2-a6 are callee-saved, so the syscall stub saves d2/d3 itself.
//! Memory comes from a bump allocator over a static array (.bss), which is plenty for the
//! corpus and needs no brk/mmap.
#![no_std]
#![no_main]
#![feature(asm_experimental_arch)]

extern crate alloc;

use core::alloc::{GlobalAlloc, Layout};
use core::fmt::{self, Write};

/// Which bitcode converter linked this binary (set by cargo-linux; reading it here makes cargo
/// relink the runner when the converter or the next-llc binary changes).
const CONVERTER_ID: Option<&str> = option_env!("CONF_CONVERTER_ID");

const SYS_WRITE: u32 = 4;
const SYS_EXIT_GROUP: u32 = 247;

core::arch::global_asm!(
    "	.text",
    "	.globl _start",
    "_start:",
    "	move.l %sp, -(%sp)",
    "	jsr conf_main",
    "	.globl conf_syscall",
    "conf_syscall:",
    "	move.l %d2, -(%sp)",
    "	move.l %d3, -(%sp)",
    "	move.l (12,%sp), %d0",
    "	move.l (16,%sp), %d1",
    "	move.l (20,%sp), %d2",
    "	move.l (24,%sp), %d3",
    "	trap #0",
    "	move.l (%sp)+, %d3",
    "	move.l (%sp)+, %d2",
    "	rts",
);

extern "C" {
    /// `conf_syscall(nr, a1, a2, a3)`: Linux/m68k system call with up to three arguments.
    fn conf_syscall(nr: u32, a1: u32, a2: u32, a3: u32) -> i32;
}

fn sys_write(fd: u32, bytes: &[u8]) {
    let mut rest = bytes;
    while !rest.is_empty() {
        let n = unsafe { conf_syscall(SYS_WRITE, fd, rest.as_ptr() as u32, rest.len() as u32) };
        if n <= 0 {
            return;
        }
        rest = &rest[n as usize..];
    }
}

fn sys_exit(code: u32) -> ! {
    unsafe { conf_syscall(SYS_EXIT_GROUP, code, 0, 0) };
    loop {}
}

/// Buffered writer on a file descriptor.
struct Fd {
    fd: u32,
    len: usize,
    buf: [u8; 4096],
}

impl Fd {
    const fn new(fd: u32) -> Fd {
        Fd { fd, len: 0, buf: [0; 4096] }
    }
    fn flush(&mut self) {
        sys_write(self.fd, &self.buf[..self.len]);
        self.len = 0;
    }
}

impl Write for Fd {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for &b in s.as_bytes() {
            if self.len == self.buf.len() {
                self.flush();
            }
            self.buf[self.len] = b;
            self.len += 1;
        }
        // Line-buffered: output before a crash is not lost.
        if s.ends_with('\n') {
            self.flush();
        }
        Ok(())
    }
}

/// Bump allocator over a static arena; freeing or growing the newest block is done in place.
struct Bump;

const HEAP_SIZE: usize = 32 << 20;
static mut HEAP: [u8; HEAP_SIZE] = [0; HEAP_SIZE];
static mut HEAP_NEXT: usize = 0;
static mut HEAP_LAST: usize = usize::MAX;

unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let base = core::ptr::addr_of_mut!(HEAP) as *mut u8 as usize;
        let start = (base + HEAP_NEXT + layout.align() - 1) & !(layout.align() - 1);
        let end = start + layout.size();
        if end > base + HEAP_SIZE {
            return core::ptr::null_mut();
        }
        HEAP_LAST = start - base;
        HEAP_NEXT = end - base;
        start as *mut u8
    }
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        let base = core::ptr::addr_of_mut!(HEAP) as *mut u8 as usize;
        if ptr as usize - base == HEAP_LAST {
            HEAP_NEXT = HEAP_LAST;
            HEAP_LAST = usize::MAX;
        }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let base = core::ptr::addr_of_mut!(HEAP) as *mut u8 as usize;
        if ptr as usize - base == HEAP_LAST && HEAP_LAST + new_size <= HEAP_SIZE {
            HEAP_NEXT = HEAP_LAST + new_size;
            return ptr;
        }
        let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
        }
        new
    }
}

/// Standard output, global so that the panic handler can flush it.
static mut OUT: Fd = Fd::new(1);

#[global_allocator]
static ALLOC: Bump = Bump;

/// C string at `p` as a str (invalid UTF-8 becomes "").
unsafe fn cstr<'a>(p: *const u8) -> &'a str {
    let mut n = 0;
    while *p.add(n) != 0 {
        n += 1;
    }
    core::str::from_utf8(core::slice::from_raw_parts(p, n)).unwrap_or("")
}

#[no_mangle]
pub unsafe extern "C" fn conf_main(sp: *const u32) -> ! {
    let argc = *sp as usize;
    let argv = sp.add(1) as *const *const u8;
    let mut err = Fd::new(2);
    if argc < 2 {
        let _ = writeln!(err, "usage: conformance-m68k PROGRAM [SEED] | --list");
        err.flush();
        sys_exit(2);
    }
    let name = cstr(*argv.add(1));
    let out = &mut *core::ptr::addr_of_mut!(OUT);
    if name == "--converter" {
        let _ = writeln!(out, "{}", CONVERTER_ID.unwrap_or("unknown"));
        out.flush();
        sys_exit(0);
    }
    if name == "--list" {
        for (n, _) in conformance_corpus::PROGRAMS {
            let _ = writeln!(out, "{}", n);
        }
        out.flush();
        sys_exit(0);
    }
    let Some(prog) = conformance_corpus::find(name) else {
        let _ = writeln!(err, "conformance-m68k: unknown program '{}'", name);
        err.flush();
        sys_exit(2);
    };
    let seed = if argc > 2 {
        match conformance_corpus::parse_seed(cstr(*argv.add(2))) {
            Some(v) => v,
            None => {
                let _ = writeln!(err, "conformance-m68k: bad seed");
                err.flush();
                sys_exit(2);
            }
        }
    } else {
        0
    };
    let r = prog(out, seed);
    out.flush();
    if r.is_err() {
        let _ = writeln!(err, "conformance-m68k: program returned fmt::Error");
        err.flush();
        sys_exit(1);
    }
    sys_exit(0);
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    unsafe { (*core::ptr::addr_of_mut!(OUT)).flush() };
    let mut err = Fd::new(2);
    let _ = writeln!(err, "conformance-m68k: panicked: {}", info);
    err.flush();
    sys_exit(101);
}

/// Optimized builds with panic=abort call `abort`.
#[no_mangle]
pub extern "C" fn abort() -> ! {
    sys_exit(134);
}
