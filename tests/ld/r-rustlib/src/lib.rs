//! A Rust static library for C callers (tests/ld/r-rust-staticlib.t): plain
//! `extern "C"` functions with integer arguments and results, which mean the
//! same under LLVM's and NeXT cc's conventions (docs/abi.md).
#![no_std]

#[no_mangle]
pub extern "C" fn rust_sum(v: *const i32, n: usize) -> i32 {
    let s = unsafe { core::slice::from_raw_parts(v, n) };
    s.iter().fold(0i32, |a, &x| a.wrapping_add(x))
}

static GREETING: &[u8] = b"hello from Rust\n\0";

#[no_mangle]
pub extern "C" fn rust_greeting() -> *const u8 {
    GREETING.as_ptr()
}

#[no_mangle]
pub extern "C" fn rust_fmt_u32(mut x: u32, buf: *mut u8) -> usize {
    let mut tmp = [0u8; 10];
    let mut n = 0;
    loop {
        tmp[n] = b'0' + (x % 10) as u8;
        n += 1;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    for i in 0..n {
        unsafe { *buf.add(i) = tmp[n - 1 - i] };
    }
    n
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
