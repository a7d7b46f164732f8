/*
 * next-llc: turns one LLVM bitcode module (what rustc writes for the
 * m68k-next-nextstep target, which sets obj-is-bitcode) into a correct ELF32
 * m68k relocatable object, working around the LLVM M68k backend's defects.
 * Stages (see main.c): IR rewrite (irfix.c), llc-22 up to the movem-collapsing
 * pass, MIR repair (mirfix.c), llc-22 from after that pass to assembly, text
 * rewrite and validation (asmfix.c), GNU as.
 */
#ifndef NEXT_LLC_H
#define NEXT_LLC_H
#include <stddef.h>

struct irfix_stats {
    int fastcc_functions, fastcc_calls, tail_calls, allocas_hidden, mul_overflow, lifetime_markers, wide_shifts, wide_arith, soft_float;
    char cpu[32]; /* target-cpu of the module's functions, e.g. M68040 */
    int is_builtins; /* this file is a compiler_builtins module (by its name) */
    int builtins_module; /* the module is compiler_builtins', also after opt -O1 (input and output) */
    int keep_debug;  /* input: keep DWARF (-g) instead of stripping it */
    int soft_float_calls; /* input: f32/f64 operations become explicit libcalls (defect M) */
};
/* Rewrites bitcode `in` into `out` (defects C and F). Sets *has_optnone when
 * the module was built at opt-level 0. Returns 0 or -1 (error printed). */
int irfix_file(const char *in, const char *out, struct irfix_stats *st, int *has_optnone);

struct asmfix_result {
    int ccr_wraps;      /* copies wrapped to preserve the flags (defect D) */
    int long_branches, subx_fixed, sret_restored;
    int *line_func;     /* for each output line (0-based), its function or -1 */
    size_t nlines;
    char **funcs;       /* function names */
    size_t nfuncs;
};
#include <stdio.h>
/* Cleans llc's assembly text for GNU as and repairs defect D; keep_debug:
 * the text carries debug info (next-llc -g). */
int asmfix(const char *in_text, FILE *out, struct asmfix_result *res, int keep_debug);

/* Do two objects hold the same code and data (allocated sections, their
 * relocations and symbols; debug sections ignored)?  If not, *why says
 * where they first differ. */
int objcmp_same_code(const char *a, const char *b, const char **why);

/* Rewrites MIR text (defect B); returns the number of rewrites, -1 on error. */
int mirfix(const char *in_text, FILE *out);
#endif
