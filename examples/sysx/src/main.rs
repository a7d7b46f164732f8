//! `sysx`: the `nextstep-sys` additions beyond examples/sys: the six-argument / two-result stub
//! `__nx_syscall_x` (arguments, errno, d1), the second results of getpid/getuid/getgid, select
//! as a timer, umask, getdtablesize, getrlimit, getitimer/setitimer, and ENOSYS for calls the
//! emulator does not implement. Prints one line per check; the test compares with host values.
#![no_std]
#![no_main]

use nextstep::prelude::*;
use nextstep::sys;

nextstep::entry!(main);

fn err(r: i32) -> String {
    if r < 0 {
        format!("errno {} ({})", -r, sys::strerror(-r))
    } else {
        format!("{}", r)
    }
}

fn main() {
    unsafe {
        // Six-argument stub: a write through it, an error through it, and d1 left alone.
        let msg = b"write via syscall6\n";
        let mut d1 = -7;
        let r = sys::syscall6(sys::nr::WRITE, &mut d1, [1, msg.as_ptr() as usize, msg.len(), 0, 0, 0]);
        println!("syscall6 write: {}", r);
        let r = sys::syscall6(sys::nr::WRITE, core::ptr::null_mut(), [99, msg.as_ptr() as usize, 1, 0, 0, 0]);
        println!("syscall6 bad fd: {}", err(r));
        let r = sys::recvfrom(3, core::ptr::null_mut(), 0, 0, core::ptr::null_mut(), core::ptr::null_mut());
        println!("recvfrom (6 args): {}", err(r));

        // Two-result calls: d1 of getpid/getuid/getgid.
        let pid = sys::getpid();
        let ppid = sys::getppid();
        println!("getppid: positive {} differs {}", ppid > 0, ppid != pid);
        println!("uid {} euid {} gid {} egid {}", sys::getuid(), sys::geteuid(), sys::getgid(), sys::getegid());

        let old = sys::umask(0o027);
        let back = sys::umask(old);
        println!("umask: {:o}", back);
        println!("getdtablesize: {}", sys::getdtablesize());
        let mut rl = sys::rlimit::default();
        println!("getrlimit stack: {} {}", sys::getrlimit(3, &mut rl), rl.rlim_cur);

        let mut tv = sys::timeval { tv_sec: 0, tv_usec: 20_000 };
        let mut t0 = sys::timeval::default();
        let mut t1 = sys::timeval::default();
        sys::gettimeofday(&mut t0, core::ptr::null_mut());
        let r = sys::select(0, core::ptr::null_mut(), core::ptr::null_mut(), core::ptr::null_mut(), &mut tv);
        sys::gettimeofday(&mut t1, core::ptr::null_mut());
        let us = (t1.tv_sec - t0.tv_sec) as i64 * 1_000_000 + (t1.tv_usec - t0.tv_usec) as i64;
        println!("select timeout: {} waited >= 20ms {}", r, us >= 20_000);

        let mut it = sys::itimerval::default();
        println!("getitimer: {} {}", sys::getitimer(sys::ITIMER_REAL, &mut it), it.it_value.tv_sec);
        let bad = sys::timeval { tv_sec: 0, tv_usec: 2_000_000 };
        println!("select bad timeout: {}", err(sys::select(0, core::ptr::null_mut(), core::ptr::null_mut(), core::ptr::null_mut(), &bad as *const _ as *mut _)));
        println!("socket: {}", err(sys::socket(2, 1, 0)));
    }
}
