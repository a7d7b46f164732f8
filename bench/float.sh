#!/bin/sh
# Soft-float against FPU float routines (see README.md, section "Floating point"): builds
# examples/mandelbrot (an f64 kernel: 4 multiplies, 4 adds/subtracts and a compare per
# iteration, all float library calls) twice at opt-level 2 -- default (compiler_builtins'
# soft-float) and with `--features fpu` (crates/nextstep/src/float.rs) -- checks that both print
# the same picture, and reports the best-of-N next-run wall times and their ratio, then the
# instructions each build executes per iteration and what they would cost on a 68040 under the
# cycle model of bench/m68040-cycles.tsv (qemu's time is no guide for FPU code; see below).
# Usage: bench/float.sh [RUNS [WIDTH HEIGHT MAX_ITERATIONS]]   (default 3, 80 40 2000)
# Builds in build/rust-tests/O2 (shared with tests/rust, so core/alloc are compiled once);
# executables and outputs go to build/bench/float/.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=$ROOT/build/bench/float
RUNS=${1:-3}
W=${2:-80} H=${3:-40} MAX=${4:-2000}
T=$ROOT/build/rust-tests/O2
mkdir -p "$B" "$T"
for v in soft fpu; do
    f=; [ $v = fpu ] && f="--features fpu"
    CARGO_TARGET_DIR=$T CARGO_PROFILE_RELEASE_OPT_LEVEL=2 "$ROOT/scripts/cargo-next" build --release \
        --manifest-path "$ROOT/examples/mandelbrot/Cargo.toml" $f >"$B/build-$v.log" 2>&1 ||
        { tail -n 30 "$B/build-$v.log"; exit 1; }
    cp "$T/m68k-next-nextstep/release/mandelbrot" "$B/mandelbrot-$v"
done
NR="$ROOT/build/next-run"

# best_ms N CMD...: the smallest wall time of N runs, in milliseconds (stdout to $B/out).
best_ms() {
    n=$1; shift; best=
    for i in $(seq "$n"); do
        t0=$(date +%s%N)
        "$@" >"$B/out"
        t1=$(date +%s%N)
        ms=$(( (t1 - t0) / 1000000 ))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    echo "$best"
}

$NR "$B/mandelbrot-soft" $W $H $MAX >"$B/soft.out"
$NR "$B/mandelbrot-fpu" $W $H $MAX >"$B/fpu.out"
cmp -s "$B/soft.out" "$B/fpu.out" || { echo "soft-float and FPU outputs differ" >&2; exit 1; }
iters=$(sed -n 's/^iterations: //p' "$B/soft.out")
calls=$((iters * 9))
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(qemu-m68k --version | head -n 1)"
echo "kernel: mandelbrot $W x $H, max $MAX iterations: $iters iterations, ~$calls float calls"
s=$(best_ms "$RUNS" $NR "$B/mandelbrot-soft" $W $H $MAX)
f=$(best_ms "$RUNS" $NR "$B/mandelbrot-fpu" $W $H $MAX)
printf '%-12s %10s %14s\n' build time_ms ns_per_call
printf '%-12s %10s %14s\n' soft-float "$s" "$(awk "BEGIN{printf \"%.0f\", $s*1e6/$calls}")"
printf '%-12s %10s %14s\n' fpu "$f" "$(awk "BEGIN{printf \"%.0f\", $f*1e6/$calls}")"
echo "speed-up (soft / fpu): $(awk "BEGIN{printf \"%.2f\", $s/$f}")"

# Executed instructions per iteration, and what they would cost on a real 68040. qemu's time is
# no guide for that: it emulates each FPU instruction in C, so an FPU instruction costs it far more
# than an integer one, while the 68040 does them in silicon. qemu logs each translated block's
# instructions (-d in_asm) and each block execution (-d exec, nochain so no block is skipped);
# bench/m68040-model.awk bills each executed instruction under the cycle model of
# bench/m68040-cycles.tsv (integer instructions at their lower bound, FPU instructions at an
# emulator core's larger figures, so the modelled speed-up errs low). Two runs that differ only
# in the number of iterations give the per-iteration figures, start-up and printing cancelled out.
cat >"$B/qemu-log" <<EOS
#!/bin/sh
exec qemu-m68k -d in_asm,exec,nochain -D "$B/qemu.log" "\$@"
EOS
chmod +x "$B/qemu-log"
# count BIN MAX: "instructions fpu-instructions 68040-clocks iterations" of one 8 x 4 run with
# MAX iterations.
count() {
    NEXT_QEMU=$B/qemu-log $NR --no-sandbox "$1" 8 4 "$2" >"$B/count.out"
    it=$(sed -n 's/^iterations: //p' "$B/count.out")
    echo "$(awk -f "$ROOT/bench/m68040-model.awk" "$ROOT/bench/m68040-cycles.tsv" "$B/qemu.log") $it"
}
echo "per iteration (runs of 8 x 4 with max 50 and 100 iterations), executed m68k instructions and"
echo "modelled 68040 clocks (bench/m68040-cycles.tsv):"
printf '%-12s %12s %8s %14s\n' build instructions fpu 68040_clocks
for v in soft fpu; do
    set -- $(count "$B/mandelbrot-$v" 50) $(count "$B/mandelbrot-$v" 100)
    awk -v v=$v -v t1=$1 -v f1=$2 -v c1=$3 -v i1=$4 -v t2=$5 -v f2=$6 -v c2=$7 -v i2=$8 'BEGIN {
        printf "%-12s %12.1f %8.1f %14.1f\n", v, (t2-t1)/(i2-i1), (f2-f1)/(i2-i1), (c2-c1)/(i2-i1) }' |
        tee "$B/model-$v"
done
awk '{ c[NR] = $4 } END { printf "modelled 68040 speed-up (soft / fpu clocks): %.2f\n", c[1] / c[2] }' \
    "$B/model-soft" "$B/model-fpu"
rm -f "$B/qemu.log"
