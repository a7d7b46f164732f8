; Defect C: a store to `stack slot + variable index` loses its index.
target datalayout = "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16"
target triple = "m68k"
declare void @show(ptr)
define void @store_fi_index(i32 %i, i32 %v) #0 {
  %b = alloca [16 x i8], align 1
  call void @llvm.memset.p0.i32(ptr %b, i8 0, i32 16, i1 false)
  %p = getelementptr inbounds i8, ptr %b, i32 %i
  %t = trunc i32 %v to i8
  store i8 %t, ptr %p
  call void @show(ptr %b)
  ret void
}
declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)
attributes #0 = { "target-cpu"="M68040" }
