target datalayout = "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16"
target triple = "m68k"
define i32 @digits(i32 %n) #0 {
entry:
  br label %loop
loop:
  %x = phi i32 [%n, %entry], [%q, %loop]
  %cnt = phi i32 [0, %entry], [%cnt2, %loop]
  %q = udiv i32 %x, 10
  %cnt2 = add i32 %cnt, 1
  %c = icmp ugt i32 %x, 9
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %cnt2
}
define i32 @umax_sel(i32 %a, i32 %b) #0 {
  %c = icmp ugt i32 %a, %b
  %r = select i1 %c, i32 %a, i32 %b
  ret i32 %r
}
attributes #0 = { "target-cpu"="M68040" }
