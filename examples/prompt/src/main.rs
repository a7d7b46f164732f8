//! `prompt`: reads one line with `io::stdin().read_line`, then the rest of standard input with
//! `io::stdin().lines()`: both share stdin's buffer, so nothing read ahead by the first call is
//! lost. Prints the first line's length (with its newline) and each further line numbered;
//! writes through `io::stdout()` with `write!`/`writeln!` and flushes.
#![no_std]
#![no_main]

use nextstep::io::{self, Write};
use nextstep::prelude::*;

nextstep::entry!(main);

fn main() -> io::Result<()> {
    let mut out = io::stdout();
    write!(out, "name? ")?;
    out.flush()?;
    let mut name = String::new();
    let n = io::stdin().read_line(&mut name)?;
    writeln!(out, "hello, {} ({} bytes)", name.trim_end(), n)?;
    let mut count = 0;
    for (i, line) in io::stdin().lines().enumerate() {
        writeln!(out, "{}: {}", i + 1, line?)?;
        count += 1;
    }
    let mut rest = String::new();
    let at_end = io::stdin().read_line(&mut rest)?;
    writeln!(io::stderr(), "{} more lines, then read_line gives {}", count, at_end)?;
    Ok(())
}
