#!/bin/sh
# Defect M: stock llc-22 crashes in instruction selection when one soft-float libcall's argument
# depends on another's result through memory (f64 -> f32 twice, two f64 adds).  next-llc writes
# the float operations of every module but compiler_builtins' as explicit calls before llc runs
# (the same mechanism also gives wrong code without a crash), and the program calls the helpers
# exactly as written.  compiler_builtins' modules (which define the helpers) are rewritten only
# when llc crashes on them: its hypot at opt-level s, under a compiler_builtins module name.
. ./lib.sh
llvm-as-22 repro/softfloat_crash_run.ll -o "$T/in.bc"
if timeout 120 next-llc --raw -o "$T/raw.o" "$T/in.bc" 2>/dev/null; then
    echo "stock llc-22 now compiles softfloat_crash_run.ll: the defect may be fixed upstream"; exit 1
fi
timeout 120 next-llc -v -o "$T/fixed.o" "$T/in.bc" 2>"$T/log" || { cat "$T/log"; exit 1; }
grep -Eq ' [1-9][0-9]* soft-float operations to calls' "$T/log" && ! grep -q 'llc crashed' "$T/log" ||
    { echo "soft-float operations not rewritten before llc:"; cat "$T/log"; exit 1; }
# The original report: compiler_builtins' hypot at opt-level s (stock llc-22 crashes; next-llc
# retries with the soft-float operations as calls; cargo-next and cargo-linux still build
# compiler_builtins at opt-level 2).
llvm-as-22 repro/isel_crash_fadd.ll -o "$T/compiler_builtins.hypot.bc"   # the name marks the module
cp "$T/compiler_builtins.hypot.bc" "$T/h.bc"
if llc-22 -O2 -o /dev/null "$T/h.bc" 2>/dev/null; then echo "llc no longer crashes on isel_crash_fadd.ll"; exit 1; fi
timeout 120 next-llc -v -o "$T/h.o" "$T/compiler_builtins.hypot.bc" 2>"$T/hlog" || { cat "$T/hlog"; exit 1; }
grep -q 'retrying with soft-float operations as calls' "$T/hlog" || { echo "no soft-float retry:"; cat "$T/hlog"; exit 1; }
out=$(run pipeline repro/softfloat_crash_run.ll softfloat_crash_driver.c)
expected="trunc 400921fb54442d18
trunc 400921fb54442d18
q 400921fc r 400921fc
add 4000000000000001 0000000000000000
add 4000000000000001 4000000000000002
z 0 out 8000000000000004"
[ "$out" = "$expected" ] || { echo "next-llc: $out"; exit 1; }
