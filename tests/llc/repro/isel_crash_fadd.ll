; ISel crash (SIGSEGV in M68k DAG->DAG Pattern Instruction Selection), reduced with llvm-reduce
; from compiler_builtins' hypot at opt-level s: two loads of one double around a store, then
; soft-float fadd libcalls (defect M). next-llc retries with the fadds as explicit __adddf3
; calls (defect-m-softfloat-crash.t).
target datalayout = "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16"
target triple = "m68k"
define double @_RNvNtNtNtCsjxaaXOjCtiz_17compiler_builtins4math9libm_math5hypot5hypot(ptr %0, ptr %1) {
  %3 = load double, ptr %0, align 8
  store i32 0, ptr %1, align 2
  %4 = load double, ptr %0, align 8
  %5 = fadd double %4, 0.000000e+00
  %6 = fadd double %3, %5
  ret double %6
}
