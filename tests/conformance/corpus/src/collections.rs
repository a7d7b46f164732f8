//! alloc collections: Vec (push/insert/remove/retain/drain/extend/splice/dedup), String,
//! VecDeque (wrap-around), BinaryHeap, BTreeMap (insert/remove/range/entry, enough keys for
//! several node levels), BTreeSet (set algebra).
use crate::{opaque, Rng};
use alloc::collections::{BTreeMap, BTreeSet, BinaryHeap, VecDeque};
use alloc::string::String;
use alloc::vec::Vec;
use alloc::vec;
use core::cmp::Reverse;
use core::fmt::{Result, Write};

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let mut rng = Rng::new(0xc011_ec71_0e5);
    let mut v: Vec<i32> = Vec::new();
    for i in 0..opaque(25) { v.push(i * i - 40); }
    v.insert(3, 1000);
    let removed = v.remove(opaque(10));
    v.swap_remove(0);
    writeln!(out, "vec {:?} removed {} len {}", v, removed, v.len() as u32)?;
    v.retain(|&x| x % 3 != 0);
    writeln!(out, "retain {:?}", v)?;
    let drained: Vec<i32> = v.drain(2..5).collect();
    writeln!(out, "drain {:?} rest {:?}", drained, v)?;
    v.extend_from_slice(&[7, 7, 7, 8]);
    v.dedup();
    let sp: Vec<i32> = v.splice(1..3, [-1, -2, -3]).collect();
    writeln!(out, "splice out {:?} now {:?}", sp, v)?;
    v.truncate(opaque(8));
    let mut w = vec![0u64; 5];
    w.resize(9, 3);
    w[opaque(6)] = u64::MAX;
    let tail = w.split_off(7);
    writeln!(out, "truncate {:?} resize {:?} contains {} split_off {:?}", v, w, w.contains(&3), tail)?;
    let mut nested: Vec<Vec<u8>> = (0..5u8).map(|i| (0..i).collect()).collect();
    nested.rotate_left(2);
    writeln!(out, "nested {:?} concat {:?}", nested, nested.concat())?;
    // String
    let mut s = String::with_capacity(4);
    for i in 0..opaque(12u32) { write!(s, "{}{}", i, if i % 2 == 0 { 'é' } else { '-' })?; }
    s.insert_str(0, ">>");
    let p = s.pop();
    s.retain(|c| c != '-');
    writeln!(out, "string {:?} popped {:?} len {}", s, p, s.len() as u32)?;
    s.truncate(9);
    s.extend(['x', 'ÿ']);
    let before = s.clone();
    let drained: String = s.drain(..5).collect();
    writeln!(out, "string2 {:?} drain {:?} after {:?}", before, drained, s)?;
    // VecDeque with wrap-around.
    let mut dq: VecDeque<u16> = VecDeque::with_capacity(8);
    for i in 0..opaque(6u16) { dq.push_back(i * 11); }
    for _ in 0..4 { let x = dq.pop_front().unwrap_or(0); dq.push_back(x + 1000); }
    dq.push_front(65535);
    writeln!(out, "deque {:?} front {:?} back {:?} [2] {:?}", dq, dq.front(), dq.back(), dq.get(2))?;
    dq.rotate_left(3);
    dq.make_contiguous().sort();
    writeln!(out, "deque sorted {:?} contains {} iter rev {:?}", dq, dq.contains(&1011), dq.iter().rev().take(3).collect::<Vec<_>>())?;
    let (a, b) = dq.as_slices();
    writeln!(out, "slices {} {}", a.len() as u32, b.len() as u32)?;
    // BinaryHeap
    let mut heap: BinaryHeap<i64> = (0..30).map(|_| (rng.next_u64() as i64) >> 40).collect();
    heap.push(i64::MIN);
    heap.push(i64::MAX);
    write!(out, "heap peek {:?} pops", heap.peek())?;
    for _ in 0..10 { write!(out, " {:?}", heap.pop())?; }
    writeln!(out, " len {}", heap.len() as u32)?;
    let sorted = heap.into_sorted_vec();
    writeln!(out, "heap sorted {:?}", sorted)?;
    let mut minheap = BinaryHeap::new();
    for w in ["kiwi", "apple", "fig", "date", "banana"] { minheap.push(Reverse((w.len() as u8, w))); }
    write!(out, "minheap")?;
    while let Some(Reverse(x)) = minheap.pop() { write!(out, " {:?}", x)?; }
    writeln!(out)?;
    // BTreeMap with enough entries to split nodes.
    let mut map: BTreeMap<u32, String> = BTreeMap::new();
    for i in 0..opaque(200u32) {
        let k = (i * 7919) % 1009;
        map.insert(k, alloc::format!("v{}", i));
    }
    writeln!(out, "map len {} first {:?} last {:?} get(0) {:?} get(5) {:?}", map.len() as u32, map.first_key_value(), map.last_key_value(), map.get(&0), map.get(&5))?;
    writeln!(out, "range 100..140 {:?}", map.range(100..140).collect::<Vec<_>>())?;
    for k in (0..1009).step_by(3) { map.remove(&k); }
    writeln!(out, "after remove len {} keys {:?}", map.len() as u32, map.keys().take(20).collect::<Vec<_>>())?;
    *map.entry(1).or_insert_with(|| String::from("new")) += "+";
    *map.entry(2).or_default() += "two";
    writeln!(out, "entries {:?} {:?} {:?}", map.get(&1), map.get(&2), map.range(..=4).collect::<Vec<_>>())?;
    let total: u64 = map.values().map(|s| s.len() as u64).sum();
    writeln!(out, "values len sum {} rev last {:?}", total, map.iter().rev().nth(3))?;
    let mut counts: BTreeMap<char, u32> = BTreeMap::new();
    for c in "the quick brown fox jumps over the lazy dog".chars() { *counts.entry(c).or_insert(0) += 1; }
    writeln!(out, "counts {:?}", counts)?;
    let mut bigkeys: BTreeMap<i128, u8> = BTreeMap::new();
    for i in 0..60i128 { bigkeys.insert((i - 30) * (1i128 << 90) + i, i as u8); }
    writeln!(out, "i128 keys first {:?} last {:?} range {:?}", bigkeys.iter().next(), bigkeys.iter().next_back(),
        bigkeys.range(-(1i128 << 91)..(1i128 << 91)).map(|(_, v)| *v).collect::<Vec<_>>())?;
    // BTreeSet algebra.
    let a: BTreeSet<u32> = (0..40).map(|_| rng.next_u32() % 50).collect();
    let b: BTreeSet<u32> = (0..40).map(|i| (i * 3) % 50).collect();
    writeln!(out, "set a {:?}", a)?;
    writeln!(out, "set b {:?}", b)?;
    writeln!(out, "union {:?}", a.union(&b).collect::<Vec<_>>())?;
    writeln!(out, "inter {:?}", a.intersection(&b).collect::<Vec<_>>())?;
    writeln!(out, "diff {:?}", a.difference(&b).collect::<Vec<_>>())?;
    writeln!(out, "symdiff {:?}", a.symmetric_difference(&b).collect::<Vec<_>>())?;
    writeln!(out, "subset {} disjoint {} first {:?} last {:?} range {:?}", a.is_subset(&b), a.is_disjoint(&b), a.first(), a.last(), a.range(10..20).collect::<Vec<_>>())?;
    let strs: BTreeSet<&str> = ["δ", "alpha", "Beta", "gamma", "ä", "alpha"].into_iter().collect();
    writeln!(out, "str set {:?}", strs)?;
    Ok(())
}
