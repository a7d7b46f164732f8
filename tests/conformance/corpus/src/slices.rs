//! Slice algorithms and collection operations not in `sort`/`collections`: chunks/windows/
//! rchunks/chunks_exact on several element sizes, split/rsplitn/split_inclusive with closures,
//! split_at(_mut), fill/fill_with, copy_within (overlapping both ways), swap, swap_with_slice,
//! reverse on odd/even lengths of u8..u128, binary_search_by(_key), sort_by_cached_key,
//! sort_unstable_by_key on u128 keys, dedup_by(_key), contains/starts_with/ends_with,
//! iter().rev() searches, concat/join, and VecDeque/BTreeMap/BTreeSet/BinaryHeap split_off,
//! append, retain, extract-like drains and range_mut.
use crate::{opaque, Rng};
use alloc::collections::{BTreeMap, BTreeSet, BinaryHeap, VecDeque};
use alloc::string::String;
use alloc::vec::Vec;
use alloc::vec;
use core::fmt::{Result, Write};

macro_rules! rev_all {
    ($out:expr, $($t:ty),*) => {$({
        for len in [0usize, 1, 2, 3, 7, 8, 9, 16, 31] {
            let mut v: Vec<$t> = (0..opaque(len)).map(|i| (i as $t).wrapping_mul(37 as $t).wrapping_add(1 as $t)).collect();
            let orig = v.clone();
            v.reverse();
            let ok = v.iter().zip(orig.iter().rev()).all(|(a, b)| a == b);
            v[..len / 2].reverse();
            write!($out, "{}x{} {} {:?}; ", stringify!($t), len as u32, ok, v.first())?;
        }
        writeln!($out)?;
    })*};
}

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let mut rng = Rng::new(0x511ce5);
    let v: Vec<u16> = (0..opaque(23u16)).map(|i| i * 1000 + 7).collect();
    for n in [1usize, 2, 5, 23, 30] {
        let n = opaque(n);
        let c: Vec<u32> = v.chunks(n).map(|c| c.iter().map(|&x| x as u32).sum()).collect();
        let rc: Vec<u16> = v.rchunks(n).map(|c| c[0]).collect();
        let ce: Vec<u16> = v.chunks_exact(n).map(|c| *c.last().unwrap()).collect();
        let w: Vec<u32> = v.windows(n).map(|w| w.iter().fold(0u32, |a, &x| a ^ x as u32)).take(6).collect();
        writeln!(out, "n{}: chunks {:?} rchunks {:?} exact {:?} rem {:?} windows {:?} count {}", n as u32, c, rc, ce,
            v.chunks_exact(n).remainder(), w, v.windows(n).count() as u32)?;
    }
    let mut big: Vec<u64> = (0..opaque(40u64)).map(|i| i << 33 | i).collect();
    for c in big.chunks_mut(opaque(6)) { c.reverse(); c[0] ^= 0xffff_0000_0000; }
    for c in big.rchunks_exact_mut(opaque(7)) { c.swap(0, 6); }
    writeln!(out, "chunks_mut {:x?}", &big[..16])?;
    let words = opaque("alpha beta  gamma,delta;;epsilon zeta");
    let b = words.as_bytes();
    let parts: Vec<&[u8]> = b.split(|&c| c == b' ' || c == b';').collect();
    writeln!(out, "split {:?}", parts.iter().map(|p| p.len() as u32).collect::<Vec<_>>())?;
    let parts: Vec<String> = b.rsplitn(3, |&c| c == b' ').map(|p| String::from_utf8_lossy(p).into_owned()).collect();
    writeln!(out, "rsplitn {:?}", parts)?;
    let parts: Vec<String> = b.split_inclusive(|&c| c == b',' || c == b'a').map(|p| String::from_utf8_lossy(p).into_owned()).collect();
    writeln!(out, "split_inclusive {:?}", parts)?;
    // split_at, fill, copy_within, swap_with_slice.
    let mut a: Vec<i32> = (0..opaque(20)).collect();
    {
        let (l, r) = a.split_at_mut(opaque(8));
        l.swap_with_slice(&mut r[..8]);
        r[8..].fill(-1);
    }
    writeln!(out, "split/swap/fill {:?}", a)?;
    a.copy_within(2..10, 5);
    writeln!(out, "copy_within fwd {:?}", a)?;
    a.copy_within(opaque(6)..opaque(18), 1);
    writeln!(out, "copy_within back {:?}", a)?;
    let mut k = 0u64;
    let mut wide = vec![0u128; 9];
    wide.fill_with(|| { k += 1; (k as u128) << (k * 13) });
    wide.swap(opaque(0), opaque(8));
    wide[1..7].rotate_right(opaque(2));
    writeln!(out, "fill_with {:x?}", wide)?;
    let mut bytes = [0u8; 37];
    for (i, b) in bytes.iter_mut().enumerate() { *b = (i * 7) as u8; }
    bytes.copy_within(opaque(3)..opaque(30), 4);
    bytes.copy_within(opaque(10)..opaque(37), 0);
    writeln!(out, "bytes {:?}", bytes)?;
    rev_all!(out, u8, u16, u32, u64, u128, i8, i64);
    // Searching.
    let mut recs: Vec<(u32, i64, u8)> = (0..opaque(60u32)).map(|i| (rng.next_u32() % 40, rng.next_u64() as i64 >> 20, i as u8)).collect();
    recs.sort_by_key(|r| r.0);
    for key in [0u32, 5, 17, 39, 40] {
        let r = recs.binary_search_by_key(&opaque(key), |r| r.0);
        let found = match r { Ok(i) => recs[i].0 == key, Err(i) => i == recs.len() || recs[i].0 > key };
        let pp = recs.partition_point(|r| r.0 < key);
        writeln!(out, "bs_key {} found {} ok {} pp {} by {:?}", key, r.is_ok(), found, pp as u32,
            recs.binary_search_by(|r| r.0.cmp(&key).then(core::cmp::Ordering::Greater)).map(|x| x as u32))?;
    }
    let mut strs: Vec<String> = (0..opaque(25)).map(|i| alloc::format!("{:x}", (i as u64 * 0x9e37_79b9) % 100_000)).collect();
    strs.sort_by_cached_key(|s| (s.len(), s.chars().rev().collect::<String>()));
    writeln!(out, "cached_key {:?}", strs)?;
    let mut w128: Vec<u128> = (0..opaque(33)).map(|_| rng.next_u128()).collect();
    w128.sort_unstable_by_key(|x| (x.count_ones(), core::cmp::Reverse(*x >> 64)));
    writeln!(out, "u128 by ones {:?}", w128.iter().map(|x| x.count_ones()).collect::<Vec<_>>())?;
    writeln!(out, "u128 head {:x} {:x} tail {:x}", w128[0], w128[1], w128[32])?;
    let mut d: Vec<i16> = (0..opaque(40i16)).map(|i| (i * i) % 11 - 5).collect();
    d.dedup_by(|a, b| (*a - *b).abs() <= 1);
    writeln!(out, "dedup_by {:?}", d)?;
    d.dedup_by_key(|x| *x / 3);
    writeln!(out, "dedup_by_key {:?} contains {} starts {} ends {} rpos {:?} rfind {:?}", d, d.contains(&-5),
        d.starts_with(&[-5]), d.ends_with(&d[d.len() - 2..].to_vec()), d.iter().rposition(|&x| x > 0).map(|x| x as u32),
        d.iter().rev().find(|&&x| x < 0))?;
    let lists: Vec<Vec<u8>> = vec![vec![1, 2], vec![], vec![3], vec![4, 5, 6]];
    writeln!(out, "concat {:?} join {:?} strjoin {:?}", lists.concat(), lists.join(&0xff), ["ab", "", "ç"].join("--"))?;
    writeln!(out, "iter cmp {:?} {:?} eq {}", [1u64, 2].cmp(&[1, 2, 0][..2].try_into().unwrap()), [1i8, -1][..].cmp(&[1i8][..]), &v[..3] == [7, 1007, 2007])?;
    // VecDeque
    let mut dq: VecDeque<i64> = (0..opaque(10)).collect();
    dq.rotate_right(3);
    let mut back = dq.split_off(opaque(4));
    back.push_front(-1);
    dq.append(&mut back);
    dq.retain(|&x| x % 4 != 1);
    dq.retain_mut(|x| { *x *= 1 << 33; true });
    let drained: Vec<i64> = dq.drain(1..3).collect();
    writeln!(out, "deque {:?} drained {:?} back empty {} range {:?}", dq, drained, back.is_empty(), dq.range(2..).collect::<Vec<_>>())?;
    dq.truncate(3);
    dq.resize(6, 5);
    dq.swap(0, 5);
    writeln!(out, "deque2 {:?} bs {:?}", dq, dq.binary_search(&5).is_ok())?;
    // BTreeMap / BTreeSet split_off / append / retain / range_mut.
    let mut m: BTreeMap<i32, u64> = (0..opaque(120)).map(|i| ((i * 37) % 151 - 75, i as u64 * 1000)).collect();
    let mut hi = m.split_off(&opaque(10));
    writeln!(out, "map lo {} hi {} lo_last {:?} hi_first {:?}", m.len() as u32, hi.len() as u32, m.last_key_value(), hi.first_key_value())?;
    hi.retain(|k, v| { *v += *k as u64; k % 3 != 0 });
    for (_, v) in m.range_mut(-20..=-10) { *v = u64::MAX; }
    m.append(&mut hi);
    writeln!(out, "map now {} range {:?}", m.len() as u32, m.range(-22..-8).collect::<Vec<_>>())?;
    let (pf, pl) = (m.pop_first(), m.pop_last());
    writeln!(out, "pop_first {:?} pop_last {:?} len {}", pf, pl, m.len() as u32)?;
    let mut set: BTreeSet<u128> = (0..opaque(80u32)).map(|i| (i as u128 * 0x1_0000_0000_0001) % 997 << 64).collect();
    let tail = set.split_off(&(500u128 << 64));
    set.retain(|x| (x >> 64) % 2 == 0);
    writeln!(out, "set {} tail {} first {:?} tail last {:x?}", set.len() as u32, tail.len() as u32, set.first().map(|x| x >> 64), tail.last())?;
    // BinaryHeap append/retain/into_sorted_vec/into_iter order-independent checks.
    let mut h1: BinaryHeap<(u8, i32)> = (0..opaque(25)).map(|i| ((i * 7 % 5) as u8, -i)).collect();
    let mut h2: BinaryHeap<(u8, i32)> = (0..opaque(9)).map(|i| (i as u8, i * 100)).collect();
    h1.append(&mut h2);
    h1.retain(|&(a, b)| a != 2 || b < -10);
    let top: Vec<(u8, i32)> = (0..5).filter_map(|_| h1.pop()).collect();
    writeln!(out, "heap top {:?} len {} sorted {:?}", top, h1.len() as u32, h1.clone().into_sorted_vec())?;
    Ok(())
}
