//! `cat`: copies the files named as arguments (or standard input when there are none, or for
//! an argument `-`) to standard output, byte for byte. Errors name the file and the NeXT errno,
//! like BSD cat (`cat: FILE: No such file or directory`); the exit status is then 1.
#![no_std]
#![no_main]

use nextstep::fs::File;
use nextstep::io::{self, Read, Write};
use nextstep::prelude::*;

nextstep::entry!(main);

fn copy_to_stdout(r: &mut dyn Read, out: &mut io::Stdout) -> io::Result<()> {
    let mut buf = [0u8; 8192];
    loop {
        let n = r.read(&mut buf)?;
        if n == 0 {
            return Ok(());
        }
        out.write_all(&buf[..n])?;
    }
}

fn main() -> i32 {
    let mut out = io::stdout();
    let args: Vec<String> = nextstep::env::args().skip(1).collect();
    if args.is_empty() {
        if let Err(e) = copy_to_stdout(&mut io::stdin(), &mut out) {
            eprintln!("cat: stdin: {}", e);
            return 1;
        }
        return 0;
    }
    let mut status = 0;
    for name in &args {
        let r = if name == "-" {
            copy_to_stdout(&mut io::stdin(), &mut out)
        } else {
            File::open(name).and_then(|mut f| copy_to_stdout(&mut f, &mut out))
        };
        if let Err(e) = r {
            eprintln!("cat: {}: {}", name, e);
            status = 1;
        }
    }
    status
}
