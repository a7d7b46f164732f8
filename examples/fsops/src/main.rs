//! `fsops`: exercises `fs` in the current directory (the test runs it in a fresh `--root`):
//! `create_dir`, `fs::write`/`read`/`read_to_string`, `OpenOptions` (append, create_new),
//! `Seek`, `Metadata` (len, is_dir, is_file, modified), `read_dir` (sorted names, types),
//! `remove_file`, `remove_dir`, `env::set_current_dir`, and the `io::Error` kinds and messages of
//! the failures.
#![no_std]
#![no_main]

use nextstep::fs::{self, File, OpenOptions};
use nextstep::io::{self, Read, Seek, SeekFrom, Write};
use nextstep::path::Path;
use nextstep::prelude::*;
use nextstep::time::{SystemTime, UNIX_EPOCH};

nextstep::entry!(main);

fn listing(dir: &str) -> io::Result<Vec<String>> {
    let mut v = Vec::new();
    for e in fs::read_dir(dir)? {
        let e = e?;
        let t = e.file_type()?;
        let kind = if t.is_dir() { "dir" } else if t.is_file() { "file" } else { "other" };
        v.push(format!("{} ({}, {})", e.file_name().to_string_lossy(), kind, e.path().display()));
    }
    v.sort();
    Ok(v)
}

fn main() -> io::Result<()> {
    let before = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    fs::create_dir("/d")?;
    fs::create_dir("/d/sub")?;
    fs::write("/d/a.txt", "alpha\n")?;
    fs::write("/d/b.bin", [0u8, 1, 2, 255])?;
    let mut f = OpenOptions::new().append(true).open("/d/a.txt")?;
    writeln!(f, "beta {}", 2)?;
    drop(f);
    println!("read_to_string: {:?}", fs::read_to_string("/d/a.txt")?);
    println!("read: {:?}", fs::read("/d/b.bin")?);

    let mut f = File::open("/d/a.txt")?;
    f.seek(SeekFrom::Start(6))?;
    let mut four = [0u8; 4];
    f.read_exact(&mut four)?;
    println!("seek+read_exact: {:?}", core::str::from_utf8(&four).unwrap());
    println!("stream_position: {}", f.stream_position()?);
    println!("read_exact past end: {:?}", f.read_exact(&mut [0u8; 8]).map_err(|e| e.kind()));

    let m = fs::metadata("/d/a.txt")?;
    println!("a.txt: len {} file {} dir {}", m.len(), m.is_file(), m.is_dir());
    let mtime = m.modified()?.duration_since(UNIX_EPOCH).unwrap().as_secs();
    let after = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    println!("modified now: {}", mtime + 2 >= before && mtime <= after + 2);
    let d = fs::metadata("/d/sub")?;
    println!("sub: file {} dir {}", d.is_file(), d.is_dir());
    println!("exists: {} {}", Path::new("/d/b.bin").exists(), Path::new("/d/zz").exists());

    // Relative paths after env::set_current_dir.
    nextstep::env::set_current_dir("/d/sub")?;
    fs::write("rel.txt", "x")?;
    println!("relative write lands in sub: {}", Path::new("/d/sub/rel.txt").is_file());
    fs::remove_file("rel.txt")?;
    nextstep::env::set_current_dir("/")?;
    let e = nextstep::env::set_current_dir("/nowhere").unwrap_err();
    println!("chdir missing: {:?}", e.kind());

    for line in listing("/d")? {
        println!("entry: {}", line);
    }

    // Failures: kind, Display and Debug of io::Error.
    let e = fs::create_dir("/d/sub").unwrap_err();
    println!("create_dir again: {:?}: {}", e.kind(), e);
    let e = File::open("/d/missing").unwrap_err();
    println!("open missing: {:?}", e);
    let e = fs::read_dir("/d/a.txt").unwrap_err();
    println!("read_dir on file: {:?}: {}", e.kind(), e);
    let e = File::create_new("/d/a.txt").unwrap_err();
    println!("create_new existing: {:?}", e.kind());
    let e = fs::remove_dir("/d").unwrap_err();
    println!("remove_dir non-empty: {:?}: {}", e.kind(), e);

    fs::remove_file("/d/a.txt")?;
    fs::remove_file("/d/b.bin")?;
    let e = fs::remove_file("/d/a.txt").unwrap_err();
    println!("remove_file again: {}", e);
    fs::remove_dir("/d/sub")?;
    println!("after removal: {:?}", listing("/d")?);
    fs::remove_dir("/d")?;
    println!("d exists: {}", Path::new("/d").exists());
    Ok(())
}
