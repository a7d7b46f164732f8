//! `clock`: exercises `time` and `thread::sleep`. Sleeps 50 ms and checks that
//! `Instant::elapsed` (and `duration_since`) report at least 50 ms and less than 5 s; prints
//! `SystemTime::now()` as seconds since `UNIX_EPOCH` (the test compares it with the host clock)
//! and checks that the epoch lies before now (`duration_since` the other way is an error).
//! Exit status 1 if a check fails.
#![no_std]
#![no_main]

use nextstep::prelude::*;
use nextstep::thread;
use nextstep::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

nextstep::entry!(main);

fn main() -> i32 {
    let mut ok = true;
    let start = Instant::now();
    thread::sleep(Duration::from_millis(50));
    let elapsed = start.elapsed();
    let again = Instant::now().duration_since(start);
    eprintln!("elapsed {:?}", elapsed);
    if elapsed >= Duration::from_millis(50) && elapsed < Duration::from_secs(5) && again >= elapsed {
        println!("sleep 50ms: ok");
    } else {
        println!("sleep 50ms: elapsed {:?} out of range", elapsed);
        ok = false;
    }
    // A zero sleep returns at once.
    let t = Instant::now();
    thread::sleep(Duration::ZERO);
    println!("zero sleep under 1s: {}", t.elapsed() < Duration::from_secs(1));
    // Instant arithmetic.
    let later = start + Duration::from_secs(3);
    println!("instant arithmetic: {}", later - start == Duration::from_secs(3) && start.duration_since(later) == Duration::ZERO);

    let now = SystemTime::now();
    match now.duration_since(UNIX_EPOCH) {
        Ok(d) => println!("now: {}", d.as_secs()),
        Err(_) => {
            println!("now: before the epoch");
            ok = false;
        }
    }
    match UNIX_EPOCH.duration_since(now) {
        Ok(_) => {
            println!("epoch after now?");
            ok = false;
        }
        Err(e) => println!("epoch before now: {}", e.duration() == now.duration_since(UNIX_EPOCH).unwrap()),
    }
    if ok { 0 } else { 1 }
}
