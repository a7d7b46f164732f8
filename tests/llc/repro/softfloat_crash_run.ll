; Defect M: soft-float libcalls made during instruction selection are chained to the function
; entry (as in L); when one's argument depends on another's result through memory, stock llc-22
; crashes (SIGSEGV in the DAG scheduler).  @trunc2 is reduced with llvm-reduce from the
; conformance corpus' float_ops at opt-level 0 (two f64 -> f32 for one format call), @hypot_like
; from compiler_builtins' hypot at opt-level s (repro/isel_crash_fadd.ll).  Driver:
; softfloat_crash_driver.c.
target datalayout = "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16"
target triple = "m68k"

define void @trunc2(ptr %p, ptr %q, ptr %r) {
  %a = load double, ptr %p, align 8
  %x = fptrunc double %a to float
  store float %x, ptr %q, align 4
  %b = load double, ptr %p, align 8
  %y = fptrunc double %b to float
  store float %y, ptr %r, align 4
  ret void
}

define void @hypot_like(ptr %p, ptr %q, ptr %r) {
  %a = load double, ptr %p, align 8
  store i32 0, ptr %q, align 2
  %b = load double, ptr %p, align 8
  %c = fadd double %b, 0.000000e+00
  %d = fadd double %a, %c
  store double %d, ptr %r, align 8
  ret void
}
