// The operations of examples/atomics, kept free of `nextstep` so the same file also builds for the
// host (where `std` gives the reference output). `k` is 1 at run time (argument count), so the
// optimizer cannot fold the atomic operations away.

/// Prints `NAME: WHAT X -> Y`. The values are passed by value to this small function so that the
/// callers have no formatting temporaries.
#[inline(never)]
fn line<X: core::fmt::Debug, Y: core::fmt::Debug>(name: &str, what: &str, x: X, y: Y) {
    println!("{}: {} {:?} -> {:?}", name, what, x, y);
}

/// Prints `NAME: WHAT X`.
#[inline(never)]
fn line1<X: core::fmt::Debug>(name: &str, what: &str, x: X) {
    println!("{}: {} {:?}", name, what, x);
}

macro_rules! unsigned_ops {
    ($name:expr, $at:ty, $t:ty, $k:expr) => {{
        // Four functions, each small: LLVM's M68k code generator is slow on one big
        // opt-level-0 function.
        #[inline(never)]
        fn part1(a: &$at, k: $t) {
            line1($name, "new", a.load(Ordering::SeqCst));
            a.store(40 * k, Ordering::SeqCst);
            line1($name, "store/load", a.load(Ordering::Relaxed));
            line($name, "swap", a.swap(7 * k, Ordering::AcqRel), a.load(Ordering::Acquire));
            line($name, "cmpxchg ok", a.compare_exchange(7 * k, 9 * k, Ordering::SeqCst, Ordering::SeqCst), a.load(Ordering::SeqCst));
            line($name, "cmpxchg fail", a.compare_exchange(7 * k, 11 * k, Ordering::SeqCst, Ordering::Relaxed), a.load(Ordering::SeqCst));
            let mut w = a.compare_exchange_weak(8 * k, 1, Ordering::AcqRel, Ordering::Acquire);
            line1($name, "cmpxchg_weak fail", w);
            while let Err(cur) = w {
                w = a.compare_exchange_weak(cur, cur + 3 * k, Ordering::AcqRel, Ordering::Acquire);
        }
        line($name, "cmpxchg_weak ok", w, a.load(Ordering::SeqCst));
        }
        #[inline(never)]
        fn part2(a: &$at, k: $t) {
            line($name, "fetch_add", a.fetch_add(100 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
            line($name, "fetch_add wrap", a.fetch_add(<$t>::MAX - 10 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
            line($name, "fetch_sub", a.fetch_sub(5 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
            line($name, "fetch_sub wrap", a.fetch_sub(200 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
            a.store(0x5a * k, Ordering::SeqCst);
            line($name, "fetch_and", a.fetch_and(0x0f * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
            line($name, "fetch_or", a.fetch_or(0xc0 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
            line($name, "fetch_xor", a.fetch_xor(<$t>::MAX * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
            line($name, "fetch_nand", a.fetch_nand(0x3c * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        }
        #[inline(never)]
        fn part3(a: &$at, k: $t) {
            line($name, "fetch_max", a.fetch_max(3 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
            a.store(2 * k, Ordering::SeqCst);
            line($name, "fetch_max", a.fetch_max(<$t>::MAX - k, Ordering::SeqCst), a.load(Ordering::SeqCst));
            line($name, "fetch_min", a.fetch_min(17 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        }
        #[inline(never)]
        fn part4(a: &$at, k: $t) {
            line($name, "fetch_min", a.fetch_min(99 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
            line($name, "fetch_update", a.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |v| Some(v.wrapping_mul(3 * k))), a.load(Ordering::SeqCst));
        }
        let k = $k as $t;
        let a = <$at>::new(<$t>::MAX - 2 * k); // MAX-2
        part1(&a, k);
        part2(&a, k);
        part3(&a, k);
        part4(&a, k);
        line1($name, "into_inner", a.into_inner());
    }};
}

macro_rules! signed_ops {
    ($name:expr, $at:ty, $t:ty, $k:expr) => {{
        let k = $k as $t;
        let a = <$at>::new(<$t>::MIN + k);
        line1($name, "new", a.load(Ordering::SeqCst));
        line($name, "fetch_sub wrap", a.fetch_sub(2 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        line($name, "swap", a.swap(-5 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        line($name, "fetch_max", a.fetch_max(-9 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        line($name, "fetch_max", a.fetch_max(4 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        line($name, "fetch_min", a.fetch_min(-3 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        line($name, "fetch_min", a.fetch_min(<$t>::MIN + 7 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        line($name, "fetch_add", a.fetch_add(-1 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        line($name, "cmpxchg", a.compare_exchange(<$t>::MAX, 0, Ordering::SeqCst, Ordering::SeqCst), a.load(Ordering::SeqCst));
        line($name, "fetch_and", a.fetch_and(-16 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        line($name, "fetch_or", a.fetch_or(0x55 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
        line($name, "fetch_xor", a.fetch_xor(-1 * k, Ordering::SeqCst), a.load(Ordering::SeqCst));
    }};
}

// One function per type keeps each function small. (Large opt-level-0 functions with many 64-bit
// multiplies once hung or miscompiled: LLVM defect L, docs/llvm-m68k-defects.md, now worked
// around in next-llc.)
#[inline(never)]
fn ops_u8(k: u32) { unsigned_ops!("u8", AtomicU8, u8, k); }
#[inline(never)]
fn ops_u16(k: u32) { unsigned_ops!("u16", AtomicU16, u16, k); }
#[inline(never)]
fn ops_u32(k: u32) { unsigned_ops!("u32", AtomicU32, u32, k); }
#[inline(never)]
fn ops_usize(k: u32) { unsigned_ops!("usize", AtomicUsize, usize, k); }
#[inline(never)]
fn ops_u64(k: u32) { unsigned_ops!("u64", AtomicU64, u64, k); }
#[inline(never)]
fn ops_i8(k: u32) { signed_ops!("i8", AtomicI8, i8, k); }
#[inline(never)]
fn ops_i32(k: u32) { signed_ops!("i32", AtomicI32, i32, k); }
#[inline(never)]
fn ops_i64(k: u32) { signed_ops!("i64", AtomicI64, i64, k); }

#[inline(never)]
fn ops_u64_halves(k: u32) {
    // 64-bit values whose halves differ, to catch a swapped or torn pair of words.
    let big = AtomicU64::new(0x0123_4567_89ab_cdef * k as u64);
    println!("u64 halves: {:#x}", big.fetch_add(0x0000_0001_0000_0001 * k as u64, Ordering::SeqCst));
    println!("u64 halves: {:#x}", big.swap(0xfedc_ba98_7654_3210, Ordering::SeqCst));
    println!("u64 halves: {:#x}", big.fetch_add(0x10 * k as u64, Ordering::SeqCst));
    println!("u64 halves: {:#x}", big.fetch_add(0x1_0000_0000 - 0x3210 - 0x10, Ordering::SeqCst)); // low word carries
    println!("u64 halves: {:#x}", big.load(Ordering::SeqCst));
    static COUNTER: AtomicU64 = AtomicU64::new(u32::MAX as u64);
    COUNTER.fetch_add(k as u64, Ordering::Relaxed);
    println!("u64 static: {:#x}", COUNTER.load(Ordering::Relaxed));
}

#[inline(never)]
fn ops_bool(k: u32) {
    let b = AtomicBool::new(k == 1);
    println!("bool: new {}", b.load(Ordering::SeqCst));
    b.store(false, Ordering::SeqCst);
    println!("bool: store/load {}", b.load(Ordering::SeqCst));
    println!("bool: swap {} -> {}", b.swap(true, Ordering::SeqCst), b.load(Ordering::SeqCst));
    println!("bool: cmpxchg {:?} -> {}", b.compare_exchange(true, false, Ordering::SeqCst, Ordering::SeqCst), b.load(Ordering::SeqCst));
    println!("bool: cmpxchg {:?} -> {}", b.compare_exchange(true, false, Ordering::SeqCst, Ordering::SeqCst), b.load(Ordering::SeqCst));
    println!("bool: fetch_or {} -> {}", b.fetch_or(true, Ordering::SeqCst), b.load(Ordering::SeqCst));
    println!("bool: fetch_and {} -> {}", b.fetch_and(false, Ordering::SeqCst), b.load(Ordering::SeqCst));
    println!("bool: fetch_xor {} -> {}", b.fetch_xor(true, Ordering::SeqCst), b.load(Ordering::SeqCst));
    println!("bool: fetch_nand {} -> {}", b.fetch_nand(true, Ordering::SeqCst), b.load(Ordering::SeqCst));
    println!("bool: fetch_not {} -> {}", b.fetch_not(Ordering::SeqCst), b.load(Ordering::SeqCst));
}

pub fn run(k: u32) {
    ops_u8(k);
    ops_u16(k);
    ops_u32(k);
    ops_usize(k);
    ops_u64(k);
    ops_i8(k);
    ops_i32(k);
    ops_i64(k);
    ops_u64_halves(k);
    ops_bool(k);
}
