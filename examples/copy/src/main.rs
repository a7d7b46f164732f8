//! `copy SRC DST`: copies a file with `fs::File` reads and writes in 4 KB chunks and prints the
//! number of bytes copied. Errors (missing source, unwritable destination) print
//! `copy: NAME: <io::Error>` and exit with status 1; wrong usage exits with 2.
#![no_std]
#![no_main]

use nextstep::fs::File;
use nextstep::io::{self, Read, Write};
use nextstep::prelude::*;

nextstep::entry!(main);

const CHUNK: usize = 4096;

fn copy(src: &str, dst: &str) -> Result<u64, String> {
    let mut input = File::open(src).map_err(|e| format!("{}: {}", src, e))?;
    let mut output = File::create(dst).map_err(|e| format!("{}: {}", dst, e))?;
    let mut buf = vec![0u8; CHUNK];
    let mut total = 0u64;
    loop {
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(format!("{}: {}", src, e)),
        };
        output.write_all(&buf[..n]).map_err(|e| format!("{}: {}", dst, e))?;
        total += n as u64;
    }
    output.flush().map_err(|e| format!("{}: {}", dst, e))?;
    Ok(total)
}

fn main() -> i32 {
    let args: Vec<String> = nextstep::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: copy SRC DST");
        return 2;
    }
    match copy(&args[1], &args[2]) {
        Ok(n) => {
            println!("copied {} bytes", n);
            0
        }
        Err(msg) => {
            eprintln!("copy: {}", msg);
            1
        }
    }
}
