; Defect B: zext i16 into an address register gives `and.l #65535,%aN`.
target datalayout = "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16"
target triple = "m68k"
define ptr @zext16_to_ptr(i16 %0) #0 {
  %2 = mul i16 %0, 100
  %3 = zext i16 %2 to i32
  %4 = getelementptr i8, ptr null, i32 %3
  ret ptr %4
}
define i32 @zext16_to_int(i32 %x) #0 {
  %t = trunc i32 %x to i16
  %p = call ptr @zext16_to_ptr(i16 %t)
  %i = ptrtoint ptr %p to i32
  ret i32 %i
}
attributes #0 = { "target-cpu"="M68040" noinline }
