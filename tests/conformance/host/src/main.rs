//! Host runner for the conformance corpus: `conformance-host PROGRAM [SEED]` prints the
//! program's output on stdout (the reference the m68k runs are diffed against);
//! `conformance-host --list` prints the program names, one a line.
use std::io::Write as _;

struct Out(String);

impl core::fmt::Write for Out {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.0.push_str(s);
        Ok(())
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 2 {
        eprintln!("usage: conformance-host PROGRAM [SEED] | --list");
        std::process::exit(2);
    }
    if args[1] == "--list" {
        for (name, _) in conformance_corpus::PROGRAMS {
            println!("{}", name);
        }
        return;
    }
    let Some(prog) = conformance_corpus::find(&args[1]) else {
        eprintln!("conformance-host: unknown program '{}'", args[1]);
        std::process::exit(2);
    };
    let seed = match args.get(2) {
        None => 0,
        Some(s) => match conformance_corpus::parse_seed(s) {
            Some(v) => v,
            None => { eprintln!("conformance-host: bad seed '{}'", s); std::process::exit(2) }
        },
    };
    let mut out = Out(String::new());
    let r = prog(&mut out, seed);
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    lock.write_all(out.0.as_bytes()).unwrap();
    if r.is_err() {
        eprintln!("conformance-host: program returned fmt::Error");
        std::process::exit(1);
    }
}
