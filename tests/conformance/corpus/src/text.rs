//! char/str/UTF-8: chars and char_indices over multi-byte text, case mapping (tables and
//! multi-char expansions), classification, encode_utf8/utf16, from_utf8 errors, split variants,
//! find/rfind/replace, trim, parse, escape_debug/escape_unicode, and String building.
use crate::opaque;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::{Result, Write};

const TEXTS: &[&str] = &[
    "Hello, World!", "Grüße aus Köln", "ǅemal ß ﬁ İ", "日本語のテキスト", "Ελληνικά σοφία",
    "emoji 🦀🚀 ok", "tab\there\nnewline \"q\" \\", "", "  padded  ",
];

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    for &t in TEXTS {
        let t = opaque(t);
        writeln!(out, "{:?} len {} chars {} upper {:?} lower {:?}", t, t.len() as u32, t.chars().count() as u32,
            t.to_uppercase(), t.to_lowercase())?;
        write!(out, " ")?;
        for (i, c) in t.char_indices() {
            if c.is_ascii() && !c.is_ascii_control() { continue; }
            write!(out, " {}:{:?}=U+{:04X}/{}", i as u32, c, c as u32, c.len_utf8() as u32)?;
        }
        writeln!(out)?;
        writeln!(out, "  rev {:?} words {:?} trim {:?} escd {}", t.chars().rev().collect::<String>(),
            t.split_whitespace().collect::<Vec<_>>(), t.trim(), t.escape_debug())?;
        let bytes = t.as_bytes();
        writeln!(out, "  bytes {:02x?}", &bytes[..bytes.len().min(24)])?;
    }
    for c in ['a', 'Z', '5', 'ß', 'ǅ', 'İ', 'ﬁ', 'Σ', 'ς', '日', '🦀', '\u{0}', '\u{7f}', '\u{10ffff}', ' ', '\u{a0}', '٣'] {
        let c = opaque(c);
        let mut b = [0u8; 4];
        let mut u = [0u16; 2];
        writeln!(out, "{:?} up {:?} low {:?} alpha {} num {} alnum {} ws {} ctl {} upper {} lower {} digit10 {:?} utf8 {:02x?} utf16 {:04x?} esc {} uni {}",
            c, c.to_uppercase().collect::<String>(), c.to_lowercase().collect::<String>(), c.is_alphabetic(),
            c.is_numeric(), c.is_alphanumeric(), c.is_whitespace(), c.is_control(), c.is_uppercase(),
            c.is_lowercase(), c.to_digit(10), c.encode_utf8(&mut b).as_bytes(), c.encode_utf16(&mut u),
            c.escape_default(), c.escape_unicode())?;
    }
    for n in [0x41u32, 0xdf, 0xd7ff, 0xd800, 0xe000, 0x10ffff, 0x110000] {
        let n = opaque(n);
        writeln!(out, "from_u32({:#x}) = {:?}; digit {:?}", n, char::from_u32(n), char::from_digit(n % 40, 36))?;
    }
    let bad: &[&[u8]] = &[b"ok", b"\xff", b"a\xc3", b"\xe2\x82\xac", b"\xed\xa0\x80", b"\xf0\x9f\xa6\x80x", b"\xc0\x80", b"ab\xe2\x28\xa1"];
    for &b in bad {
        match core::str::from_utf8(opaque(b)) {
            Ok(s) => writeln!(out, "utf8 {:02x?} ok {:?}", b, s)?,
            Err(e) => writeln!(out, "utf8 {:02x?} err valid_up_to {} len {:?} {}", b, e.valid_up_to() as u32, e.error_len().map(|x| x as u32), e)?,
        }
        writeln!(out, "  lossy {:?}", String::from_utf8_lossy(b))?;
    }
    let s = opaque("alpha,beta,,gamma;delta, epsilon ;zeta");
    writeln!(out, "split , {:?}", s.split(',').collect::<Vec<_>>())?;
    writeln!(out, "split ,; {:?}", s.split(|c| c == ',' || c == ';').map(str::trim).collect::<Vec<_>>())?;
    writeln!(out, "splitn 3 {:?}", s.splitn(3, ',').collect::<Vec<_>>())?;
    writeln!(out, "rsplit {:?}", s.rsplit(';').collect::<Vec<_>>())?;
    writeln!(out, "split_terminator {:?}", "a.b.c.".split_terminator('.').collect::<Vec<_>>())?;
    writeln!(out, "split_once {:?} {:?}", s.split_once(";"), s.rsplit_once(','))?;
    writeln!(out, "find {:?} {:?} {:?} rfind {:?} matches {}", s.find("gamma").map(|x| x as u32), s.find('z').map(|x| x as u32),
        s.find("nope").map(|x| x as u32), s.rfind(',').map(|x| x as u32), s.matches("a").count() as u32)?;
    writeln!(out, "replace {:?} {:?}", s.replace(",,", "<>"), "ÄÖÜ äöü".replacen('ö', "oe", 1))?;
    writeln!(out, "contains {} starts {} ends {} strip {:?}", s.contains("delta"), s.starts_with("alp"), s.ends_with("zeta"), s.strip_prefix("alpha,"))?;
    writeln!(out, "lines {:?}", "one\ntwo\r\nthree\n\nfive".lines().collect::<Vec<_>>())?;
    let nums = opaque("12 -7 +3 99999999999 0x1f 3.5 -0 1e3 ß");
    for tok in nums.split(' ') {
        writeln!(out, "parse {:?}: i32 {:?} u64 {:?} f64 {:?} char {:?} bool {:?}", tok, tok.parse::<i32>().ok(),
            tok.parse::<u64>().ok(), tok.parse::<f64>().ok(), tok.parse::<char>().ok(), tok.parse::<bool>().ok())?;
    }
    let mut built = String::new();
    for i in 0..opaque(30u32) {
        built.push(char::from_u32(0x3b1 + i % 25).unwrap_or('?'));
        if i % 7 == 6 { built.push_str(" | "); }
    }
    built.insert(0, '«');
    built.push('»');
    writeln!(out, "built {} len {} cap>=len {}", built, built.len() as u32, built.capacity() >= built.len())?;
    let t = built.to_uppercase();
    writeln!(out, "upper {} is_char_boundary(3) {} {}", t, t.is_char_boundary(3), t.is_char_boundary(2))?;
    let owned: Vec<String> = TEXTS.iter().map(|s| s.to_string()).filter(|s| !s.is_empty()).collect();
    writeln!(out, "join {:?}", owned.join("/"))?;
    writeln!(out, "concat {}", ["a", "β", "ç"].concat())?;
    writeln!(out, "repeat {}", "ab€".repeat(opaque(5)))?;
    writeln!(out, "cmp {:?} {:?} {:?}", "abc".cmp("abd"), "Zürich".cmp("Zurich"), "日本".partial_cmp("日"))?;
    writeln!(out, "eq_ignore_ascii_case {} ascii_up {}", "HeLLo".eq_ignore_ascii_case("hello"), "mixed Ünïcode".to_ascii_uppercase())?;
    Ok(())
}
