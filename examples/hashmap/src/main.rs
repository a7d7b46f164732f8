//! `hashmap`: exercises `nextstep::collections::{HashMap, HashSet}` (hashbrown, as in `std`) and
//! checks them against `BTreeMap`/`BTreeSet` fed the same operations: 20,000 pseudo-random
//! inserts, updates through the `Entry` API and removals on `u32` keys, then `String` keys
//! (word counts), `retain`, `get_mut`, set algebra. Prints a few lines whose values the test
//! compares exactly.
#![no_std]
#![no_main]

use nextstep::collections::{hash_map::Entry, BTreeMap, BTreeSet, HashMap, HashSet};
use nextstep::prelude::*;

nextstep::entry!(main);

fn main() {
    // Integer keys, differential against BTreeMap.
    let mut h: HashMap<u32, u64> = HashMap::new();
    let mut b: BTreeMap<u32, u64> = BTreeMap::new();
    let mut x: u32 = 12345;
    for i in 0..20000u32 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let k = x % 5000;
        if i % 7 == 3 {
            assert_eq!(h.remove(&k), b.remove(&k));
        } else {
            *h.entry(k).or_insert(0) += i as u64;
            *b.entry(k).or_insert(0) += i as u64;
        }
    }
    let mut v: Vec<(u32, u64)> = h.iter().map(|(k, v)| (*k, *v)).collect();
    v.sort();
    let w: Vec<(u32, u64)> = b.iter().map(|(k, v)| (*k, *v)).collect();
    let sum: u64 = h.values().sum();
    println!("u32 keys: {} entries, sum {}, same as BTreeMap: {}", h.len(), sum, v == w);

    h.retain(|k, _| k % 2 == 0);
    b.retain(|k, _| k % 2 == 0);
    if let Some(e) = h.get_mut(&0) {
        *e = 7;
    }
    if let Some(e) = b.get_mut(&0) {
        *e = 7;
    }
    let same = h.len() == b.len() && b.iter().all(|(k, v)| h.get(k) == Some(v));
    println!("after retain: {} entries, same as BTreeMap: {}", h.len(), same);

    // String keys: word counts, the Entry API by hand.
    let text = "the quick brown fox jumps over the lazy dog the fox and the dog";
    let mut counts: HashMap<String, usize> = HashMap::with_capacity(4);
    for word in text.split(' ') {
        match counts.entry(word.to_string()) {
            Entry::Occupied(mut o) => *o.get_mut() += 1,
            Entry::Vacant(v) => {
                v.insert(1);
            }
        }
    }
    let mut top: Vec<(&String, &usize)> = counts.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let shown: Vec<String> = top.iter().take(3).map(|(w, c)| format!("{w}={c}")).collect();
    println!("words: {} distinct, top {}", counts.len(), shown.join(" "));
    println!("contains 'fox': {}, 'cat': {}", counts.contains_key("fox"), counts.contains_key("cat"));

    // Sets.
    let a: HashSet<u32> = (1..=20).filter(|n| n % 2 == 0).collect();
    let c: HashSet<u32> = (1..=20).filter(|n| n % 3 == 0).collect();
    let inter: BTreeSet<u32> = a.intersection(&c).copied().collect();
    let uni: BTreeSet<u32> = a.union(&c).copied().collect();
    let diff: BTreeSet<u32> = a.difference(&c).copied().collect();
    println!("sets: {:?} | {} elements | {:?}", inter, uni.len(), diff);
}
