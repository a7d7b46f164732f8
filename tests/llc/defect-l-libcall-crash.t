#!/bin/sh
# Defect L at scale: four i64 multiplies between calls crash stock llc-22 -O2 in instruction
# selection (eight make it run for minutes, repro/libcall_order_hang.ll).  next-llc compiles the
# module as it is, without falling back to `opt -O1` first, and the program calls exactly as
# written.
. ./lib.sh
llvm-as-22 repro/libcall_order_crash.ll -o "$T/in.bc"
if timeout 120 next-llc --raw -o "$T/raw.o" "$T/in.bc" 2>/dev/null; then
    echo "stock llc-22 now compiles libcall_order_crash.ll: the defect may be fixed upstream"; exit 1
fi
timeout 120 next-llc -v -o "$T/fixed.o" "$T/in.bc" 2>"$T/log" || { cat "$T/log"; exit 1; }
if grep -q 'retrying' "$T/log"; then echo "next-llc needed the opt -O1 fallback:"; cat "$T/log"; exit 1; fi
out=$(run pipeline repro/libcall_order_crash.ll libcall_crash_driver.c)
expected="get a 19
get a 0
show f 3 get 9 20 1
get a 29
get a 0
show f 3 get 9 30 1
get a 39
get a 0
show f 3 get 9 40 1
get a 49
get a 0
show f 3 get 9 50 1"
[ "$out" = "$expected" ] || { echo "next-llc: $out"; exit 1; }
