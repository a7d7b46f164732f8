; Defect L at scale: 8 rounds of { i64 multiply (a __muldi3 libcall chained to the
; function entry), two calls, a call with constant stack arguments }. Stock llc-22 -O2
; does not finish within 60 s (4 rounds crash it, libcall_order_crash.ll).
; The pattern of examples/atomics' ops_u64 with all operations in one function.
target datalayout = "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16"
target triple = "m68k"
declare void @show(ptr, i32, ptr, i32, i64, i64)
declare i64 @get(ptr, i64)
define void @f(ptr %a, i64 %k) {
  %s = alloca [8 x i8], align 4
  store i64 %k, ptr %s, align 4
  %v1 = load i64, ptr %s, align 4
  %m1 = mul i64 19, %v1
  %r1 = call i64 @get(ptr %a, i64 %m1)
  %q1 = call i64 @get(ptr %a, i64 0)
  call void @show(ptr @f, i32 3, ptr @get, i32 9, i64 %r1, i64 %q1)
  %v2 = load i64, ptr %s, align 4
  %m2 = mul i64 29, %v2
  %r2 = call i64 @get(ptr %a, i64 %m2)
  %q2 = call i64 @get(ptr %a, i64 0)
  call void @show(ptr @f, i32 3, ptr @get, i32 9, i64 %r2, i64 %q2)
  %v3 = load i64, ptr %s, align 4
  %m3 = mul i64 39, %v3
  %r3 = call i64 @get(ptr %a, i64 %m3)
  %q3 = call i64 @get(ptr %a, i64 0)
  call void @show(ptr @f, i32 3, ptr @get, i32 9, i64 %r3, i64 %q3)
  %v4 = load i64, ptr %s, align 4
  %m4 = mul i64 49, %v4
  %r4 = call i64 @get(ptr %a, i64 %m4)
  %q4 = call i64 @get(ptr %a, i64 0)
  call void @show(ptr @f, i32 3, ptr @get, i32 9, i64 %r4, i64 %q4)
  %v5 = load i64, ptr %s, align 4
  %m5 = mul i64 59, %v5
  %r5 = call i64 @get(ptr %a, i64 %m5)
  %q5 = call i64 @get(ptr %a, i64 0)
  call void @show(ptr @f, i32 3, ptr @get, i32 9, i64 %r5, i64 %q5)
  %v6 = load i64, ptr %s, align 4
  %m6 = mul i64 69, %v6
  %r6 = call i64 @get(ptr %a, i64 %m6)
  %q6 = call i64 @get(ptr %a, i64 0)
  call void @show(ptr @f, i32 3, ptr @get, i32 9, i64 %r6, i64 %q6)
  %v7 = load i64, ptr %s, align 4
  %m7 = mul i64 79, %v7
  %r7 = call i64 @get(ptr %a, i64 %m7)
  %q7 = call i64 @get(ptr %a, i64 0)
  call void @show(ptr @f, i32 3, ptr @get, i32 9, i64 %r7, i64 %q7)
  %v8 = load i64, ptr %s, align 4
  %m8 = mul i64 89, %v8
  %r8 = call i64 @get(ptr %a, i64 %m8)
  %q8 = call i64 @get(ptr %a, i64 0)
  call void @show(ptr @f, i32 3, ptr @get, i32 9, i64 %r8, i64 %q8)
  ret void
}
