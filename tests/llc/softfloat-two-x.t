#!/bin/sh
# The soft-float rewrite (defect M: float operations become explicit helper calls) keeps the one
# DAG-combiner rule that mattered for speed: x * 2.0 (either operand order, f32 and f64) is
# computed as x + x, one __adddf3/__addsf3 call instead of a multiply; x * 3.0 stays a multiply.
. ./lib.sh
cat >"$T/two.ll" <<'L'
target datalayout = "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16"
target triple = "m68k-unknown-linux-gnu"
define double @d(double %x, double %y) {
  %a = fmul double %x, 2.000000e+00
  %b = fmul double 2.000000e+00, %y
  %c = fmul double %a, 3.000000e+00
  %r = fadd double %b, %c
  ret double %r
}
define float @s(float %x) {
  %a = fmul float 2.000000e+00, %x
  ret float %a
}
L
llvm-as-22 "$T/two.ll" -o "$T/two.bc"
next-llc -S -o "$T/two.s" "$T/two.bc" || exit 1
calls=$(grep -o 'jsr[[:space:]]*__[a-z0-9]*' "$T/two.s" | awk '{print $2}' | tr '\n' ' ')
[ "$calls" = "__adddf3 __adddf3 __muldf3 __adddf3 __addsf3 " ] || { echo "calls: $calls"; exit 1; }
