//! Exercises the vm_allocate-based allocator: every size class, free-list reuse, chunk
//! exhaustion, large blocks (own vm_allocate / vm_deallocate), realloc across both paths,
//! alloc_zeroed and an alignment above the page size. Prints one checksum line per part.
#![no_std]
#![no_main]

use core::alloc::Layout;
use nextstep::collections::BTreeMap;
use nextstep::prelude::*;

nextstep::entry!(main);

fn main() {
    let k = nextstep::env::args_count(); // 1 without arguments

    // Small blocks of every class, written and checked, freed in a scrambled order, reused.
    let mut blocks: Vec<Vec<u8>> = Vec::new();
    for round in 0..3 {
        for i in 0..300usize {
            let n = (i * 37 * k + round) % 4100 + 1;
            blocks.push(vec![(i % 251) as u8; n]);
        }
        let mut sum = 0usize;
        for (i, b) in blocks.iter().enumerate() {
            assert!(b.iter().all(|&x| x == (i % 300 % 251) as u8));
            sum += b.len();
        }
        println!("round {}: {} blocks, {} bytes", round, blocks.len(), sum);
        let mut j = 0;
        while !blocks.is_empty() && j < 200 {
            let idx = (j * 7919) % blocks.len();
            blocks.swap_remove(idx);
            j += 1;
        }
        blocks.clear();
    }

    // A vector grown past the small classes into the large path (realloc both ways).
    let mut v: Vec<u32> = Vec::new();
    for i in 0..50_000u32 {
        v.push(i * k as u32);
    }
    let s: u64 = v.iter().map(|&x| x as u64).sum();
    v.truncate(10);
    v.shrink_to_fit();
    println!("large vec: sum {} then {:?}", s, v);

    // Zeroed large and small allocations, and an alignment of 16 KB (> page size).
    let z = vec![0u64; 3000 * k];
    let z2 = vec![0u8; 100 * k];
    let zeros = z.iter().all(|&x| x == 0) && z2.iter().all(|&x| x == 0);
    let lay = Layout::from_size_align(100, 16384).unwrap();
    let p = unsafe { nextstep::alloc_api::alloc(lay) };
    let aligned = !p.is_null() && (p as usize) % 16384 == 0;
    unsafe { nextstep::alloc_api::dealloc(p, lay) };
    println!("zeroed: {}, aligned 16384: {}", zeros, aligned);

    // Many freed and reallocated large blocks (vm_deallocate must give the space back).
    let mut total = 0usize;
    for i in 0..200 {
        let b: Vec<u8> = vec![i as u8; 300_000];
        total += b[299_999] as usize;
    }
    println!("large churn: {}", total);

    // Collections and strings.
    let mut m = BTreeMap::new();
    for i in 0..2000u32 {
        m.insert((i * 7919) % 2003, i.to_string());
    }
    let joined: String = m.values().take(5).map(|s| s.as_str()).collect::<Vec<_>>().join(",");
    println!("btree: {} entries, first {}", m.len(), joined);
}
