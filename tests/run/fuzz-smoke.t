#!/bin/sh
# The libFuzzer harness for next-run's Mach-O validation (fuzz/run_macho.c)
# builds with clang and runs 15 seconds from the seed corpus without any
# crash, sanitizer report or leak (libFuzzer exits non-zero on a finding).
. ./lib.sh
command -v clang >/dev/null || { echo "clang missing (scripts/install-deps)"; exit 1; }
clang -std=c17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$ROOT/src/common" -I"$ROOT/src/run" -D_GNU_SOURCE -o "$T/run_macho" \
    "$ROOT/fuzz/run_macho.c" "$ROOT/src/run/macho_parse.c"
mkdir "$T/corpus"
"$T/run_macho" -max_total_time=15 -rss_limit_mb=1024 -artifact_prefix="$T/" \
    "$T/corpus" "$ROOT/fuzz/corpus/run_macho" >"$T/log" 2>&1 && st=0 || st=$?
if [ "$st" != 0 ]; then tail -n 30 "$T/log"; exit 1; fi
# It really ran: every seed was executed and new inputs were found.
grep -q '^#[0-9]*.*INITED' "$T/log" || { echo "fuzzer did not start"; tail -n 5 "$T/log"; exit 1; }
[ -n "$(ls "$T/corpus")" ] || { echo "no new coverage at all"; exit 1; }
