#!/bin/sh
# next-run benchmarks (see README.md, section "next-run"): builds each C
# program twice -- for NeXTSTEP (freestanding objects + src/ld/crt start
# file and syscall stubs, linked by build/next-ld) and for Linux m68k
# (m68k-linux-gnu-gcc -static) -- runs both (next-run vs plain qemu-m68k),
# checks they print the same, and reports the best-of-N wall times and the
# ratio; then the cost of one NeXT system call and next-run's start-up time.
# Usage: bench/run.sh [RUNS]   (default 3; output files under build/bench)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=$ROOT/build/bench
RUNS=${1:-3}
CFLAGS="-m68040 -O2"
mkdir -p "$B"
m68k-linux-gnu-as -m68040 -o "$B/crt0.o" "$ROOT/src/ld/crt/crt0.s"
m68k-linux-gnu-as -m68040 -o "$B/sys.o" "$ROOT/src/ld/crt/sys.s"
for p in fib sieve crc32 syscalls trivial; do
    m68k-linux-gnu-gcc $CFLAGS -ffreestanding -fno-builtin -fno-pic -fno-pie -DBENCH_NEXT \
        -c -o "$B/$p.o" "$ROOT/bench/$p.c"
    "$ROOT/build/next-ld" -o "$B/$p.next" "$B/crt0.o" "$B/sys.o" "$B/$p.o"
    m68k-linux-gnu-gcc $CFLAGS -static -o "$B/$p.linux" "$ROOT/bench/$p.c"
done
NR="$ROOT/build/next-run"
QEMU="qemu-m68k -cpu m68040"

# best_ms N CMD...: the smallest wall time of N runs, in milliseconds
# (stdout of CMD to $B/out, stdin /dev/zero).
best_ms() {
    n=$1; shift; best=
    for i in $(seq "$n"); do
        t0=$(date +%s%N)
        "$@" >"$B/out" </dev/zero
        t1=$(date +%s%N)
        ms=$(( (t1 - t0) / 1000000 ))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    echo "$best"
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(qemu-m68k --version | head -n 1)"
printf '%-10s %12s %12s %8s\n' program next-run_ms qemu-m68k_ms ratio
for p in fib sieve crc32; do
    $NR "$B/$p.next" >"$B/$p.next.out"
    $QEMU "$B/$p.linux" >"$B/$p.linux.out"
    cmp -s "$B/$p.next.out" "$B/$p.linux.out" || { echo "$p: outputs differ" >&2; exit 1; }
    a=$(best_ms "$RUNS" $NR "$B/$p.next")
    b=$(best_ms "$RUNS" $QEMU "$B/$p.linux")
    printf '%-10s %12s %12s %8s\n' "$p" "$a" "$b" "$(awk "BEGIN{printf \"%.2f\", $a/$b}")"
done
# System calls: (time of 200000 calls - time of the trivial program) / 200000.
sa=$(best_ms "$RUNS" $NR "$B/syscalls.next")
sb=$(best_ms "$RUNS" $QEMU "$B/syscalls.linux")
ta=$(best_ms 10 $NR "$B/trivial.next")
tb=$(best_ms 10 $QEMU "$B/trivial.linux")
awk "BEGIN{printf \"syscall    next-run %.2f us per NeXT syscall, qemu-m68k %.2f us per Linux syscall (200000 calls: %d ms, %d ms)\n\", ($sa-$ta)*1000/200000, ($sb-$tb)*1000/200000, $sa, $sb}"
echo "startup    next-run $ta ms, qemu-m68k $tb ms (trivial program, best of 10)"
