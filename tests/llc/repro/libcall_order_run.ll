; Defect L: a libcall made during instruction selection (here __muldi3 for an
; i64 multiply) is chained to the function entry, so the scheduler can put
; its argument stores inside the call sequence of @show: `move.l #99,(12,%a2);
; move.l #0,(8,%a2); jsr show` overwrites show's 3rd and 4th arguments.
; Found in examples/atomics at opt-level 0 (a null source pointer in memcpy).
; Run with ../libcall_order_driver.c: show must get (f, 3, use, 9, 1, 2).
target datalayout = "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16"
target triple = "m68k"

declare void @show(ptr, i32, ptr, i32, i64, i64)
declare void @use(i64)

define void @f(i64 %k) {
  %s = alloca [8 x i8], align 4
  store i64 %k, ptr %s, align 4
  call void @show(ptr @f, i32 3, ptr @use, i32 9, i64 1, i64 2)
  %v = load i64, ptr %s, align 4
  %m = mul i64 99, %v
  call void @use(i64 %m)
  ret void
}
