//! The `libsys` feature: the runtime on top of NeXTSTEP's shared C library
//! `/usr/shlib/libsys_s.B.shlib`, the way programs built by NeXT's `cc` run.
//!
//! * Linking: `#[link(name = "sys_s")]` makes rustc pass `-lsys_s` to `next-ld`, which then
//!   resolves these names to the library's fixed jump-table slots and data words and writes the
//!   `LC_LOADFVMLIB` command (src/ld/README.md, "Linking against libsys_s.B.shlib"). `next-run`
//!   emulates the library when the guest root does not have it (src/run/README.md).
//! * Start-up ([`init`], called by [`crate::rt::start`]): what NeXT's crt0 does before `main`
//!   (shared/reference/nextstep-m68k-abi.md section 5): hand libsys the program's `environ`,
//!   `NXArgc`, `NXArgv`, mach header and the functions of the `__fvmlib_init0` table, call
//!   `*_mach_init_routine` / `*_cthread_init_routine` when set, clear `errno`, `_cplus_init()`.
//! * Allocation ([`LibsysAllocator`], the global allocator with this feature): `malloc`,
//!   `realloc`, `free`.
//! * Exit ([`exit`], used by [`crate::process::exit`]): libsys `exit`, which flushes C stdio
//!   buffers and runs `atexit` functions.
//!
//! Calling convention: NeXT's libsys returns every result in d0, pointers too (reference section
//! 8), while LLVM reads pointer results from a0; so every function returning a pointer is
//! declared here as returning `usize` (an integer: d0).
//! Output of `print!` still goes through the `write` system call; C code that prints with
//! `printf` is buffered by libsys until `fflush`/`exit` (as on NeXTSTEP).
use core::alloc::{GlobalAlloc, Layout};

#[link(name = "sys_s")]
extern "C" {
    fn malloc(size: usize) -> usize;
    fn realloc(p: usize, size: usize) -> usize;
    fn free(p: usize);
    fn calloc(n: usize, size: usize) -> usize;
    #[link_name = "exit"]
    fn libsys_exit(status: i32) -> !;
    fn _cplus_init();
    // libsys data words (Mach-O `__mach_init_routine` etc.: one '_' is the C prefix).
    static mut _mach_init_routine: usize;
    static mut _cthread_init_routine: usize;
    static mut errno: i32;
    static mut _libsys_environ: usize;
    static mut _libsys_NXArgc: usize;
    static mut _libsys_NXArgv: usize;
    static mut _libsys__mh_execute_header: usize;
    static mut _libsys_malloc: usize;
    static mut _libsys_calloc: usize;
    static mut _libsys_realloc: usize;
    static mut _libsys_free: usize;
    static mut _libsys_exit: usize;
    static _mh_execute_header: u8;
}

/// The program's own `NXArgc`, `NXArgv`, `environ` (crt0 defines them in C programs).
#[no_mangle]
static mut NXArgc: usize = 0;
#[no_mangle]
static mut NXArgv: usize = 0;
#[no_mangle]
static mut environ: usize = 0;

/// NeXT crt0's duties before `main` (see the module documentation).
///
/// # Safety
/// Once, at start-up, with the kernel's argc/argv/envp.
pub unsafe fn init(argc: usize, argv: *const *const u8, envp: *const *const u8) {
    use core::ptr::{addr_of, addr_of_mut, write_volatile};
    write_volatile(addr_of_mut!(NXArgc), argc);
    write_volatile(addr_of_mut!(NXArgv), argv as usize);
    write_volatile(addr_of_mut!(environ), envp as usize);
    // The __fvmlib_init0 pairs (reference section 4).
    write_volatile(addr_of_mut!(_libsys__mh_execute_header), addr_of!(_mh_execute_header) as usize);
    write_volatile(addr_of_mut!(_libsys_environ), addr_of!(environ) as usize);
    write_volatile(addr_of_mut!(_libsys_NXArgc), addr_of!(NXArgc) as usize);
    write_volatile(addr_of_mut!(_libsys_NXArgv), addr_of!(NXArgv) as usize);
    write_volatile(addr_of_mut!(_libsys_malloc), malloc as usize);
    write_volatile(addr_of_mut!(_libsys_calloc), calloc as usize);
    write_volatile(addr_of_mut!(_libsys_realloc), realloc as usize);
    write_volatile(addr_of_mut!(_libsys_free), free as usize);
    write_volatile(addr_of_mut!(_libsys_exit), libsys_exit as usize);
    for routine in [
        core::ptr::read_volatile(addr_of!(_mach_init_routine)),
        core::ptr::read_volatile(addr_of!(_cthread_init_routine)),
    ] {
        if routine != 0 {
            let f: extern "C" fn() = core::mem::transmute(routine);
            f();
        }
    }
    write_volatile(addr_of_mut!(errno), 0);
    _cplus_init();
}

/// Ends the process through libsys `exit` (C stdio flushed, `atexit` functions run).
pub fn exit(code: i32) -> ! {
    unsafe { libsys_exit(code) }
}

/// Global allocator on libsys `malloc`/`realloc`/`free`. NeXT's malloc guarantees 4-byte
/// alignment here; larger alignments over-allocate and keep the block's start just below the
/// aligned pointer.
pub struct LibsysAllocator;

const MALLOC_ALIGN: usize = 4;

unsafe impl GlobalAlloc for LibsysAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= MALLOC_ALIGN {
            return malloc(layout.size()) as *mut u8;
        }
        let p = malloc(layout.size() + layout.align() + 4);
        if p == 0 {
            return core::ptr::null_mut();
        }
        let a = (p + 4 + layout.align() - 1) & !(layout.align() - 1);
        *((a - 4) as *mut usize) = p;
        a as *mut u8
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if layout.align() <= MALLOC_ALIGN {
            free(ptr as usize)
        } else {
            free(*((ptr as usize - 4) as *const usize))
        }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= MALLOC_ALIGN {
            return realloc(ptr as usize, new_size) as *mut u8;
        }
        let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}

#[cfg(not(test))]
#[global_allocator]
static GLOBAL: LibsysAllocator = LibsysAllocator;
