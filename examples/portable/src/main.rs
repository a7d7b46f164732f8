//! `portable NAME [WORD...]`: one source file that builds both as an ordinary `std` program on
//! the host (`cargo build`) and as a NeXTSTEP program (`scripts/cargo-next build`), with the
//! `nextstep` runtime standing in for `std`. tests/rust/portable.t runs both builds and requires
//! the same output, error output and exit status.
//!
//! It does what command-line programs usually do: reads its arguments and environment
//! variables (and sets some), creates a scratch directory `portable-scratch` in the working
//! directory, writes, appends, seeks, truncates and reads files, changes permissions, makes and
//! follows a symbolic link, lists a directory, counts words with a `HashMap`, takes paths apart,
//! reports `io::Error`s, keeps globals in a `Mutex` and a `OnceLock`, reads standard input,
//! measures a sleep, and removes everything again. Arguments that are not plain words are
//! skipped with a warning on stderr; the exit status is the number of skipped arguments.
//!
//! Everything that differs between the two builds is in the first lines below (marked
//! "NeXT only") and the target-specific dependency in Cargo.toml: the rest is plain `std` code.
//! (The NeXT build warns that `PermissionsExt` is unused: the runtime also has its methods as
//! inherent ones; docs/runtime.md, "Porting a `std` program".)
#![cfg_attr(target_os = "nextstep", no_std, no_main)]

// NeXT only: the runtime crate takes the place of `std` (so every `std::` path below names it),
// its prelude supplies what `std`'s prelude has (`Vec`, `String`, `Box`, `ToString`, `vec!`,
// `format!`, the print macros, ...), and `entry!` names the main function.
#[cfg(target_os = "nextstep")]
extern crate nextstep as std;
#[cfg(target_os = "nextstep")]
use std::prelude::*;
#[cfg(target_os = "nextstep")]
std::entry!(main);

use std::cell::RefCell;
use std::cmp::{self, Reverse};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::env::{self, VarError};
use std::error::Error;
use std::ffi::OsStr;
use std::fmt;
use std::fs::{self, DirBuilder, File, OpenOptions};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{self, BufRead, BufReader, BufWriter, IoSlice, IsTerminal, LineWriter};
use std::io::{Read, Seek, SeekFrom, Write};
use std::iter;
use std::mem;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Component, Path, PathBuf};
use std::process;
use std::rc::Rc;
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::sleep;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The scratch directory, relative to the working directory.
const SCRATCH: &str = "portable-scratch";

/// Arguments skipped so far (a global, as programs keep them).
static SKIPPED: Mutex<Vec<String>> = Mutex::new(Vec::new());
/// The greeting, decided once.
static GREETING: OnceLock<String> = OnceLock::new();

/// An error of this program (shows how `Box<dyn Error>` and `?` combine).
#[derive(Debug)]
struct SetupError(String);

impl fmt::Display for SetupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "setup failed: {}", self.0)
    }
}

impl Error for SetupError {}

fn main() {
    let args: Vec<String> = env::args().collect();
    let prog = Path::new(&args[0])
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("portable")
        .to_string();
    if args.len() < 2 {
        eprintln!("usage: {} NAME [WORD...]", prog);
        process::exit(64);
    }
    match run(&prog, &args[1..]) {
        Ok(skipped) => process::exit(skipped),
        Err(e) => {
            eprintln!("{}: error: {}", prog, e);
            process::exit(1);
        }
    }
}

fn run(prog: &str, args: &[String]) -> Result<i32, Box<dyn Error>> {
    // ---- arguments and environment ----
    println!("program: {}, {} argument(s)", prog, args.len());
    let name = &args[0];
    let mut words = Vec::new();
    let mut skipped = 0;
    for a in &args[1..] {
        if !a.is_empty() && a.chars().all(char::is_alphabetic) {
            words.push(a.to_lowercase());
        } else {
            writeln!(io::stderr(), "{}: warning: skipping {:?}", prog, a)?;
            SKIPPED.lock().unwrap().push(a.clone());
            skipped += 1;
        }
    }
    let greeting = match env::var("PORTABLE_GREETING") {
        Ok(g) => g,
        Err(VarError::NotPresent) => String::from("Hello"),
        Err(VarError::NotUnicode(raw)) => {
            return Err(Box::new(SetupError(format!("PORTABLE_GREETING is not UTF-8: {:?}", raw))))
        }
    };
    let greeting = GREETING.get_or_init(|| greeting);
    println!("{}, {}!", greeting, name);
    env::set_var("PORTABLE_MODE", "test");
    env::remove_var("PORTABLE_GREETING");
    println!(
        "after set_var/remove_var: {:?} {:?}",
        env::var("PORTABLE_MODE"),
        env::var_os("PORTABLE_GREETING")
    );
    let dirs: Vec<PathBuf> = env::split_paths("/bin:/usr/local/bin").collect();
    println!("split_paths {:?}, joined {:?}", dirs, env::join_paths(dirs.iter().rev())?);
    println!("terminals: stdin {} stdout {}", io::stdin().is_terminal(), io::stdout().is_terminal());
    match env::var("PORTABLE_UNSET") {
        Ok(v) => println!("PORTABLE_UNSET is set to {:?}", v),
        Err(e) => println!("PORTABLE_UNSET: {} ({:?})", e, e),
    }
    let top: usize = env::var("PORTABLE_TOP").ok().and_then(|s| s.parse().ok()).unwrap_or(3);

    // ---- a scratch directory with files ----
    let root = Path::new(SCRATCH);
    if root.exists() {
        return Err(Box::new(SetupError(format!("{} already exists", root.display()))));
    }
    fs::create_dir_all(root.join("logs").join("old"))?;
    let notes = root.join("notes.txt");
    {
        let mut f = File::create(&notes)?;
        writeln!(f, "the quick brown fox")?;
        write!(f, "jumps over {} lazy dogs\n", 2)?;
        f.write_all(b"the end\n")?;
        f.flush()?;
    }
    let mut f = OpenOptions::new().append(true).open(&notes)?;
    writeln!(f, "{}", words.join(" "))?;
    drop(f);
    print!("{}:\n{}", notes.display(), fs::read_to_string(&notes)?);

    let meta = fs::metadata(&notes)?;
    println!("len {} file {} dir {}", meta.len(), meta.is_file(), meta.is_dir());
    println!("{} is_dir {} is_file {}", root.display(), root.is_dir(), root.is_file());
    let age = match SystemTime::now().duration_since(meta.modified()?) {
        Ok(d) => d,
        Err(e) => e.duration(),
    };
    println!("modified within a minute: {}", age < Duration::from_secs(60));

    let mut f = File::open(&notes)?;
    f.seek(SeekFrom::Start(4))?;
    let mut word = [0u8; 5];
    f.read_exact(&mut word)?;
    println!("at 4: {:?}", String::from_utf8_lossy(&word));
    let end = f.seek(SeekFrom::End(0))?;
    f.seek(SeekFrom::Current(-(end as i64) + 20))?;
    let mut rest = String::new();
    (&mut f).take(5).read_to_string(&mut rest)?;
    println!("end {} at 20: {:?} position {}", end, rest, f.stream_position()?);
    f.seek(SeekFrom::End(-2))?;
    f.seek_relative(-1)?;
    let e = f.read_exact(&mut word).unwrap_err();
    println!("read_exact at end: {:?}: {}", e.kind(), e);

    let mut f = File::options().read(true).write(true).open(&notes)?;
    f.set_len(9)?;
    let mut start = String::new();
    f.read_to_string(&mut start)?;
    println!("after set_len(9): {:?} len {}", start, f.metadata()?.len());
    let mut perm = f.metadata()?.permissions();
    perm.set_mode(0o640);
    fs::set_permissions(&notes, perm)?;
    let perm = fs::metadata(&notes)?.permissions();
    println!("mode {:o} readonly {}", perm.mode() & 0o777, perm.readonly());
    let n = f.write_vectored(&[IoSlice::new(b"THE"), IoSlice::new(b" QUICK")])?;
    let mut v = Vec::new();
    v.write_vectored(&[IoSlice::new(b"in "), IoSlice::new(b"memory")])?;
    println!("write_vectored: {} bytes, then {:?}", n, String::from_utf8_lossy(&v));
    let link = root.join("link");
    symlink("notes.txt", &link)?;
    let canon = fs::canonicalize(root.join("logs/../link"))?;
    println!(
        "symlink: is_symlink {} target {:?} canonical is notes.txt {}",
        link.is_symlink(),
        fs::read_link(&link)?,
        canon == env::current_dir()?.join(SCRATCH).join("notes.txt")
    );
    println!("through the link: {:?}", fs::read_to_string(&link)?);
    DirBuilder::new().recursive(true).create(root.join("deep/er/est"))?;
    println!("DirBuilder: {}", root.join("deep/er/est").is_dir());

    // ---- a directory listing ----
    let logs = root.join("logs");
    fs::write(logs.join("monday.log"), "start job\njob done\n")?;
    fs::write(logs.join("tuesday.log"), format!("start job\njob failed\nretry job\n{}\n", words.join(" ")))?;
    fs::write(logs.join("README"), b"logs of the week\n")?;
    fs::write(logs.join("old").join("sunday.log"), "")?;
    let mut entries = fs::read_dir(&logs)?.collect::<Result<Vec<_>, io::Error>>()?;
    entries.sort_by_key(|e| e.file_name());
    let mut by_ext: BTreeMap<String, u32> = BTreeMap::new();
    for e in &entries {
        let path = e.path();
        let kind = if e.file_type()?.is_dir() { "dir" } else { "file" };
        let len = if kind == "file" { e.metadata()?.len() } else { 0 };
        println!(
            "{:4} {:>3} {} name={:?} stem={:?} ext={:?}",
            kind,
            len,
            path.display(),
            e.file_name(),
            path.file_stem(),
            path.extension()
        );
        let ext = path.extension().and_then(OsStr::to_str).unwrap_or("-").to_string();
        *by_ext.entry(ext).or_insert(0) += 1;
    }
    println!("by extension: {:?}", by_ext);

    // ---- word counts over the .log files ----
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut lines = 0;
    for e in &entries {
        let path = e.path();
        if path.extension() != Some(OsStr::new("log")) {
            continue;
        }
        for line in BufReader::new(File::open(&path)?).lines() {
            let line = line?;
            lines += 1;
            for w in line.split_whitespace() {
                *counts.entry(w.to_string()).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(&String, &usize)> = counts.iter().collect();
    ranked.sort_by_key(|&(w, n)| (Reverse(*n), w.clone()));
    let distinct: HashSet<&str> = counts.keys().map(|w| w.as_str()).collect();
    println!("{} lines, {} distinct words, top {}:", lines, distinct.len(), top);
    let mut out = BufWriter::new(io::stdout().lock());
    for (w, n) in ranked.iter().take(top) {
        writeln!(out, "{:>5} {}", n, w)?;
    }
    out.flush()?;
    drop(out);
    let total: usize = counts.values().sum();
    println!("average count {:.2}", total as f64 / counts.len() as f64);
    println!("\"job\" seen: {}, \"cat\" seen: {}", distinct.contains("job"), distinct.contains("cat"));
    let mut both = String::new();
    File::open(logs.join("monday.log"))?
        .chain(&b"--\n"[..])
        .chain(File::open(logs.join("README"))?)
        .read_to_string(&mut both)?;
    print!("chained:\n{}", both);

    // ---- paths ----
    let log = logs.join("tuesday.log");
    let bak = log.with_extension("bak");
    fs::rename(&log, &bak)?;
    println!("renamed to {}: old exists {}, new exists {}", bak.display(), log.exists(), bak.exists());
    let mut p = PathBuf::from(SCRATCH);
    p.push("logs");
    p.push("old/sunday.log");
    println!("parent {:?}", p.parent());
    p.set_file_name("monday.txt");
    println!("set_file_name {}", p.display());
    p.pop();
    p.pop();
    println!("pop twice {}, ends_with logs: {}", p.display(), p.ends_with("logs"));
    println!("absolute: {} {}", Path::new("/usr/bin").is_absolute(), p.is_absolute());
    let messy = Path::new("./portable-scratch//logs/./old/../README/");
    let parts: Vec<Component> = messy.components().collect();
    println!("components: {:?}", parts);
    let names = parts.iter().filter(|c| matches!(c, Component::Normal(_))).count();
    println!("{} names, backwards: {:?}", names, messy.iter().rev().collect::<Vec<_>>());
    println!("root: {:?}", Path::new("//usr/./lib").components().collect::<Vec<_>>());
    println!("strip_prefix: {:?}", bak.strip_prefix(root).map(|p| p.to_path_buf()));
    match Path::new("/etc/passwd").strip_prefix("/usr") {
        Ok(p) => println!("strip_prefix: {}", p.display()),
        Err(e) => println!("strip_prefix: {}", e),
    }
    println!("ancestors: {:?}", bak.ancestors().collect::<Vec<_>>());
    println!(
        "starts_with: {} {} {}",
        messy.starts_with(SCRATCH),
        Path::new("/usr/lib/x").starts_with("/usr//lib/"),
        Path::new("/usr/lib").starts_with("/us")
    );
    let cwd = env::current_dir()?;
    println!("cwd absolute {} holds scratch {}", cwd.is_absolute(), cwd.join(SCRATCH).is_dir());
    println!("temp dir {}, family {}", env::temp_dir().display(), env::consts::FAMILY);

    // ---- errors ----
    let missing = root.join("missing.txt");
    match File::open(&missing) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            println!("open {}: {}", missing.display(), e);
            println!("  debug: {:?}", e);
        }
        Err(e) => return Err(e.into()),
        Ok(_) => println!("open {}: succeeded?", missing.display()),
    }
    let e = fs::create_dir(root).unwrap_err();
    println!("create_dir existing: {:?}: {}", e.kind(), e);
    let e = fs::read_dir(&notes).unwrap_err();
    println!("read_dir on a file: {:?}: {}", e.kind(), e);
    let e = fs::remove_dir(&logs).unwrap_err();
    println!("remove_dir non-empty: {:?}", e.kind());
    let e = OpenOptions::new().write(true).create_new(true).open(&notes).unwrap_err();
    println!("create_new existing: {:?} (kind says \"{}\")", e.kind(), e.kind());
    fs::write(root.join("binary"), [0x66, 0x6f, 0xff, 0x0a])?;
    let e = fs::read_to_string(root.join("binary")).unwrap_err();
    println!("read_to_string of non-UTF-8: {:?}: {}", e.kind(), e);
    let e = io::Error::new(io::ErrorKind::InvalidData, "bad header");
    println!("custom: {} / {:?}", e, e);
    let e = io::Error::other(SetupError("no disk".to_string()));
    println!("other: {:?}: {}", e.kind(), e);
    let e: Box<dyn Error> = "plain message".into();
    println!("boxed: {}", e);

    // ---- odds and ends from core and alloc ----
    let hash_of = |t: &dyn Fn(&mut DefaultHasher)| {
        let mut h = DefaultHasher::new();
        t(&mut h);
        h.finish()
    };
    let same = hash_of(&|h| "portable".hash(h)) == hash_of(&|h| String::from("portable").hash(h));
    let differ = hash_of(&|h| 1u32.hash(h)) != hash_of(&|h| 2u32.hash(h));
    println!("hashes: equal keys alike {}, others differ {}", same, differ);
    let (mut x, mut y) = (1, 2);
    mem::swap(&mut x, &mut y);
    let counter = Rc::new(RefCell::new(0));
    *counter.borrow_mut() += x;
    let shared = Arc::new(cmp::max(x, y));
    let seq: Vec<i32> = iter::once(0).chain(iter::repeat(7).take(2)).collect();
    println!("swap {} {}, rc {}, arc {} ({}), {:?}", x, y, counter.borrow(), shared, Arc::strong_count(&shared), seq);
    let mut dashes = String::new();
    io::repeat(b'-').take(6).read_to_string(&mut dashes)?;
    let mut lw = LineWriter::new(io::stdout());
    write!(lw, "line writer {}", dashes)?;
    writeln!(lw, " done")?;
    println!("skipped so far: {:?}", SKIPPED.lock().unwrap());

    // ---- standard input ----
    let mut longest = String::new();
    let mut n = 0;
    for line in io::stdin().lock().lines() {
        let line = line?;
        n += 1;
        if line.len() > longest.len() {
            longest = line;
        }
    }
    println!("stdin: {} lines, longest {:?}", n, longest);

    // ---- time ----
    let t = Instant::now();
    sleep(Duration::from_millis(30));
    let slept = t.elapsed();
    println!("slept at least 30ms: {}", slept >= Duration::from_millis(30));
    let since = SystemTime::now().duration_since(UNIX_EPOCH)?;
    println!("after 2020: {}", since.as_secs() > 1_577_836_800);

    // ---- clean up ----
    fs::remove_dir_all(root)?;
    println!("removed: {}", !root.exists());
    dbg!(skipped);
    eprintln!("{}: {} argument(s) skipped", prog, skipped);
    Ok(skipped)
}
