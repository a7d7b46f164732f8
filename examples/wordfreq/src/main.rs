//! `wordfreq [N]`: reads standard input line by line (`io::stdin().lines()`), counts words in a
//! `BTreeMap` and prints the N (default 10) most frequent ones as `COUNT WORD`, sorted by count
//! (highest first), then by word. A word is a run of ASCII letters, digits and apostrophes,
//! lower-cased.
#![no_std]
#![no_main]

use nextstep::collections::BTreeMap;
use nextstep::io::{self, BufRead};
use nextstep::prelude::*;

nextstep::entry!(main);

fn main() -> io::Result<()> {
    let top: usize = match nextstep::env::args().nth(1) {
        Some(a) => match a.parse() {
            Ok(n) => n,
            Err(_) => {
                eprintln!("usage: wordfreq [N]");
                nextstep::process::exit(2);
            }
        },
        None => 10,
    };
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    let mut lines = 0u32;
    for line in io::stdin().lock().lines() {
        let line = line?;
        lines += 1;
        for word in line
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
        {
            *counts.entry(word.to_ascii_lowercase()).or_insert(0) += 1;
        }
    }
    let mut list: Vec<(&String, &u32)> = counts.iter().collect();
    list.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    println!("{} lines, {} distinct words", lines, counts.len());
    for (word, n) in list.into_iter().take(top) {
        println!("{:7} {}", n, word);
    }
    Ok(())
}
