#!/bin/sh
# bench/run.sh builds fib/sieve/crc32 for NeXT (next-ld) and Linux m68k, finds
# identical results under next-run and qemu-m68k, and reports a ratio per
# program, the per-syscall cost and the start-up time.
. ./lib.sh
"$ROOT/bench/run.sh" 1 >"$T/out" 2>&1 || { cat "$T/out"; exit 1; }
for p in fib sieve crc32; do
    grep -Eq "^$p +[0-9]+ +[0-9]+ +[0-9]+\.[0-9][0-9]$" "$T/out" || { echo "no $p row"; cat "$T/out"; exit 1; }
done
grep -Eq '^syscall +next-run [0-9.]+ us per NeXT syscall' "$T/out" || { echo "no syscall line"; cat "$T/out"; exit 1; }
grep -Eq '^startup +next-run [0-9]+ ms' "$T/out" || { echo "no startup line"; cat "$T/out"; exit 1; }
expect "fib result" "fib(36) = 00e3d1b0" "$(cat "$ROOT/build/bench/fib.next.out")"
