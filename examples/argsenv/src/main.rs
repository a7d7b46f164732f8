//! `argsenv`: prints its arguments (`env::args`, Debug-quoted), then the environment variables
//! named on the command line after `--env` style lookups: HOME, USER, PATH and NEXT_TEST_VAR
//! via `env::var`, and the sorted names of all variables via `env::vars`. `dbg!` reports the
//! argument count on stderr.
#![no_std]
#![no_main]

use nextstep::prelude::*;

nextstep::entry!(main);

fn main() {
    let args: Vec<String> = nextstep::env::args().collect();
    let n = dbg!(args.len() - 1);
    println!("{} arguments", n);
    for (i, a) in args.iter().enumerate().skip(1) {
        println!("arg {}: {:?}", i, a);
    }
    for name in ["HOME", "USER", "PATH", "NEXT_TEST_VAR"] {
        match nextstep::env::var(name) {
            Ok(v) => println!("{}={}", name, v),
            Err(_) => println!("{} is not set", name),
        }
    }
    println!("var_os HOME: {:?}, UNSET: {:?}", nextstep::env::var_os("HOME"), nextstep::env::var_os("UNSET"));
    let mut names: Vec<String> = nextstep::env::vars().map(|(k, _)| k).collect();
    names.sort();
    println!("variables: {}", names.join(" "));
}
