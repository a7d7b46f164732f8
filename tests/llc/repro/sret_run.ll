; Defect F: fastcc callee with sret passed in %a0 still returns with the stack-sret
; "callee pops 4 bytes" sequence (move.l (%sp),%a1; adda.l #4,%sp; move.l %a1,(%sp); rts),
; and the caller re-adjusts with suba.l #4,%sp. The callee's sequence stores its return
; address into the caller's (0,%sp), which is not an argument slot here: it is the
; caller's callee-saved-register save slot, so %d2 comes back as a code address.
target triple = "m68k"
define internal fastcc void @mk(ptr sret([8 x i8]) %r, i32 %a) #0 {
  store i32 %a, ptr %r
  ret void
}
define i32 @caller(ptr %out, i32 %x) #0 {
  call fastcc void @mk(ptr sret([8 x i8]) %out, i32 %x)
  ret i32 %x                   ; %x lives in callee-saved %d2, which is saved at (0,%sp)
}
attributes #0 = { "target-cpu"="M68040" noinline }
