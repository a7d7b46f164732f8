//! The global allocator, on top of Mach `vm_allocate` (MIG routine 2021, reference section 7).
//!
//! NeXTSTEP has no `sbrk`-style heap worth using from Rust; memory comes from the task's address
//! space in page multiples (8 KB pages), zero-filled and page-aligned. Two paths:
//!
//! * Small blocks (up to [`MAX_SMALL`] bytes after rounding up to the alignment) use ten
//!   power-of-two size classes, 8 to 4096 bytes. A freed block goes on its class's singly
//!   linked free list (the link is stored in the block itself); new blocks are carved from
//!   [`CHUNK_SIZE`] chunks obtained with `vm_allocate`, each block aligned to its own size, so a
//!   block of class `c` satisfies any alignment up to `c`.
//! * Larger blocks get their own `vm_allocate` region (rounded to whole pages) and go back to
//!   the kernel with `vm_deallocate` when freed. Alignments above the page size are served by
//!   over-allocating.
//!
//! The runtime is single-threaded, so the state is a plain static.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr;
use nextstep_sys as sys;

/// Size of the chunks small blocks are carved from.
pub const CHUNK_SIZE: usize = 64 * 1024;
/// Largest size served from the size classes.
pub const MAX_SMALL: usize = 4096;
const MIN_SHIFT: u32 = 3; // smallest class: 8 bytes
const NCLASSES: usize = 10; // 8, 16, ..., 4096
const PAGE: usize = sys::VM_PAGE_SIZE;

struct State {
    free: [*mut u8; NCLASSES],
    bump: usize,
    end: usize,
    task: sys::task_t,
}

/// The allocator type installed as `#[global_allocator]`.
pub struct VmAllocator {
    state: UnsafeCell<State>,
}

unsafe impl Sync for VmAllocator {}

#[cfg(not(any(test, feature = "libsys")))]
#[global_allocator]
static GLOBAL: VmAllocator = VmAllocator::new();

impl VmAllocator {
    pub const fn new() -> Self {
        VmAllocator {
            state: UnsafeCell::new(State {
                free: [ptr::null_mut(); NCLASSES],
                bump: 0,
                end: 0,
                task: 0,
            }),
        }
    }
}

impl Default for VmAllocator {
    fn default() -> Self {
        Self::new()
    }
}

/// Size class index for a request of `n` (1..=MAX_SMALL) bytes.
#[inline]
fn class_of(n: usize) -> usize {
    if n <= 1 << MIN_SHIFT {
        return 0;
    }
    // ceil(log2(n)) - MIN_SHIFT
    let bits = usize::BITS - (n - 1).leading_zeros();
    (bits - MIN_SHIFT) as usize
}

#[inline]
fn class_size(c: usize) -> usize {
    1 << (c as u32 + MIN_SHIFT)
}

#[inline]
fn round_up(n: usize, to: usize) -> usize {
    (n + to - 1) & !(to - 1)
}

impl State {
    unsafe fn task(&mut self) -> sys::task_t {
        if self.task == 0 {
            self.task = sys::task_self();
        }
        self.task
    }

    /// New zero-filled region of `size` bytes (a multiple of the page size) or 0.
    unsafe fn vm_alloc(&mut self, size: usize) -> usize {
        let mut addr: sys::vm_address_t = 0;
        let task = self.task();
        if sys::vm_allocate(task, &mut addr, size, true) != sys::KERN_SUCCESS {
            return 0;
        }
        addr
    }

    unsafe fn alloc_small(&mut self, c: usize) -> *mut u8 {
        let head = self.free[c];
        if !head.is_null() {
            self.free[c] = *(head as *mut *mut u8);
            return head;
        }
        let size = class_size(c);
        let mut p = round_up(self.bump, size);
        if self.bump == 0 || p + size > self.end {
            let chunk = self.vm_alloc(CHUNK_SIZE);
            if chunk == 0 {
                return ptr::null_mut();
            }
            // The rest of the previous chunk is given to the free lists, largest blocks first.
            self.recycle_tail();
            self.bump = chunk;
            self.end = chunk + CHUNK_SIZE;
            p = chunk;
        }
        self.bump = p + size;
        p as *mut u8
    }

    /// Puts the unused end of the current chunk on the free lists, each piece in the largest
    /// class its address is aligned for. (The bump pointer is always a multiple of 8.)
    unsafe fn recycle_tail(&mut self) {
        let mut p = self.bump;
        if p == 0 {
            return;
        }
        while p + class_size(0) <= self.end {
            let mut c = NCLASSES - 1;
            while c > 0 && (p % class_size(c) != 0 || p + class_size(c) > self.end) {
                c -= 1;
            }
            *(p as *mut *mut u8) = self.free[c];
            self.free[c] = p as *mut u8;
            p += class_size(c);
        }
        self.bump = 0;
        self.end = 0;
    }

    unsafe fn alloc_large(&mut self, size: usize, align: usize) -> *mut u8 {
        if align <= PAGE {
            let Some(n) = size.checked_add(PAGE - 1) else { return ptr::null_mut() };
            return self.vm_alloc(n & !(PAGE - 1)) as *mut u8;
        }
        // Over-allocate and align inside; `dealloc` only returns the aligned part.
        let Some(n) = size.checked_add(align + PAGE - 1) else { return ptr::null_mut() };
        let base = self.vm_alloc(n & !(PAGE - 1));
        if base == 0 {
            return ptr::null_mut();
        }
        round_up(base, align) as *mut u8
    }
}

/// The size actually reserved for `layout`: small-class size, or 0 for the large path.
#[inline]
fn small_class(layout: &Layout) -> Option<usize> {
    let n = if layout.size() > layout.align() { layout.size() } else { layout.align() };
    if n <= MAX_SMALL {
        Some(class_of(if n == 0 { 1 } else { n }))
    } else {
        None
    }
}

unsafe impl GlobalAlloc for VmAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let st = &mut *self.state.get();
        match small_class(&layout) {
            Some(c) => st.alloc_small(c),
            None => st.alloc_large(layout.size(), layout.align()),
        }
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        let st = &mut *self.state.get();
        match small_class(&layout) {
            Some(c) => {
                *(p as *mut *mut u8) = st.free[c];
                st.free[c] = p;
            }
            None => {
                let size = round_up(layout.size(), PAGE);
                let task = st.task();
                sys::vm_deallocate(task, p as usize, size);
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let st = &mut *self.state.get();
        match small_class(&layout) {
            Some(c) => {
                let p = st.alloc_small(c);
                if !p.is_null() {
                    ptr::write_bytes(p, 0, layout.size());
                }
                p
            }
            // Fresh vm_allocate memory is zero-filled.
            None => st.alloc_large(layout.size(), layout.align()),
        }
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        let old = small_class(&layout);
        let new = small_class(&new_layout);
        // Same block size: nothing to move.
        match (old, new) {
            (Some(a), Some(b)) if a == b => return p,
            (None, None)
                if layout.align() <= PAGE
                    && round_up(layout.size(), PAGE) == round_up(new_size, PAGE) =>
            {
                return p
            }
            _ => {}
        }
        let q = self.alloc(new_layout);
        if !q.is_null() {
            let n = if layout.size() < new_size { layout.size() } else { new_size };
            ptr::copy_nonoverlapping(p, q, n);
            self.dealloc(p, layout);
        }
        q
    }
}
