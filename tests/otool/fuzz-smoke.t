#!/bin/sh
# The libFuzzer harness fuzz/otool_macho.c (next-otool's validation and
# every listing, ASan+UBSan) builds with clang through fuzz/fuzz.mk and runs
# 15 seconds from the seed corpus fuzz/corpus/otool_macho without a crash,
# sanitizer report or leak (libFuzzer exits non-zero on a finding).  A
# missing clang is a failure, not a skip (scripts/install-deps).
. ./lib.sh
command -v clang >/dev/null || { echo "fuzz-smoke: clang not installed" >&2; exit 1; }
make -s -f "$ROOT/fuzz/fuzz.mk" ROOT="$ROOT" BUILD="$BUILD" "$BUILD/fuzz/otool_macho" >"$T/build.log" 2>&1 || {
    cat "$T/build.log" >&2
    echo "fuzz-smoke: cannot build the harness" >&2
    exit 1
}
mkdir "$T/corpus"
"$BUILD/fuzz/otool_macho" -max_total_time=15 -rss_limit_mb=1024 -artifact_prefix="$T/" \
    "$T/corpus" "$ROOT/fuzz/corpus/otool_macho" >"$T/log" 2>&1 && st=0 || st=$?
if [ "$st" != 0 ]; then tail -n 30 "$T/log"; ls "$T"/crash-* "$T"/leak-* 2>/dev/null; exit 1; fi
# It really ran: every seed was executed and new inputs were found.
grep -q '^#[0-9]*.*INITED' "$T/log" || { echo "fuzzer did not start"; tail -n 5 "$T/log"; exit 1; }
[ -n "$(ls "$T/corpus")" ] || { echo "no new coverage at all"; exit 1; }
