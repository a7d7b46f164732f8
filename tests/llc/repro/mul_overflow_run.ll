; Defect G: 8/16-bit multiply-with-overflow at opt-level 0 loses the overflow flag.
target datalayout = "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16"
target triple = "m68k"
declare {i16, i1} @llvm.smul.with.overflow.i16(i16, i16)
declare {i8, i1} @llvm.umul.with.overflow.i8(i8, i8)
define i32 @checked_mul_i16(i32 %a, i32 %b) #0 {
  %x = trunc i32 %a to i16
  %y = trunc i32 %b to i16
  %r = call {i16, i1} @llvm.smul.with.overflow.i16(i16 %x, i16 %y)
  %o = extractvalue {i16, i1} %r, 1
  br i1 %o, label %ovf, label %ok
ovf:
  ret i32 -1
ok:
  %v = extractvalue {i16, i1} %r, 0
  %w = sext i16 %v to i32
  ret i32 %w
}
define i32 @checked_mul_u8(i32 %a, i32 %b) #0 {
  %x = trunc i32 %a to i8
  %y = trunc i32 %b to i8
  %r = call {i8, i1} @llvm.umul.with.overflow.i8(i8 %x, i8 %y)
  %o = extractvalue {i8, i1} %r, 1
  br i1 %o, label %ovf, label %ok
ovf:
  ret i32 -1
ok:
  %v = extractvalue {i8, i1} %r, 0
  %w = zext i8 %v to i32
  ret i32 %w
}
attributes #0 = { "target-cpu"="M68040" noinline }
