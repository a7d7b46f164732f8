#!/bin/sh
# Link benchmark: next-ld against GNU m68k-linux-gnu-ld on the same large
# input, examples/hello with core, alloc, compiler_builtins, nextstep and
# nextstep-sys (ELF objects converted from rustc's bitcode, taken from the
# next-ld cache so conversion time is excluded; both linkers read identical
# ELF .o/.a files).  GNU ld writes ELF, next-ld Mach-O: this compares the
# linking work (reading, resolving, gc, layout, relocation, writing).
# Reports per configuration the median wall time and peak RSS of RUNS runs
# (bench/timeit.c), ratios next-ld / GNU ld, and __text vs .text.
#   bench/link.sh [WORKDIR]      (default /tmp/next-bench; RUNS=5)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
W=${1:-/tmp/next-bench}
RUNS=${RUNS:-5}
LD="$ROOT/build/next-ld"
LLC=${NEXT_LLC:-$ROOT/build/next-llc}
GLD=m68k-linux-gnu-ld
CACHE=${NEXT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/next-toolchain}
mkdir -p "$W/elf"

# 1. Build hello (own target dir), keep rustc's temporaries, capture the link line
#    (hello's fingerprint is dropped so that cargo always runs the link again).
rm -rf "$W"/target/*/release/.fingerprint/hello-*
CARGO_TARGET_DIR="$W/target" "$ROOT/scripts/cargo-next" rustc --release \
    --manifest-path "$ROOT/examples/hello/Cargo.toml" -- -C save-temps --print link-args \
    >"$W/build.log" 2>&1 || { tail -20 "$W/build.log"; exit 1; }
linkline=$(grep '"next-ld"' "$W/build.log" | tail -1 | sed 's/.*"next-ld" //' | tr -d '"')
inputs=$(echo "$linkline" | tr ' ' '\n' | grep -E '\.(o|rlib)$')
# rustc's own arguments (bitcode inputs, converted objects from the cache), new output.
rustc_args=$(echo "$linkline" | sed "s| -o [^ ]*| -o $W/hello-rustc.macho|")

# 2. ELF for every bitcode object: next-ld's cache key (src/ld/bitcode.c) is
#    SHA-256(SHA-256(bitcode) || "size:sec.nsec" of next-llc); convert on a miss.
stamp=$(stat -c '%s:%Y' "$LLC").$(stat -c '%y' "$LLC" | sed 's/.*\.\([0-9]*\) .*/\1/')
to_elf() { # bitcode-or-elf-file output
    if [ "$(head -c 4 "$1" | od -An -tx1 | tr -d ' ')" = 4243c0de ]; then
        k=$( { sha256sum <"$1" | cut -c1-64 | xxd -r -p; printf '%s' "$stamp"; } |
             sha256sum | cut -c1-64)
        if [ -f "$CACHE/$k.o" ]; then cp "$CACHE/$k.o" "$2"; else "$LLC" -o "$2" "$1"; fi
    else
        cp "$1" "$2"
    fi
}
set --
n=0
for f in $inputs; do
    n=$((n + 1))
    case $f in
    *.rlib)
        d="$W/elf/x$n"; rm -rf "$d"; mkdir -p "$d"
        (cd "$d" && ar x "$f")
        for m in "$d"/*; do to_elf "$m" "$m.elf"; mv "$m.elf" "$m"; done
        rm -f "$W/elf/$n.a"
        (cd "$d" && m68k-linux-gnu-ar rcs "$W/elf/$n.a" $(ar t "$f"))
        set -- "$@" "$W/elf/$n.a" ;;
    *)  to_elf "$f" "$W/elf/$n.o"; set -- "$@" "$W/elf/$n.o" ;;
    esac
done

# 3. Time each configuration with bench/timeit.c: median wall time of RUNS
#    runs, read around fork .. wait4, and the smallest peak RSS from the
#    child's rusage; nothing but the linker is inside the measurement.
cc -O2 -o "$W/timeit" "$ROOT/bench/timeit.c"
measure() { # name command...
    name=$1; shift
    read -r t m <<EOF2
$("$W/timeit" "$RUNS" "$W/$name.err" "$@" || { cat "$W/$name.err" >&2; echo fail; })
EOF2
    [ "$t" != fail ] || exit 1
    eval "T_$name=$t M_$name=$m"
}
measure nx_gc   "$LD" -arch m68040 -o "$W/hello.macho" --gc-sections "$@"
measure nx_nogc "$LD" -arch m68040 -o "$W/hello-nogc.macho" --no-gc-sections "$@"
measure nx_rustc "$LD" $rustc_args
measure gnu_gc   $GLD -static -e start -o "$W/hello.elf" --gc-sections "$@"
measure gnu_nogc $GLD -static -e start -o "$W/hello-nogc.elf" "$@"

# The ELF copies must link to exactly what rustc's own arguments give.
cmp "$W/hello.macho" "$W/hello-rustc.macho" ||
    { echo "link.sh: ELF inputs and rustc's bitcode inputs link differently" >&2; exit 1; }

# 4. Code size: Mach-O __text (from the section header) vs ELF .text.
text_macho() { # __text size from the section header, via the tests' Mach-O dumper
    printf '%d' "$("$W/machodump" "$1" | awk '$2=="__TEXT,__text"{print $6}')"
}
cc -O -o "$W/machodump" "$ROOT/tests/ld/machodump.c"
text_elf() { m68k-linux-gnu-size -A "$1" | awk '$1==".text"{print $2}'; }
S_nx_gc=$(text_macho "$W/hello.macho"); S_nx_nogc=$(text_macho "$W/hello-nogc.macho")
S_nx_rustc=$(text_macho "$W/hello-rustc.macho")
S_gnu_gc=$(text_elf "$W/hello.elf"); S_gnu_nogc=$(text_elf "$W/hello-nogc.elf")

echo "inputs: $# files, $(cat "$@" | wc -c) bytes of ELF; median time / min RSS of $RUNS runs; $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%-30s %8s %10s %12s\n' configuration "time ms" "RSS KiB" "text bytes"
for c in nx_gc gnu_gc nx_nogc gnu_nogc nx_rustc; do
    case $c in
    nx_gc) l="next-ld --gc-sections" ;; gnu_gc) l="GNU ld -static --gc-sections" ;;
    nx_nogc) l="next-ld --no-gc-sections" ;; gnu_nogc) l="GNU ld -static" ;;
    nx_rustc) l="next-ld, rustc's bitcode args" ;;
    esac
    eval "printf '%-30s %8s %10s %12s\n' \"$l\" \$T_$c \$M_$c \$S_$c"
done
ratio() { awk "BEGIN{ if ($2 == 0) print \"n/a\"; else printf \"%.2f\", $1 / $2 }"; }
echo "next-ld output from the ELF copies = output from rustc's arguments (cmp)"
echo "ratios next-ld / GNU ld:"
echo "  --gc-sections: time $(ratio "$T_nx_gc" "$T_gnu_gc")  RSS $(ratio "$M_nx_gc" "$M_gnu_gc")  text $(ratio "$S_nx_gc" "$S_gnu_gc")"
echo "  no gc:         time $(ratio "$T_nx_nogc" "$T_gnu_nogc")  RSS $(ratio "$M_nx_nogc" "$M_gnu_nogc")  text $(ratio "$S_nx_nogc" "$S_gnu_nogc")"
