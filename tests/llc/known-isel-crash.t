#!/bin/sh
# A known LLVM instruction-selection crash that next-llc cannot work around
# (repro/isel_crash_fadd.ll, from compiler_builtins' hypot at opt-level s):
# next-llc must report it in one line naming the function, exit 1, and leave
# no object.  If stock llc stops crashing, this test fails so we notice.
. ./lib.sh
llvm-as-22 repro/isel_crash_fadd.ll -o "$T/c.bc"
if llc-22 -O2 -o /dev/null "$T/c.bc" 2>/dev/null; then echo "llc no longer crashes"; exit 1; fi
if next-llc -o "$T/c.o" "$T/c.bc" 2>"$T/err"; then echo "next-llc succeeded?"; exit 1; fi
cat "$T/err"
[ "$(wc -l < "$T/err")" = 1 ] &&
grep -q "^next-llc: error: $T/c.bc: LLVM (llc stage 1) crashed in M68k DAG->DAG Pattern Instruction Selection on function _RNvNtNtNtCsjxaaXOjCtiz_17compiler_builtins4math9libm_math5hypot5hypot$" "$T/err" &&
[ ! -e "$T/c.o" ]
