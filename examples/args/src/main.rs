//! Prints its arguments and one environment variable: checks argc/argv/envp from the
//! initial stack (`env::args`, `env::var`) and `main` returning an exit status.
#![no_std]
#![no_main]

use nextstep::prelude::*;

nextstep::entry!(main);

fn main() -> i32 {
    let args: Vec<String> = nextstep::env::args().collect();
    println!("argc: {}", args.len());
    for (i, a) in args.iter().enumerate().skip(1) {
        println!("argv[{}]: {}", i, a);
    }
    match nextstep::env::var("NEXT_TEST_VAR") {
        Ok(v) => println!("NEXT_TEST_VAR={}", v),
        Err(_) => println!("NEXT_TEST_VAR unset"),
    }
    // Exit status = number of arguments after the program name.
    (args.len() - 1) as i32
}
