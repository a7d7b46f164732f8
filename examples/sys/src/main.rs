//! Calls the nextstep-sys wrappers one after another in the current directory and prints what
//! the kernel answered: files (open/creat/write/lseek/read/fstat/stat/rename/access/unlink),
//! directories (mkdir/getdirentries/rmdir), descriptors (dup/dup2/fcntl/pipe/writev), errno
//! values, gettimeofday/getpagesize/getpid, and vm_allocate/vm_protect/vm_deallocate.
#![no_std]
#![no_main]

use nextstep::prelude::*;
use nextstep::sys;

nextstep::entry!(main);

fn errname(r: i32) -> String {
    match -r {
        sys::ENOENT => "ENOENT".to_string(),
        sys::EBADF => "EBADF".to_string(),
        sys::EEXIST => "EEXIST".to_string(),
        sys::ENOTEMPTY => "ENOTEMPTY".to_string(),
        _ if r >= 0 => format!("{}", r),
        e => format!("errno {}", e),
    }
}

fn main() {
    unsafe { run() }
}

unsafe fn run() {
    println!("open missing: {}", errname(sys::open(b"no-such-file\0".as_ptr(), sys::O_RDONLY, 0)));

    let fd = sys::open(b"f.txt\0".as_ptr(), sys::O_CREAT | sys::O_WRONLY | sys::O_TRUNC, 0o644);
    let text = b"hello nextstep\n";
    println!("write: {}", sys::write(fd, text.as_ptr(), text.len()));
    let mut st = sys::stat::default();
    let r = sys::fstat(fd, &mut st);
    println!("fstat: {} size {} regular {}", r, st.st_size, st.st_mode & sys::S_IFMT == sys::S_IFREG);
    println!("close: {} then {}", sys::close(fd), errname(sys::close(fd)));

    let mut st2 = sys::stat::default();
    let r = sys::stat(b"f.txt\0".as_ptr(), &mut st2);
    println!("stat: {} size {} same inode {}", r, st2.st_size, st2.st_ino == st.st_ino);

    let fd = sys::open(b"f.txt\0".as_ptr(), sys::O_RDONLY, 0);
    println!("lseek: {}", sys::lseek(fd, 6, sys::SEEK_SET));
    let mut buf = [0u8; 32];
    let n = sys::read(fd, buf.as_mut_ptr(), buf.len());
    println!("read: {} {:?}", n, core::str::from_utf8(&buf[..n.max(0) as usize]).unwrap());
    println!("read at end: {}", sys::read(fd, buf.as_mut_ptr(), buf.len()));
    let fd2 = sys::dup(fd);
    println!("dup: new fd {}", fd2 > fd);
    println!("dup2: {}", sys::dup2(fd, 20));
    println!("fcntl: {} {} {}", sys::fcntl(20, sys::F_GETFD, 0), sys::fcntl(20, sys::F_SETFD, 1),
             sys::fcntl(20, sys::F_GETFD, 0));
    sys::close(20);
    sys::close(fd2);
    sys::close(fd);

    let mut fds = [0i32; 2];
    let r = sys::pipe(&mut fds);
    sys::write(fds[1], b"ping".as_ptr(), 4);
    let n = sys::read(fds[0], buf.as_mut_ptr(), 4);
    println!("pipe: {} {}", r, core::str::from_utf8(&buf[..n.max(0) as usize]).unwrap());
    sys::close(fds[0]);
    sys::close(fds[1]);

    println!("rename: {}", sys::rename(b"f.txt\0".as_ptr(), b"g.txt\0".as_ptr()));
    println!("access: {} {}", sys::access(b"g.txt\0".as_ptr(), sys::R_OK),
             errname(sys::access(b"f.txt\0".as_ptr(), sys::F_OK)));
    println!("mkdir: {} then {}", sys::mkdir(b"d\0".as_ptr(), 0o755), errname(sys::mkdir(b"d\0".as_ptr(), 0o755)));

    let dfd = sys::open(b".\0".as_ptr(), sys::O_RDONLY, 0);
    let mut names: Vec<String> = Vec::new();
    let mut dbuf = vec![0u8; 4096];
    let mut base = 0i32;
    loop {
        let n = sys::getdirentries(dfd, dbuf.as_mut_ptr(), dbuf.len(), &mut base);
        if n <= 0 {
            break;
        }
        let mut off = 0usize;
        while off + sys::DIRECT_NAME_OFFSET <= n as usize {
            let rec = dbuf.as_ptr().add(off);
            let ino = u32::from_be_bytes([*rec, *rec.add(1), *rec.add(2), *rec.add(3)]);
            let reclen = u16::from_be_bytes([*rec.add(4), *rec.add(5)]) as usize;
            let namlen = u16::from_be_bytes([*rec.add(6), *rec.add(7)]) as usize;
            if reclen == 0 {
                break;
            }
            let name = &dbuf[off + 8..off + 8 + namlen];
            if ino != 0 && name != b"." && name != b".." {
                names.push(String::from_utf8_lossy(name).into_owned());
            }
            off += reclen;
        }
    }
    sys::close(dfd);
    names.sort();
    println!("dir: {}", names.join(" "));

    println!("rmdir: {}", sys::rmdir(b"d\0".as_ptr()));
    println!("unlink: {} then {}", sys::unlink(b"g.txt\0".as_ptr()), errname(sys::unlink(b"g.txt\0".as_ptr())));
    let mut st3 = sys::stat::default();
    println!("stat removed: {}", errname(sys::stat(b"g.txt\0".as_ptr(), &mut st3)));

    let mut tv = sys::timeval::default();
    let r = sys::gettimeofday(&mut tv, core::ptr::null_mut());
    println!("gettimeofday: {} plausible {}", r, tv.tv_sec > 1_000_000_000 && (0..1_000_000).contains(&tv.tv_usec));
    println!("getpagesize: {}", sys::getpagesize());
    println!("getpid: positive {}", sys::getpid() > 0);

    let task = sys::task_self();
    let mut addr: sys::vm_address_t = 0;
    let r1 = sys::vm_allocate(task, &mut addr, 3 * 8192, true);
    let p = addr as *mut u32;
    let zero = *p.add(3 * 2048 - 1) == 0;
    *p.add(100) = 0xdead_beef;
    let back = *p.add(100);
    let r2 = sys::vm_protect(task, addr, 8192, false, sys::VM_PROT_READ);
    let r3 = sys::vm_deallocate(task, addr, 3 * 8192);
    println!("vm: {} {} aligned {} zero {} {:#x} {}", r1, r2, addr % 8192 == 0, zero, back, r3);

    let a = b"wr";
    let b = b"itev\n";
    let iov = [
        sys::iovec { iov_base: a.as_ptr() as *mut u8, iov_len: 2 },
        sys::iovec { iov_base: b.as_ptr() as *mut u8, iov_len: 5 },
    ];
    let r = sys::writev(1, iov.as_ptr(), 2);
    println!("writev: {}", r);
    println!("bad fd: {}", errname(sys::write(99, a.as_ptr(), 2)));
}
