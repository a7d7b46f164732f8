//! `wc`: counts lines, words and bytes of each file named as an argument (standard input when
//! there are none), like BSD `wc`: each count right-aligned in 8 columns, then the name; a
//! `total` line when there are several files. A file that cannot be read prints
//! `wc: NAME: <errno text>` to stderr and makes the exit status 1.
#![no_std]
#![no_main]

// Written as a `std` program would be: `std::` paths resolve to the runtime's modules.
use nextstep as std;
use nextstep::prelude::*;
use std::fs::File;
use std::io::{self, Read};

nextstep::entry!(main);

#[derive(Default, Clone, Copy)]
struct Counts {
    lines: u64,
    words: u64,
    bytes: u64,
}

fn count(r: &mut dyn Read) -> io::Result<Counts> {
    let mut c = Counts::default();
    let mut in_word = false;
    let mut buf = [0u8; 4096];
    loop {
        let n = r.read(&mut buf)?;
        if n == 0 {
            return Ok(c);
        }
        c.bytes += n as u64;
        for &b in &buf[..n] {
            if b == b'\n' {
                c.lines += 1;
            }
            // Word separators as in C's isspace().
            let space = matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
            if space {
                in_word = false;
            } else if !in_word {
                in_word = true;
                c.words += 1;
            }
        }
    }
}

fn show(c: &Counts, name: Option<&str>) {
    match name {
        Some(n) => println!("{:8}{:8}{:8} {}", c.lines, c.words, c.bytes, n),
        None => println!("{:8}{:8}{:8}", c.lines, c.words, c.bytes),
    }
}

fn main() -> i32 {
    let names: Vec<String> = std::env::args().skip(1).collect();
    if names.is_empty() {
        return match count(&mut io::stdin()) {
            Ok(c) => {
                show(&c, None);
                0
            }
            Err(e) => {
                eprintln!("wc: stdin: {}", e);
                1
            }
        };
    }
    let mut total = Counts::default();
    let mut status = 0;
    for name in &names {
        match File::open(name).and_then(|mut f| count(&mut f)) {
            Ok(c) => {
                show(&c, Some(name));
                total.lines += c.lines;
                total.words += c.words;
                total.bytes += c.bytes;
            }
            Err(e) => {
                eprintln!("wc: {}: {}", name, e);
                status = 1;
            }
        }
    }
    if names.len() > 1 {
        show(&total, Some("total"));
    }
    status
}
