//! NeXTSTEP runner for the conformance corpus: the same programs as `m68k-linux/`, but linked
//! with `next-ld` into a NeXT Mach-O executable on the `nextstep` runtime crate and run in
//! `next-run`. `conformance-next PROGRAM [SEED]` runs one corpus program and writes its output
//! to fd 1, so it can be diffed against the host runner's output (`conf-check-next`).
//!
//! Everything platform-specific comes from the runtime: the entry point (`start`, reached with
//! sp at argc/argv/envp), `argv` (`nextstep::env::args_bytes`), the `write` system call
//! (`nextstep::io::write_all`, trap #4), `exit`, the `vm_allocate` allocator and the panic
//! handler (message on stderr, exit status 101). So a difference from the m68k Linux runner's
//! output points at the runtime, `next-ld` or `next-run`, not at code generation alone.
//!
//! Exit status: 0 after a complete run, 1 if the program returned `fmt::Error` or writing
//! failed, 2 for usage errors, 101 on panic (runtime).
#![no_std]
#![no_main]

use core::fmt::{self, Write};
use nextstep::io;

nextstep::entry!(main);

/// Which next-llc / next-ld linked this binary (set by conf-check-next; reading it here makes
/// cargo rebuild and relink the runner when either tool changes).
const CONVERTER_ID: Option<&str> = option_env!("CONF_CONVERTER_ID");

/// Line-buffered `core::fmt::Write` adapter over the runtime's `write_all` on a descriptor:
/// the corpus writes in many small pieces, and one `write` per piece would be one emulated
/// system call each. A complete line is written out at once, so output before a crash or a
/// panic is not lost (the runtime's panic handler cannot flush this buffer).
struct LineOut {
    fd: i32,
    len: usize,
    failed: bool,
    buf: [u8; 4096],
}

impl LineOut {
    const fn new(fd: i32) -> LineOut {
        LineOut { fd, len: 0, failed: false, buf: [0; 4096] }
    }
    fn flush(&mut self) {
        if self.len > 0 && io::write_all(self.fd, &self.buf[..self.len]).is_err() {
            self.failed = true;
        }
        self.len = 0;
    }
}

impl Write for LineOut {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for &b in s.as_bytes() {
            if self.len == self.buf.len() {
                self.flush();
            }
            self.buf[self.len] = b;
            self.len += 1;
        }
        if s.ends_with('\n') {
            self.flush();
        }
        if self.failed {
            Err(fmt::Error)
        } else {
            Ok(())
        }
    }
}

fn usage_error(msg: fmt::Arguments) -> i32 {
    nextstep::eprintln!("conformance-next: {}", msg);
    2
}

fn main() -> i32 {
    let mut args = nextstep::env::args_bytes();
    let argc = args.len();
    args.next(); // argv[0]
    if argc < 2 {
        nextstep::eprintln!("usage: conformance-next PROGRAM [SEED] | --list");
        return 2;
    }
    let name = core::str::from_utf8(args.next().unwrap_or(b"")).unwrap_or("");
    let mut out = LineOut::new(nextstep::sys::STDOUT_FILENO);
    if name == "--converter" {
        let _ = writeln!(out, "{}", CONVERTER_ID.unwrap_or("unknown"));
        out.flush();
        return 0;
    }
    if name == "--list" {
        for (n, _) in conformance_corpus::PROGRAMS {
            let _ = writeln!(out, "{}", n);
        }
        out.flush();
        return 0;
    }
    let Some(prog) = conformance_corpus::find(name) else {
        return usage_error(format_args!("unknown program '{}'", name));
    };
    let seed = match args.next() {
        None => 0,
        Some(s) => match conformance_corpus::parse_seed(core::str::from_utf8(s).unwrap_or("")) {
            Some(v) => v,
            None => return usage_error(format_args!("bad seed")),
        },
    };
    let r = prog(&mut out, seed);
    out.flush();
    if r.is_err() || out.failed {
        nextstep::eprintln!("conformance-next: program returned fmt::Error");
        return 1;
    }
    0
}
