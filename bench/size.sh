#!/bin/sh
# Binary size of every example executable, and what its code is made of.
#   bench/size.sh [WORKDIR]        (default /tmp/next-size; needs make tools)
# 1. Each example (hello cat wc wordfreq mandelbrot copy argsenv) is built for the 68040 at
#    opt-levels 2, s and z (release profile, panic=abort, next-ld's default --gc-sections).
#    For each build: file size and the __TEXT,__text / __TEXT,__const+__cstring /
#    __DATA sizes from the Mach-O load commands (next-otool -l).
# 2. What dominates: the __text of each opt-level-z build split by crate. A function's size is
#    the distance to the next symbol in __text (next-otool -S); its crate comes from its
#    mangled name (v0 mangling: the crate name follows its hash, e.g. ...Cs<hash>_4core...),
#    C-named compiler builtins (__adddf3, __udivdi3 ...) count as compiler_builtins and
#    memcpy/memset/memmove/memcmp/bcmp/strlen and __atomic_*_8 as nextstep-sys, which defines them.
# 3. hello with the size tricks applied one after the other: opt-level z, codegen-units=1,
#    fat LTO, and stripping the symbol table (-C strip=symbols -> next-ld -s).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
W=${1:-/tmp/next-size}
OTOOL=$ROOT/build/next-otool
mkdir -p "$W"
# Hexadecimal to number for mawk (Debian's default awk has no strtonum).
HEXFN='function hex(s,   i, v) { sub(/^0x/, "", s); v = 0; for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", tolower(substr(s, i, 1))) - 1; return v }'
EXAMPLES="hello cat wc wordfreq mandelbrot copy argsenv"

build() { # NAME OPT TDIR [extra env assignments via the caller's environment]
    CARGO_TARGET_DIR=$3 CARGO_PROFILE_RELEASE_OPT_LEVEL=$2 "$ROOT/scripts/cargo-next" build \
        --release --manifest-path "$ROOT/examples/$1/Cargo.toml" >"$W/build.log" 2>&1 ||
        { tail -20 "$W/build.log"; exit 1; }
    echo "$3/m68k-next-nextstep/release/$1"
}

# Section sizes from next-otool -l: prints "text const data" (const = __const + __cstring,
# data = every section of __DATA, zero-fill included).
sections() {
    "$OTOOL" -l "$1" | awk '
        '"$HEXFN"'
        $1 == "sectname" { s = $2 }
        $1 == "segname" && s != "" { g = $2 }
        $1 == "size" && s != "" { v = hex($2)
            if (g == "__TEXT" && s == "__text") t += v
            else if (g == "__TEXT") c += v
            else if (g == "__DATA") d += v
            s = "" }
        END { printf "%d %d %d\n", t, c, d }'
}

# Per-crate split of __text: "crate bytes" lines, largest first.
by_crate() {
    "$OTOOL" -S "$1" | awk 'NR > 1 && ($2 == "T" || $2 == "t") { print $1, $3 }' | sort |
    awk -v end="$2" '
        '"$HEXFN"'
        function crate(n,   m) {
            if (n ~ /^_?__(add|sub|mul|div|neg|cmp|eq|ne|lt|le|gt|ge|unord|extend|trunc|fix|float|pow|ashl|ashr|lshr|udiv|umod|mod|clz|ctz|popcount|bswap)/) return "compiler_builtins"
            if (n ~ /^_?__atomic_/) return "nextstep-sys"
            if (n ~ /^_?_(memcpy|memmove|memset|memcmp|bcmp|strlen)$/) return "nextstep-sys"
            if (match(n, /Cs[0-9A-Za-z]*_[0-9]+[a-z_]+/)) {
                m = substr(n, RSTART, RLENGTH); sub(/^Cs[0-9A-Za-z]*_[0-9]+/, "", m)
                if (m ~ /^compiler_builtins/) return "compiler_builtins"
                if (m ~ /^nextstep_sys/) return "nextstep-sys"
                if (m ~ /^nextstep/) return "nextstep"
                if (m ~ /^alloc/) return "alloc"
                if (m ~ /^core/) return "core"
                if (m ~ /^__rustc/) return "rustc-shims"
                return "program"
            }
            if (n ~ /start$/) return "program"
            return "other"
        }
        { a[NR] = hex($1); nm[NR] = $2 }
        END { for (i = 1; i <= NR; i++) { sz = (i < NR ? a[i+1] : end) - a[i]; tot[crate(nm[i])] += sz }
              for (c in tot) printf "%s %d\n", c, tot[c] }' | sort -k2,2nr
}

text_end() { # address just past __text
    "$OTOOL" -l "$1" | awk "$HEXFN"'
        $1 == "sectname" { s = $2 } s == "__text" && $1 == "addr" { a = hex($2) }
        s == "__text" && $1 == "size" { printf "%d\n", a + hex($2); exit }'
}

echo "## Executable sizes (68040, bytes; const = __const + __cstring, data = all of __DATA)"
echo
echo "| example | opt | file | __text | const | data |"
echo "|---------|-----|-----:|-------:|------:|-----:|"
for opt in 2 s z; do
    for ex in $EXAMPLES; do
        bin=$(build "$ex" "$opt" "$W/O$opt")
        set -- $(sections "$bin")
        printf '| %s | %s | %d | %d | %d | %d |\n' "$ex" "$opt" "$(stat -c %s "$bin")" "$1" "$2" "$3"
    done
done

echo
echo "## What __text is made of at opt-level z (bytes per crate)"
for ex in $EXAMPLES; do
    bin=$W/Oz/m68k-next-nextstep/release/$ex
    printf '\n%s: ' "$ex"
    by_crate "$bin" "$(text_end "$bin")" | awk '{ printf "%s%s %d", (NR > 1 ? ", " : ""), $1, $2 }'
    echo
done

echo
echo "## hello with the size tricks, one after the other"
echo
echo "| build | file | __text |"
echo "|-------|-----:|-------:|"
row() { set -- "$1" "$2" $(sections "$2"); printf '| %s | %d | %d |\n' "$1" "$(stat -c %s "$2")" "$3"; }
row "release, opt-level 2" "$(build hello 2 "$W/t1")"
row "opt-level z" "$(build hello z "$W/t2")"
row "+ codegen-units=1" "$(CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 build hello z "$W/t3")"
row "+ lto=fat" "$(CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 CARGO_PROFILE_RELEASE_LTO=fat build hello z "$W/t4")"
row "+ strip=symbols" "$(CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 CARGO_PROFILE_RELEASE_LTO=fat CARGO_PROFILE_RELEASE_STRIP=symbols build hello z "$W/t5")"
