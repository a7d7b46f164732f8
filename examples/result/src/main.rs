//! `main` returning `Result`: parses each argument as a number and prints the sum; the first
//! bad argument ends the program through `Err`, which the runtime reports like `std`
//! (`Error: {:?}` on stderr, exit status 1).
#![no_std]
#![no_main]

use core::num::ParseIntError;
use nextstep::prelude::*;

nextstep::entry!(main);

fn main() -> Result<(), ParseIntError> {
    let mut sum = 0u32;
    for a in nextstep::env::args().skip(1) {
        sum += a.parse::<u32>()?;
        println!("sum so far: {}", sum);
    }
    Ok(())
}
