/*
 * IR-level workarounds for LLVM M68k defects that no later stage can repair
 * (shared/reference/llvm-m68k-defects.md).  Works on one bitcode module with
 * LLVM's C API and writes the rewritten module back as bitcode for llc-22.
 *
 *  C. Instruction selection drops the index register of a load or store whose
 *     base is a stack slot (`alloca + variable index` becomes a fixed
 *     `(disp,%sp)`).  The index never reaches the assembly, so the only fix
 *     before the compiler is patched is to stop instruction selection from
 *     seeing a frame index under an indexed address: every use of an alloca,
 *     except plain loads/stores through the alloca itself (which cannot carry
 *     an index), is routed through an opaque copy
 *     `call ptr asm "", "=a,0"(ptr %slot)`.  Selection then sees an address
 *     register base and emits `(d8,%aN,%dM)`.
 *  F. A fastcc function that returns through a hidden struct pointer pops a
 *     stack word it never received.  Every fastcc definition, declaration and
 *     call is turned into the C convention.  `tail`/`musttail` markers are
 *     dropped too: a tail call becomes a plain `bra` to a possibly far symbol,
 *     which GNU as encodes with a 16-bit displacement.
 *  G. At opt-level 0 an 8- or 16-bit `llvm.[su]mul.with.overflow` sets the
 *     overflow flag from an unrelated register (`muls %d2,%d1; move.w %d3,%ccr;
 *     bvs`), so checked and debug-mode multiplications never report overflow
 *     (llvm-m68k-defects.md "Also").  Those intrinsics are expanded here into a
 *     32-bit multiply and a range compare, which LLVM selects correctly.
 *  H. An i128 shift by a run-time amount is legalized through a stack
 *     temporary indexed by the amount, and that index is dropped exactly as in
 *     C, but too late for the alloca rewrite to see.  Such shifts become calls
 *     to compiler_builtins' __ashlti3/__lshrti3/__ashrti3 (found by the
 *     conformance corpus: u128 formatting, division and float printing).
 *  L. A libcall made during instruction selection (__muldi3 for an i64
 *     multiply, __udivdi3, ...) is chained to the function entry, and the
 *     scheduler may place its argument stores inside the call sequence of
 *     an earlier call, overwriting that call's arguments on the stack (found
 *     in examples/atomics at opt-level 0).  i64/i128 multiplies, divisions
 *     and remainders, and i32 remainders (__modsi3/__umodsi3: libcalls even
 *     on the 68040; corpus int_bits at opt-level 0), become explicit calls
 *     of those libcalls here, which are
 *     ordered like every other call (except where LLVM expands a constant
 *     operand inline, and in compiler_builtins, which defines the helpers).
 *  M. Soft-float libcalls (__adddf3, __truncdfsf2, ...) made during selection
 *     are chained to the function entry like L's; when one's argument depends
 *     on another's result through memory, the scheduler crashes, and at
 *     opt-level 0 an argument store can land inside another call's sequence
 *     (corpus layout).  In every module but compiler_builtins' (and there
 *     when llc has crashed on it: main.c retries), f32/f64 arithmetic,
 *     comparisons and conversions become explicit calls of those helpers.
 * Lifetime markers are removed: instruction selection crashes on some of
 * them (compiler_builtins' hypot at opt-level s), and they only allow stack
 * slots to share memory.  Debug information is stripped as well (see
 * irfix_file), unless next-llc -g asks to keep it: then only the records
 * that describe a variable's value at one point of the code (#dbg_value,
 * #dbg_label, #dbg_assign) are removed.  They become DBG_VALUE instructions
 * that some M68k code paths do not skip (the select lowering stops merging
 * selects across one), so with them the generated code differs from a build
 * without debug info (docs/llvm-m68k-defects.md, "Debug info").  Line
 * locations and #dbg_declare (a variable living in a stack slot: every local
 * at opt-level 0) are kept.  With -gline-tables-only (level 2) the
 * #dbg_declare records go as well.  next-llc checks that the code is the
 * same as without debug info (main.c), and asmfix.c removes the one
 * difference left that it knows (a frame in empty functions).
 */
#include "llc.h"

#include <llvm-c/BitReader.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/IRReader.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* LLVM's numbering of calling conventions (llvm/IR/CallingConv.h). */
enum { CC_C = 0, CC_FAST = 8 };

static int is_lifetime_marker(LLVMValueRef inst)
{
    if (!LLVMIsACallInst(inst))
        return 0;
    LLVMValueRef callee = LLVMGetCalledValue(inst);
    if (!callee || !LLVMIsAFunction(callee))
        return 0;
    size_t len;
    const char *name = LLVMGetValueName2(callee, &len);
    return len >= 14 && strncmp(name, "llvm.lifetime.", 14) == 0;
}

/* Is operand `idx` of `user` the address of a plain load or store? */
static int is_direct_access(LLVMValueRef user, unsigned idx)
{
    if (LLVMIsALoadInst(user))
        return idx == 0;
    if (LLVMIsAStoreInst(user))
        return idx == 1;
    return 0;
}

/* Route the uses of one alloca through an opaque register copy (defect C). */
static int hide_alloca(LLVMBuilderRef b, LLVMValueRef asmfn, LLVMTypeRef fnty,
                       LLVMValueRef alloca, LLVMValueRef insert_before)
{
    /* Collect (user, operand index) pairs first: rewriting while walking the
     * use list would skip entries. */
    size_t n = 0, cap = 16;
    LLVMValueRef *users = malloc(cap * sizeof *users);
    unsigned *ops = malloc(cap * sizeof *ops);
    for (LLVMUseRef u = LLVMGetFirstUse(alloca); u; u = LLVMGetNextUse(u)) {
        LLVMValueRef user = LLVMGetUser(u);
        if (!LLVMIsAInstruction(user))
            continue;
        int nops = LLVMGetNumOperands(user);
        for (int i = 0; i < nops; i++) {
            if (LLVMGetOperand(user, (unsigned)i) != alloca)
                continue;
            if (is_direct_access(user, (unsigned)i))
                continue;
            if (n == cap) {
                cap *= 2;
                users = realloc(users, cap * sizeof *users);
                ops = realloc(ops, cap * sizeof *ops);
            }
            users[n] = user;
            ops[n] = (unsigned)i;
            n++;
        }
    }
    if (n > 0) {
        LLVMPositionBuilderBefore(b, insert_before);
        /* With debug info the copy gets line 0 ("no source line"), not the
         * line of `insert_before`: it is scheduled wherever, and a line
         * there would make the debugger's `next` jump back and forth. */
        LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(insert_before));
        LLVMMetadataRef sp = LLVMGetSubprogram(fn);
        if (sp)
            LLVMSetCurrentDebugLocation2(b, LLVMDIBuilderCreateDebugLocation(LLVMGetTypeContext(LLVMTypeOf(fn)), 0, 0, sp, NULL));
        LLVMValueRef args[1] = { alloca };
        LLVMValueRef copy = LLVMBuildCall2(b, fnty, asmfn, args, 1, "");
        for (size_t i = 0; i < n; i++) {
            /* A use may have been listed twice for one operand pair only if
             * the operand still holds the alloca: check before rewriting. */
            if (LLVMGetOperand(users[i], ops[i]) == alloca)
                LLVMSetOperand(users[i], ops[i], copy);
        }
    }
    free(users);
    free(ops);
    return n > 0;
}

/* Expands an i8/i16 llvm.[su]mul.with.overflow call (defect G); returns 1 if done. */
static int expand_mul_overflow(LLVMBuilderRef b, LLVMValueRef call)
{
    LLVMValueRef callee = LLVMGetCalledValue(call);
    if (!callee || !LLVMIsAFunction(callee))
        return 0;
    size_t len;
    const char *name = LLVMGetValueName2(callee, &len);
    int is_signed;
    if (len > 24 && strncmp(name, "llvm.smul.with.overflow.", 24) == 0) is_signed = 1;
    else if (len > 24 && strncmp(name, "llvm.umul.with.overflow.", 24) == 0) is_signed = 0;
    else return 0;
    LLVMValueRef a = LLVMGetOperand(call, 0), bv = LLVMGetOperand(call, 1);
    LLVMTypeRef ty = LLVMTypeOf(a);
    if (LLVMGetTypeKind(ty) != LLVMIntegerTypeKind) return 0; /* vectors: leave */
    unsigned bits = LLVMGetIntTypeWidth(ty);
    if (bits != 8 && bits != 16) return 0;
    LLVMContextRef ctx = LLVMGetTypeContext(ty);
    LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
    LLVMPositionBuilderBefore(b, call);
    LLVMValueRef a32 = is_signed ? LLVMBuildSExt(b, a, i32, "") : LLVMBuildZExt(b, a, i32, "");
    LLVMValueRef b32 = is_signed ? LLVMBuildSExt(b, bv, i32, "") : LLVMBuildZExt(b, bv, i32, "");
    LLVMValueRef prod = LLVMBuildMul(b, a32, b32, "");
    LLVMValueRef res = LLVMBuildTrunc(b, prod, ty, "");
    LLVMValueRef back = is_signed ? LLVMBuildSExt(b, res, i32, "") : LLVMBuildZExt(b, res, i32, "");
    LLVMValueRef ov = LLVMBuildICmp(b, LLVMIntNE, prod, back, "");
    LLVMValueRef agg = LLVMGetPoison(LLVMTypeOf(call));
    agg = LLVMBuildInsertValue(b, agg, res, 0, "");
    agg = LLVMBuildInsertValue(b, agg, ov, 1, "");
    LLVMReplaceAllUsesWith(call, agg);
    LLVMInstructionEraseFromParent(call);
    return 1;
}

/* Is fn the helper `name` itself?  Its own operation must not become a
 * call of itself. */
static int is_helper(LLVMValueRef fn, const char *name)
{
    size_t len;
    const char *self = LLVMGetValueName2(fn, &len);
    return len == strlen(name) && memcmp(self, name, len) == 0;
}

/* Declares (once) and calls the helper `name` at the builder's position
 * (defects H, L, M). */
static LLVMValueRef helper_call(LLVMBuilderRef b, LLVMModuleRef m, const char *name, LLVMTypeRef rty,
                                LLVMValueRef *args, unsigned n)
{
    LLVMTypeRef params[2] = { LLVMTypeOf(args[0]), n > 1 ? LLVMTypeOf(args[1]) : NULL };
    LLVMTypeRef fty = LLVMFunctionType(rty, params, n, 0);
    LLVMValueRef callee = LLVMGetNamedFunction(m, name);
    if (!callee) callee = LLVMAddFunction(m, name, fty);
    return LLVMBuildCall2(b, fty, callee, args, n, "");
}

/* Replaces instruction `in` with a call of the helper `name` on args
 * (built at the builder's position, which callers set before `in`). */
static void replace_by_call(LLVMBuilderRef b, LLVMModuleRef m, LLVMValueRef in, const char *name,
                            LLVMValueRef *args, unsigned n)
{
    LLVMReplaceAllUsesWith(in, helper_call(b, m, name, LLVMTypeOf(in), args, n));
    LLVMInstructionEraseFromParent(in);
}

/* Replaces a variable i128 shift with a libcall (defect H); 1 if done. */
static int expand_wide_shift(LLVMBuilderRef b, LLVMModuleRef m, LLVMValueRef fn, LLVMValueRef in)
{
    LLVMOpcode op = LLVMGetInstructionOpcode(in);
    if (op != LLVMShl && op != LLVMLShr && op != LLVMAShr) return 0;
    LLVMTypeRef ty = LLVMTypeOf(in);
    if (LLVMGetTypeKind(ty) != LLVMIntegerTypeKind || LLVMGetIntTypeWidth(ty) != 128) return 0;
    LLVMValueRef amount = LLVMGetOperand(in, 1);
    if (LLVMIsAConstant(amount)) return 0;
    const char *name = op == LLVMShl ? "__ashlti3" : op == LLVMLShr ? "__lshrti3" : "__ashrti3";
    if (is_helper(fn, name)) return 0;
    LLVMTypeRef i32 = LLVMInt32TypeInContext(LLVMGetTypeContext(ty));
    LLVMPositionBuilderBefore(b, in);
    LLVMValueRef args[2] = { LLVMGetOperand(in, 0), LLVMBuildTrunc(b, amount, i32, "") };
    replace_by_call(b, m, in, name, args, 2);
    return 1;
}

/* Replaces a 64- or 128-bit multiply, divide or remainder that instruction
 * selection would turn into a libcall with an explicit call of that libcall
 * (defect L); 1 if done.  A libcall made during selection is chained to the
 * function entry, not after the calls before it, and the scheduler can then
 * place its argument stores inside another call's sequence, overwriting that
 * call's outgoing arguments (`move.l #99,(12,%a2); jsr show; ...; jsr
 * __muldi3`).  An IR call is ordered like any other call.  Constants that
 * LLVM expands inline (powers of two and, for multiplies, 2^n +- 1) are
 * left alone: no libcall, no defect. */
static int expand_wide_arith(LLVMBuilderRef b, LLVMModuleRef m, LLVMValueRef fn, LLVMValueRef in)
{
    LLVMOpcode op = LLVMGetInstructionOpcode(in);
    if (op != LLVMMul && op != LLVMSDiv && op != LLVMUDiv && op != LLVMSRem && op != LLVMURem) return 0;
    LLVMTypeRef ty = LLVMTypeOf(in);
    if (LLVMGetTypeKind(ty) != LLVMIntegerTypeKind) return 0;
    unsigned w = LLVMGetIntTypeWidth(ty);
    /* 32 bits: the 68020+ multiply and divide in hardware (muls.l, divs.l),
     * but LLVM makes every 32-bit remainder a libcall (__modsi3, __umodsi3)
     * at every opt-level, with the same defect (corpus int_bits at O0). */
    if (w == 32 ? op != LLVMSRem && op != LLVMURem : w != 64 && w != 128) return 0;
    LLVMValueRef lhs = LLVMGetOperand(in, 0), rhs = LLVMGetOperand(in, 1);
    /* 32- and 64-bit constants that LLVM expands inline stay (a 128-bit
     * constant is not inspected: such operations become calls, which is
     * correct). */
    for (int i = op == LLVMMul ? 0 : 1; w <= 64 && i < 2; i++) {
        LLVMValueRef c = LLVMGetOperand(in, i);
        if (!LLVMIsAConstantInt(c)) continue;
        unsigned long long v = LLVMConstIntGetZExtValue(c);
        if (op == LLVMSDiv || op == LLVMSRem) {
            long long sv = LLVMConstIntGetSExtValue(c);
            v = sv < 0 ? 0ULL - (unsigned long long)sv : (unsigned long long)sv;
        }
        if (v == 0 || (v & (v - 1)) == 0) return 0;
        if (op == LLVMMul && (((v - 1) & (v - 2)) == 0 || ((v + 1) & v) == 0)) return 0;
    }
    static const char *const names[3][5] = {
        { NULL, NULL, NULL, "__modsi3", "__umodsi3" },
        { "__muldi3", "__divdi3", "__udivdi3", "__moddi3", "__umoddi3" },
        { "__multi3", "__divti3", "__udivti3", "__modti3", "__umodti3" },
    };
    int k = op == LLVMMul ? 0 : op == LLVMSDiv ? 1 : op == LLVMUDiv ? 2 : op == LLVMSRem ? 3 : 4;
    const char *name = names[w == 32 ? 0 : w == 64 ? 1 : 2][k];
    if (is_helper(fn, name)) return 0;
    LLVMPositionBuilderBefore(b, in);
    LLVMValueRef args[2] = { lhs, rhs };
    replace_by_call(b, m, in, name, args, 2);
    return 1;
}

/* Replaces a soft-float operation on f32/f64 that instruction selection
 * would turn into a libcall (arithmetic, f32 <-> f64, conversions from and
 * to 32-, 64- and 128-bit integers) with an explicit call of that libcall; 1 if
 * done.  Same cause as L: a libcall made during selection is chained to the
 * function entry, so two of them joined through memory (`x = fptrunc(load
 * p); store x, q; y = fptrunc(load p)`: the second one's argument depends
 * on the first one's result) give interleaved call sequences, and the
 * scheduler crashes (SIGSEGV in ScheduleDAGRRList; found by the corpus'
 * float_ops at opt-level 0, and compiler_builtins' hypot at opt-level s).
 * The helpers are compiler_builtins' functions, which take and return
 * f32/f64 values as the C convention of this IR does (comparisons and
 * saturating conversions: expand_soft_float_misc).  Applied to every module
 * but compiler_builtins', since the same mechanism also gives wrong code
 * without a crash (an argument store of one libcall inside another call's
 * sequence: corpus `layout` at rustc opt-level 0), and to compiler_builtins
 * on main.c's retry after an llc crash. */
static int expand_soft_float(LLVMBuilderRef b, LLVMModuleRef m, LLVMValueRef fn, LLVMValueRef in)
{
    LLVMOpcode op = LLVMGetInstructionOpcode(in);
    LLVMTypeRef rty = LLVMTypeOf(in);
    LLVMTypeKind rk = LLVMGetTypeKind(rty);
    unsigned nargs = op == LLVMFAdd || op == LLVMFSub || op == LLVMFMul || op == LLVMFDiv ? 2 : 1;
    if (nargs == 1 && op != LLVMFPExt && op != LLVMFPTrunc && op != LLVMSIToFP && op != LLVMUIToFP &&
        op != LLVMFPToSI && op != LLVMFPToUI)
        return 0;
    LLVMValueRef arg0 = LLVMGetOperand(in, 0);
    LLVMTypeRef aty = LLVMTypeOf(arg0);
    LLVMTypeKind ak = LLVMGetTypeKind(aty);
    /* "sf"/"df" for the float operand or result, "si"/"di" for the integer */
    const char *f = NULL, *i = NULL;
    LLVMTypeKind fk = (op == LLVMSIToFP || op == LLVMUIToFP || op == LLVMFPTrunc) ? rk : ak;
    if (fk == LLVMFloatTypeKind) f = "sf";
    else if (fk == LLVMDoubleTypeKind) f = "df";
    else return 0;
    if (op == LLVMSIToFP || op == LLVMUIToFP || op == LLVMFPToSI || op == LLVMFPToUI) {
        LLVMTypeRef ity = op == LLVMSIToFP || op == LLVMUIToFP ? aty : rty;
        if (LLVMGetTypeKind(ity) != LLVMIntegerTypeKind) return 0;
        unsigned w = LLVMGetIntTypeWidth(ity);
        if (w == 32) i = "si";
        else if (w == 64) i = "di";
        else if (w == 128) i = "ti";
        else return 0;
    }
    /* x * 2.0 is x + x, as LLVM's DAG combiner makes it when it lowers
     * the libcall itself (an IR call is past its reach): a soft-float add
     * costs much less than a multiply (the Mandelbrot kernel of
     * bench/float.sh has one per iteration).  Exact in every case, NaN,
     * infinities, signed zeros and rounding included. */
    LLVMValueRef two_x = NULL;
    if (op == LLVMFMul)
        for (int k = 0; k < 2; k++) {
            LLVMValueRef c = LLVMGetOperand(in, (unsigned)k);
            LLVMBool lossy = 0;
            if (LLVMIsAConstantFP(c) && LLVMConstRealGetDouble(c, &lossy) == 2.0 && !lossy)
                two_x = LLVMGetOperand(in, (unsigned)(1 - k));
        }
    if (two_x)
        op = LLVMFAdd;
    char name[24];
    switch (op) {
    case LLVMFAdd: snprintf(name, sizeof name, "__add%s3", f); break;
    case LLVMFSub: snprintf(name, sizeof name, "__sub%s3", f); break;
    case LLVMFMul: snprintf(name, sizeof name, "__mul%s3", f); break;
    case LLVMFDiv: snprintf(name, sizeof name, "__div%s3", f); break;
    case LLVMFPExt:
        if (ak != LLVMFloatTypeKind || rk != LLVMDoubleTypeKind) return 0;
        snprintf(name, sizeof name, "__extendsfdf2");
        break;
    case LLVMFPTrunc:
        if (ak != LLVMDoubleTypeKind || rk != LLVMFloatTypeKind) return 0;
        snprintf(name, sizeof name, "__truncdfsf2");
        break;
    case LLVMSIToFP: snprintf(name, sizeof name, "__float%s%s", i, f); break;
    case LLVMUIToFP: snprintf(name, sizeof name, "__floatun%s%s", i, f); break;
    case LLVMFPToSI: snprintf(name, sizeof name, "__fix%s%s", f, i); break;
    case LLVMFPToUI: snprintf(name, sizeof name, "__fixuns%s%s", f, i); break;
    default: return 0;
    }
    if (nargs == 2 && LLVMTypeOf(LLVMGetOperand(in, 1)) != aty) return 0;
    if (is_helper(fn, name)) return 0;
    LLVMPositionBuilderBefore(b, in);
    LLVMValueRef args[2] = { arg0, nargs == 2 ? LLVMGetOperand(in, 1) : NULL };
    if (two_x)
        args[0] = args[1] = two_x;
    replace_by_call(b, m, in, name, args, nargs);
    return 1;
}

/* `fcmp pred x, y` on f32/f64 ("sf"/"df") built from compiler_builtins'
 * comparison helpers, as LLVM's soft-float legalization does it
 * (TargetLowering::softenSetCCOperands): __eqXf2/__neXf2/__ltXf2/__leXf2
 * return a positive value for unordered operands, __geXf2/__gtXf2 a negative
 * one, __unordXf2 nonzero when either operand is a NaN.  NULL if pred is not
 * one of the fourteen real predicates. */
static LLVMValueRef soft_fcmp(LLVMBuilderRef b, LLVMModuleRef m, LLVMRealPredicate pred, LLVMValueRef x,
                              LLVMValueRef y, const char *f)
{
    LLVMTypeRef i32 = LLVMInt32TypeInContext(LLVMGetTypeContext(LLVMTypeOf(x)));
    LLVMValueRef zero = LLVMConstInt(i32, 0, 0), args[2] = { x, y };
    const char *h;           /* helper */
    LLVMIntPredicate ip;     /* its result compared with 0 */
    switch (pred) {
    case LLVMRealOEQ: h = "eq"; ip = LLVMIntEQ; break;
    case LLVMRealUNE: h = "ne"; ip = LLVMIntNE; break;
    case LLVMRealOLT: h = "lt"; ip = LLVMIntSLT; break;
    case LLVMRealOLE: h = "le"; ip = LLVMIntSLE; break;
    case LLVMRealOGT: h = "gt"; ip = LLVMIntSGT; break;
    case LLVMRealOGE: h = "ge"; ip = LLVMIntSGE; break;
    case LLVMRealULT: h = "ge"; ip = LLVMIntSLT; break;
    case LLVMRealULE: h = "gt"; ip = LLVMIntSLE; break;
    case LLVMRealUGT: h = "le"; ip = LLVMIntSGT; break;
    case LLVMRealUGE: h = "lt"; ip = LLVMIntSGE; break;
    case LLVMRealUNO: h = "unord"; ip = LLVMIntNE; break;
    case LLVMRealORD: h = "unord"; ip = LLVMIntEQ; break;
    case LLVMRealUEQ: /* unordered or equal */
        return LLVMBuildOr(b, soft_fcmp(b, m, LLVMRealUNO, x, y, f), soft_fcmp(b, m, LLVMRealOEQ, x, y, f), "");
    case LLVMRealONE: /* ordered and unequal */
        return LLVMBuildAnd(b, soft_fcmp(b, m, LLVMRealORD, x, y, f), soft_fcmp(b, m, LLVMRealUNE, x, y, f), "");
    default: return NULL;
    }
    char name[24];
    snprintf(name, sizeof name, "__%s%s2", h, f);
    return LLVMBuildICmp(b, ip, helper_call(b, m, name, i32, args, 2), zero, "");
}

/* Defect M for comparisons and intrinsics: `fcmp` on f32/f64, the
 * saturating conversions `llvm.fpto[su]i.sat` (Rust's `as` from a float)
 * and `llvm.minnum`/`llvm.maxnum` (f64::min/max) are each several libcalls
 * or one libcall made during selection.  They become explicit calls: the
 * comparison helpers as in soft_fcmp; a saturating conversion as
 * compares with the range bounds (powers of two, exact in f32 and f64), a
 * NaN test, and the plain conversion helper (__fixdfsi, ... for 8- and
 * 16-bit results, whose value is then in range); min/max as fmin/fmax. */
static int expand_soft_float_misc(LLVMBuilderRef b, LLVMModuleRef m, LLVMValueRef fn, LLVMValueRef in)
{
    size_t len;
    const char *self = LLVMGetValueName2(fn, &len);
    if (LLVMGetInstructionOpcode(in) == LLVMFCmp) {
        LLVMValueRef x = LLVMGetOperand(in, 0), y = LLVMGetOperand(in, 1);
        LLVMTypeKind k = LLVMGetTypeKind(LLVMTypeOf(x));
        if (k != LLVMFloatTypeKind && k != LLVMDoubleTypeKind) return 0;
        /* not inside the comparison helpers themselves (__eqdf2 ... __unordsf2) */
        if (len >= 7 && memcmp(self, "__", 2) == 0 && len <= 10 &&
            (memcmp(self + len - 3, "sf2", 3) == 0 || memcmp(self + len - 3, "df2", 3) == 0))
            return 0;
        LLVMPositionBuilderBefore(b, in);
        LLVMValueRef r = soft_fcmp(b, m, LLVMGetFCmpPredicate(in), x, y, k == LLVMFloatTypeKind ? "sf" : "df");
        if (!r) return 0;
        LLVMReplaceAllUsesWith(in, r);
        LLVMInstructionEraseFromParent(in);
        return 1;
    }
    if (!LLVMIsACallInst(in)) return 0;
    LLVMValueRef callee = LLVMGetCalledValue(in);
    if (!callee || !LLVMIsAFunction(callee)) return 0;
    size_t nlen;
    const char *cn = LLVMGetValueName2(callee, &nlen);
    if (nlen < 5 || memcmp(cn, "llvm.", 5) != 0 || LLVMGetNumArgOperands(in) < 1) return 0;
    LLVMValueRef x = LLVMGetOperand(in, 0);
    LLVMTypeRef xty = LLVMTypeOf(x), rty = LLVMTypeOf(in);
    LLVMTypeKind k = LLVMGetTypeKind(xty);
    if (k != LLVMFloatTypeKind && k != LLVMDoubleTypeKind) return 0;
    const char *f = k == LLVMFloatTypeKind ? "sf" : "df";
    int sgn = nlen > 16 && memcmp(cn, "llvm.fptosi.sat.", 16) == 0;
    int uns = nlen > 16 && memcmp(cn, "llvm.fptoui.sat.", 16) == 0;
    if (!sgn && !uns) {
        int mn = nlen > 12 && memcmp(cn, "llvm.minnum.", 12) == 0;
        int mx = nlen > 12 && memcmp(cn, "llvm.maxnum.", 12) == 0;
        if ((!mn && !mx) || rty != xty) return 0;
        const char *name = mn ? (k == LLVMFloatTypeKind ? "fminf" : "fmin") : (k == LLVMFloatTypeKind ? "fmaxf" : "fmax");
        if (len == strlen(name) && memcmp(self, name, len) == 0) return 0;
        LLVMPositionBuilderBefore(b, in);
        LLVMValueRef args[2] = { x, LLVMGetOperand(in, 1) };
        LLVMValueRef r = helper_call(b, m, name, rty, args, 2);
        LLVMReplaceAllUsesWith(in, r);
        LLVMInstructionEraseFromParent(in);
        return 1;
    }
    if (LLVMGetTypeKind(rty) != LLVMIntegerTypeKind) return 0;
    unsigned w = LLVMGetIntTypeWidth(rty);
    if (w != 8 && w != 16 && w != 32 && w != 64 && w != 128) return 0;
    LLVMContextRef ctx = LLVMGetTypeContext(rty);
    double lim = 1.0; /* 2^(w-1) signed, 2^w unsigned */
    for (unsigned i = 0; i < (sgn ? w - 1 : w); i++) lim *= 2.0;
    LLVMPositionBuilderBefore(b, in);
    /* the plain conversion, in range where it is used */
    LLVMTypeRef cty = w <= 32 ? LLVMInt32TypeInContext(ctx) : rty;
    char name[24];
    snprintf(name, sizeof name, "__fix%s%s%s", sgn || w < 32 ? "" : "uns", f,
             w <= 32 ? "si" : w == 64 ? "di" : "ti");
    LLVMValueRef conv = helper_call(b, m, name, cty, &x, 1);
    if (w < 32) conv = LLVMBuildTrunc(b, conv, rty, "");
    LLVMValueRef r;
    if (sgn) {
        LLVMValueRef lo = soft_fcmp(b, m, LLVMRealOLT, x, LLVMConstReal(xty, -lim), f);
        LLVMValueRef hi = soft_fcmp(b, m, LLVMRealOGE, x, LLVMConstReal(xty, lim), f);
        LLVMValueRef nan = soft_fcmp(b, m, LLVMRealUNO, x, x, f);
        LLVMValueRef min = LLVMBuildShl(b, LLVMConstInt(rty, 1, 0), LLVMConstInt(rty, w - 1, 0), "");
        LLVMValueRef max = LLVMBuildNot(b, min, "");
        r = LLVMBuildSelect(b, hi, max, conv, "");
        r = LLVMBuildSelect(b, lo, min, r, "");
        r = LLVMBuildSelect(b, nan, LLVMConstInt(rty, 0, 0), r, "");
    } else {
        /* below zero or NaN: 0; values in (-1, 0) convert to 0 anyway */
        LLVMValueRef lo = soft_fcmp(b, m, LLVMRealULT, x, LLVMConstReal(xty, 0.0), f);
        LLVMValueRef hi = soft_fcmp(b, m, LLVMRealOGE, x, LLVMConstReal(xty, lim), f);
        r = LLVMBuildSelect(b, hi, LLVMConstAllOnes(rty), conv, "");
        r = LLVMBuildSelect(b, lo, LLVMConstInt(rty, 0, 0), r, "");
    }
    LLVMReplaceAllUsesWith(in, r);
    LLVMInstructionEraseFromParent(in);
    return 1;
}

static void fix_function(LLVMContextRef ctx, LLVMModuleRef m, LLVMValueRef fn, struct irfix_stats *st)
{
    if (LLVMGetFunctionCallConv(fn) == CC_FAST) {
        LLVMSetFunctionCallConv(fn, CC_C);
        st->fastcc_functions++;
    }
    if (LLVMCountBasicBlocks(fn) == 0)
        return;

    LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
    LLVMTypeRef params[1] = { ptr };
    LLVMTypeRef fnty = LLVMFunctionType(ptr, params, 1, 0);
    LLVMValueRef asmfn = LLVMGetInlineAsm(fnty, "", 0, "=a,0", 4, 0, 0,
                                          LLVMInlineAsmDialectATT, 0);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);

    /* Pass 1: shifts, lifetime markers (removed before pass 2 looks at the
     * uses of allocas) and calls.  Pass 2: allocas, collected first, since
     * hiding one inserts instructions. */
    size_t na = 0, cap = 16;
    LLVMValueRef *allocas = malloc(cap * sizeof *allocas);
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
        LLVMValueRef next;
        for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = next) {
            /* taken first: the cases below may erase `in` */
            next = LLVMGetNextInstruction(in);
            if (expand_wide_shift(b, m, fn, in)) {
                st->wide_shifts++;
                continue;
            }
            /* not in compiler_builtins: its __muldi3/__udivdi3 helpers may
             * hold operations LLVM expands inline, and a call there could
             * recurse into the helper itself */
            if (!st->is_builtins && expand_wide_arith(b, m, fn, in)) {
                st->wide_arith++;
                continue;
            }
            /* In every module but compiler_builtins' (whose helpers would
             * call themselves), since the same mechanism gives wrong code
             * without a crash (corpus layout at rustc opt-level 0: an
             * __adddf3 argument overwritten by an explicit __multi3
             * call's); in compiler_builtins only on llc's crash retry. */
            if ((st->soft_float_calls || !st->builtins_module) &&
                (expand_soft_float(b, m, fn, in) || expand_soft_float_misc(b, m, fn, in))) {
                st->soft_float++;
                continue;
            }
            if (LLVMIsACallInst(in) && is_lifetime_marker(in)) {
                /* Instruction selection crashes on lifetime markers next
                 * to soft-float libcalls (compiler_builtins' hypot at
                 * opt-level s); the markers only let stack slots share
                 * memory, so dropping them is always correct. */
                LLVMInstructionEraseFromParent(in);
                st->lifetime_markers++;
                continue;
            }
            if (LLVMIsACallInst(in)) {
                if (expand_mul_overflow(b, in)) {
                    st->mul_overflow++;
                    continue;
                }
                if (LLVMGetInstructionCallConv(in) == CC_FAST) {
                    LLVMSetInstructionCallConv(in, CC_C);
                    st->fastcc_calls++;
                }
                if (LLVMGetTailCallKind(in) == LLVMTailCallKindTail ||
                    LLVMGetTailCallKind(in) == LLVMTailCallKindMustTail) {
                    LLVMSetTailCallKind(in, LLVMTailCallKindNone);
                    st->tail_calls++;
                }
            } else if (LLVMIsAInvokeInst(in)) {
                if (LLVMGetInstructionCallConv(in) == CC_FAST) {
                    LLVMSetInstructionCallConv(in, CC_C);
                    st->fastcc_calls++;
                }
            } else if (LLVMIsAAllocaInst(in)) {
                if (na == cap) {
                    cap *= 2;
                    allocas = realloc(allocas, cap * sizeof *allocas);
                }
                allocas[na++] = in;
            }
        }
    }
    /* Entry-block allocas keep their frame indexes as long as they stay in
     * the entry block; the copies go right after the last of them so the
     * allocas remain one static group. */
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
    LLVMValueRef after_entry_allocas = NULL;
    for (size_t i = 0; i < na; i++)
        if (LLVMGetInstructionParent(allocas[i]) == entry)
            after_entry_allocas = LLVMGetNextInstruction(allocas[i]);
    for (size_t i = 0; i < na; i++) {
        LLVMValueRef where = LLVMGetInstructionParent(allocas[i]) == entry
                                 ? after_entry_allocas
                                 : LLVMGetNextInstruction(allocas[i]);
        /* An alloca is never a terminator, so `where` exists; skip the copy
         * instructions we inserted ourselves. */
        if (hide_alloca(b, asmfn, fnty, allocas[i], where))
            st->allocas_hidden++;
    }
    free(allocas);
    LLVMDisposeBuilder(b);
}

/* Counts the debug records that would change the code: value, label and
 * assignment records, and at level 2 (line tables only) every record. */
static int count_dropped_records(LLVMModuleRef m, int level)
{
    int n = 0;
    for (LLVMValueRef fn = LLVMGetFirstFunction(m); fn; fn = LLVMGetNextFunction(fn))
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = LLVMGetNextInstruction(in))
                for (LLVMDbgRecordRef r = LLVMGetFirstDbgRecord(in); r; r = LLVMGetNextDbgRecord(r))
                    if (level == 2 || LLVMDbgRecordGetKind(r) != LLVMDbgRecordDeclare)
                        n++;
    return n;
}

/* The C API cannot erase a debug record, so the module goes through its
 * text form: the lines of the records count_dropped_records counts are
 * dropped and the text is parsed again.  Returns the new module (the old
 * one is disposed) or NULL (error printed). */
static LLVMModuleRef drop_records(LLVMContextRef ctx, LLVMModuleRef m, const char *in, int level)
{
    size_t idlen;
    const char *id0 = LLVMGetModuleIdentifier(m, &idlen);
    char *id = strndup(id0, idlen);
    char *text = LLVMPrintModuleToString(m);
    LLVMDisposeModule(m);
    char *w = text;
    for (char *r = text; *r;) {
        char *nl = strchr(r, '\n');
        size_t len = nl ? (size_t)(nl - r + 1) : strlen(r);
        const char *t = r + strspn(r, " \t");
        int drop = strncmp(t, "#dbg_value(", 11) == 0 || strncmp(t, "#dbg_label(", 11) == 0 ||
                   strncmp(t, "#dbg_assign(", 12) == 0 ||
                   (level == 2 && strncmp(t, "#dbg_declare(", 13) == 0);
        if (!drop) {
            memmove(w, r, len);
            w += len;
        }
        r += len;
    }
    *w = 0;
    LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRange(text, (size_t)(w - text), in, 1);
    LLVMModuleRef m2 = NULL;
    char *msg = NULL;
    if (LLVMParseIRInContext2(ctx, buf, &m2, &msg)) {
        fprintf(stderr, "next-llc: error: %s: cannot drop debug value records: %s\n", in, msg ? msg : "");
        LLVMDisposeMessage(msg);
        m2 = NULL;
    } else {
        LLVMSetModuleIdentifier(m2, id, strlen(id));
    }
    LLVMDisposeMemoryBuffer(buf);
    LLVMDisposeMessage(text);
    free(id);
    return m2;
}

int irfix_file(const char *in, const char *out, struct irfix_stats *st, int *has_optnone)
{
    int keep_debug = st->keep_debug, soft_float_calls = st->soft_float_calls, builtins = st->builtins_module;
    memset(st, 0, sizeof *st);
    st->keep_debug = keep_debug;
    st->soft_float_calls = soft_float_calls;
    LLVMContextRef ctx = LLVMContextCreate();
    LLVMMemoryBufferRef buf;
    char *msg = NULL;
    if (LLVMCreateMemoryBufferWithContentsOfFile(in, &buf, &msg)) {
        fprintf(stderr, "next-llc: error: %s: %s\n", in, msg ? msg : "cannot read");
        LLVMDisposeMessage(msg);
        LLVMContextDispose(ctx);
        return -1;
    }
    LLVMModuleRef m;
    if (LLVMParseBitcodeInContext2(ctx, buf, &m)) {
        fprintf(stderr, "next-llc: error: %s: not a valid LLVM bitcode file\n", in);
        LLVMDisposeMemoryBuffer(buf);
        LLVMContextDispose(ctx);
        return -1;
    }
    /* Without -g, DWARF is stripped: the Mach-O has no place for it, and
     * the code must not depend on it.  With -g it goes into the object for
     * next-ld's ELF companion file; -g on a module without debug info is
     * the same as no -g. */
    if (keep_debug && LLVMGetNamedMetadataNumOperands(m, "llvm.dbg.cu") == 0)
        st->keep_debug = keep_debug = 0;
    if (!keep_debug)
        LLVMStripModuleDebugInfo(m);
    size_t idlen;
    const char *id = LLVMGetModuleIdentifier(m, &idlen);
    const char *base = id;
    for (size_t i = 0; i < idlen; i++)
        if (id[i] == '/') base = id + i + 1;
    /* Known from the file name (rustc names its objects after the crate).
     * is_builtins is for this file only: when main.c rewrites opt's output
     * (a.bc) of a compiler_builtins module again, defect L's rewrite does
     * apply there (the code all earlier releases were tested with);
     * builtins_module stays set, and keeps the soft-float rewrite out. */
    st->is_builtins = strncmp(base, "compiler_builtins", 17) == 0;
    st->builtins_module = builtins || st->is_builtins;
    unsigned optnone_kind = LLVMGetEnumAttributeKindForName("optnone", 7);
    *has_optnone = 0;
    for (LLVMValueRef fn = LLVMGetFirstFunction(m); fn; fn = LLVMGetNextFunction(fn))
        if (LLVMCountBasicBlocks(fn) > 0 &&
            LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, optnone_kind))
            *has_optnone = 1;
    for (LLVMValueRef fn = LLVMGetFirstFunction(m); fn; fn = LLVMGetNextFunction(fn)) {
        if (!st->cpu[0] && LLVMCountBasicBlocks(fn) > 0) {
            LLVMAttributeRef a = LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, "target-cpu", 10);
            if (a) {
                unsigned len;
                const char *v = LLVMGetStringAttributeValue(a, &len);
                snprintf(st->cpu, sizeof st->cpu, "%.*s", (int)len, v);
            }
        }
        fix_function(ctx, m, fn, st);
    }
    if (keep_debug && count_dropped_records(m, keep_debug) > 0 &&
        !(m = drop_records(ctx, m, in, keep_debug))) {
        LLVMDisposeMemoryBuffer(buf);
        LLVMContextDispose(ctx);
        return -1;
    }
    int rc = 0;
    if (LLVMWriteBitcodeToFile(m, out) != 0) {
        fprintf(stderr, "next-llc: error: cannot write %s\n", out);
        rc = -1;
    }
    LLVMDisposeModule(m);
    LLVMDisposeMemoryBuffer(buf);
    LLVMContextDispose(ctx);
    return rc;
}
