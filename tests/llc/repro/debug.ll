; A function with debug info as rustc writes it at opt-level 0 (DWARF 4, a
; file entry with a directory, locals in stack slots described by
; #dbg_declare), plus one slot holding two variables (a pair and its second
; half: the MIR printer runs their nodes together, mirfix.c) and a value
; record (#dbg_value, dropped by irfix.c); and a function with nothing but
; a zero-sized variable, which llc gives a stack frame only when the module
; has debug info (asmfix.c removes it).  Used by tests/llc/debug-info.t.
target datalayout = "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16"
target triple = "m68k"

define i32 @scale(i32 %value, i32 %factor) #0 !dbg !10 {
  %v = alloca i32, align 2
  %f = alloca i32, align 2
  %product = alloca i32, align 2
  %pair = alloca [8 x i8], align 2
  store i32 %value, ptr %v, align 2
    #dbg_declare(ptr %v, !16, !DIExpression(), !20)
  store i32 %factor, ptr %f, align 2
    #dbg_declare(ptr %f, !17, !DIExpression(), !20)
  %m = mul i32 %value, %factor, !dbg !21
  store i32 %m, ptr %product, align 2, !dbg !21
    #dbg_declare(ptr %product, !18, !DIExpression(), !21)
  store i32 %m, ptr %pair, align 2, !dbg !22
  %hi = getelementptr inbounds i8, ptr %pair, i32 4, !dbg !22
  store i32 %value, ptr %hi, align 2, !dbg !22
    #dbg_declare(ptr %pair, !19, !DIExpression(), !22)
    #dbg_declare(ptr %pair, !24, !DIExpression(DW_OP_plus_uconst, 4), !22)
  %t = add i32 %m, 2, !dbg !23
    #dbg_value(i32 %t, !25, !DIExpression(), !23)
  ret i32 %t, !dbg !23
}

define void @empty() #0 !dbg !30 {
  %z = alloca [0 x i8], align 1
    #dbg_declare(ptr %z, !31, !DIExpression(), !33)
  ret void, !dbg !33
}

attributes #0 = { noinline nounwind optnone "target-cpu"="M68040" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}

!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !1, producer: "debug-info test", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "src/scale.rs", directory: "/work/example")
!3 = !{i32 7, !"Dwarf Version", i32 4}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!10 = distinct !DISubprogram(name: "scale", linkageName: "scale", scope: !1, file: !1, line: 2, type: !11, scopeLine: 2, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !14)
!11 = !DISubroutineType(types: !12)
!12 = !{!13, !13, !13}
!13 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!14 = !{}
!16 = !DILocalVariable(name: "value", arg: 1, scope: !10, file: !1, line: 2, type: !13)
!17 = !DILocalVariable(name: "factor", arg: 2, scope: !10, file: !1, line: 2, type: !13)
!18 = !DILocalVariable(name: "product", scope: !10, file: !1, line: 3, type: !13)
!19 = !DILocalVariable(name: "pair_lo", scope: !10, file: !1, line: 4, type: !13)
!24 = !DILocalVariable(name: "pair_hi", scope: !10, file: !1, line: 4, type: !13)
!25 = !DILocalVariable(name: "total", scope: !10, file: !1, line: 5, type: !13)
!20 = !DILocation(line: 2, column: 1, scope: !10)
!21 = !DILocation(line: 3, column: 5, scope: !10)
!22 = !DILocation(line: 4, column: 5, scope: !10)
!23 = !DILocation(line: 5, column: 5, scope: !10)
!30 = distinct !DISubprogram(name: "empty", linkageName: "empty", scope: !1, file: !1, line: 8, type: !34, scopeLine: 8, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !14)
!31 = !DILocalVariable(name: "unit", scope: !30, file: !1, line: 9, type: !32)
!32 = !DICompositeType(tag: DW_TAG_structure_type, name: "()", file: !1, size: 0, align: 8, elements: !14, identifier: "unit")
!33 = !DILocation(line: 9, column: 5, scope: !30)
!34 = !DISubroutineType(types: !35)
!35 = !{null}
