#!/bin/sh
# Defect M: stock llc-22 crashes in instruction selection when one soft-float libcall's argument
# depends on another's result through memory (f64 -> f32 twice, two f64 adds).  next-llc
# retries such a module with the float operations as explicit calls (after the opt -O1 retry,
# which does not help here), and the program calls the helpers exactly as written.
. ./lib.sh
llvm-as-22 repro/softfloat_crash_run.ll -o "$T/in.bc"
if timeout 120 next-llc --raw -o "$T/raw.o" "$T/in.bc" 2>/dev/null; then
    echo "stock llc-22 now compiles softfloat_crash_run.ll: the defect may be fixed upstream"; exit 1
fi
timeout 120 next-llc -v -o "$T/fixed.o" "$T/in.bc" 2>"$T/log" || { cat "$T/log"; exit 1; }
grep -q 'retrying with soft-float operations as calls' "$T/log" || { echo "no soft-float retry:"; cat "$T/log"; exit 1; }
# The original report: compiler_builtins' hypot at opt-level s (stock llc-22 crashes, next-llc
# compiles it; cargo-next and cargo-linux still build compiler_builtins at opt-level 2).
llvm-as-22 repro/isel_crash_fadd.ll -o "$T/h.bc"
if llc-22 -O2 -o /dev/null "$T/h.bc" 2>/dev/null; then echo "llc no longer crashes on isel_crash_fadd.ll"; exit 1; fi
next-llc -o "$T/h.o" "$T/h.bc" || exit 1
out=$(run pipeline repro/softfloat_crash_run.ll softfloat_crash_driver.c)
expected="trunc 400921fb54442d18
trunc 400921fb54442d18
q 400921fc r 400921fc
add 4000000000000001 0000000000000000
add 4000000000000001 4000000000000002
z 0 out 8000000000000004"
[ "$out" = "$expected" ] || { echo "next-llc: $out"; exit 1; }
