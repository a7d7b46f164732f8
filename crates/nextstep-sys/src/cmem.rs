//! The C memory and string functions LLVM calls: `memcpy`, `memmove`, `memset`, `memcmp`,
//! `bcmp`, `strlen`.
//!
//! LLVM lowers struct copies, `copy_nonoverlapping`, slice comparisons and `CStr` lengths to
//! calls of these C functions; on NeXTSTEP they would come from libsys, which Rust programs do
//! not link, and `compiler_builtins` only provides (some of) them with its `mem` feature, which
//! `-Z build-std` does not enable here. This crate is `#![no_builtins]`, so LLVM does not turn
//! the loops below back into calls of the functions they implement.
//!
//! Word (32-bit) moves are used when both pointers are 4-byte aligned; everything else goes
//! byte by byte.

#[unsafe(no_mangle)]
pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    copy_forward(dst, src, n);
    dst
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if (dst as usize).wrapping_sub(src as usize) >= n {
        // dst is below src, or past its end: a forward copy never overwrites unread bytes.
        copy_forward(dst, src, n);
    } else {
        copy_backward(dst, src, n);
    }
    dst
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn memset(dst: *mut u8, c: i32, n: usize) -> *mut u8 {
    let b = c as u8;
    let mut i = 0;
    if (dst as usize) & 3 == 0 {
        let w = (b as u32) * 0x0101_0101;
        while i + 4 <= n {
            *(dst.add(i) as *mut u32) = w;
            i += 4;
        }
    }
    while i < n {
        *dst.add(i) = b;
        i += 1;
    }
    dst
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    while i < n {
        let x = *a.add(i);
        let y = *b.add(i);
        if x != y {
            return x as i32 - y as i32;
        }
        i += 1;
    }
    0
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    memcmp(a, b, n)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn strlen(s: *const u8) -> usize {
    let mut n = 0;
    while *s.add(n) != 0 {
        n += 1;
    }
    n
}

#[inline(always)]
unsafe fn copy_forward(dst: *mut u8, src: *const u8, n: usize) {
    let mut i = 0;
    if (dst as usize | src as usize) & 3 == 0 {
        while i + 4 <= n {
            *(dst.add(i) as *mut u32) = *(src.add(i) as *const u32);
            i += 4;
        }
    }
    while i < n {
        *dst.add(i) = *src.add(i);
        i += 1;
    }
}

#[inline(always)]
unsafe fn copy_backward(dst: *mut u8, src: *const u8, n: usize) {
    let mut i = n;
    if (dst as usize | src as usize | n) & 3 == 0 {
        while i >= 4 {
            i -= 4;
            *(dst.add(i) as *mut u32) = *(src.add(i) as *const u32);
        }
    }
    while i > 0 {
        i -= 1;
        *dst.add(i) = *src.add(i);
    }
}
