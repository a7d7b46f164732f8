//! `iotest`: the in-memory and buffered parts of `io`: `Cursor` (read, write, seek), `BufReader`
//! over a `File` (`lines`, `read_until`, `split`), `BufWriter` on stdout, `io::copy`, `take`,
//! `bytes`, `read_to_string` on invalid UTF-8, `empty`/`sink`, and the Display/Debug of custom
//! and bare-kind `io::Error`s. Runs in the current directory (creates and removes `io.tmp`).
#![no_std]
#![no_main]

use nextstep::fs::{self, File};
use nextstep::io::{self, BufRead, BufReader, BufWriter, Cursor, Read, Seek, SeekFrom, Write};
use nextstep::prelude::*;

nextstep::entry!(main);

fn main() -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout());

    let mut c = Cursor::new(Vec::new());
    c.write_all(b"hello world")?;
    c.seek(SeekFrom::Start(6))?;
    c.write_all(b"there!")?;
    c.seek(SeekFrom::End(-6))?;
    let mut s = String::new();
    c.read_to_string(&mut s)?;
    writeln!(out, "cursor: {:?} {:?} pos {}", core::str::from_utf8(c.get_ref()).unwrap(), s, c.position())?;

    fs::write("io.tmp", "alpha\nbeta\r\ngamma,delta\nlast")?;
    let lines: Vec<String> = BufReader::new(File::open("io.tmp")?).lines().collect::<io::Result<_>>()?;
    writeln!(out, "lines: {:?}", lines)?;
    let mut r = BufReader::with_capacity(4, File::open("io.tmp")?);
    let mut first = Vec::new();
    r.read_until(b'\n', &mut first)?;
    let parts: Vec<Vec<u8>> = r.split(b',').collect::<io::Result<_>>()?;
    writeln!(out, "read_until: {:?} split: {}", core::str::from_utf8(&first).unwrap(), parts.len())?;

    let mut sink = Vec::new();
    let n = io::copy(&mut File::open("io.tmp")?.take(10), &mut sink)?;
    writeln!(out, "copy+take: {} {:?}", n, core::str::from_utf8(&sink).unwrap())?;
    let bytes: Vec<u8> = (&b"xyz"[..]).bytes().collect::<io::Result<_>>()?;
    writeln!(out, "bytes: {:?}", bytes)?;

    fs::write("io.tmp", [b'o', b'k', 0xff])?;
    let e = fs::read_to_string("io.tmp").unwrap_err();
    writeln!(out, "invalid utf-8: {:?}: {}", e.kind(), e)?;
    fs::remove_file("io.tmp")?;

    let mut buf = [0u8; 4];
    writeln!(out, "empty: {} sink: {}", io::empty().read(&mut buf)?, io::sink().write(b"abc")?)?;

    let e = io::Error::new(io::ErrorKind::InvalidData, "bad header");
    writeln!(out, "custom: {} / {:?}", e, e)?;
    let e = io::Error::from(io::ErrorKind::TimedOut);
    writeln!(out, "kind only: {} / {:?}", e, e)?;
    let e = io::Error::from_raw_os_error(13);
    writeln!(out, "os 13: {} / {:?}", e, e.kind())?;
    out.flush()?;
    Ok(())
}
