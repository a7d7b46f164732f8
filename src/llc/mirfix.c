/*
 * MIR stage of next-llc: defect B of shared/reference/llvm-m68k-defects.md.
 *
 * Instruction selection sometimes allocates the result of a 16-to-32-bit zero
 * extension to an address register and then masks it with AND32di, i.e.
 * `and.l #imm,%aN`, which the 68k does not have (LLVM's object writer even
 * encodes it silently as `and.l #imm,%d0`).  Because next-llc runs llc-22 in
 * two stages (to skip the faulty movem-collapsing pass, defect E), the
 * instruction must be repaired in the MIR between them: llc verifies MIR it
 * reads back and refuses AND32di on an address register.  The repair is an
 * INLINEASM holding `exg %d0,%aN; and.l #imm,%d0; exg %d0,%aN`, which is
 * correct even when d0 is live and leaves the flags as the AND sets them.
 * The inline asm carries implicit operands so liveness stays exact.
 *
 * The MIR printer also writes metadata attached to memory operands that has
 * no number in the module (e.g. `!range <0x55f2dd986fa0>`, a host pointer),
 * which the MIR parser then rejects.  That metadata only refines alias and
 * value-range facts for passes that have already run, so it is dropped.
 *
 * With debug info (next-llc -g), a stack slot that holds two source variables
 * (two #dbg_declare records on one alloca, e.g. a struct and its field) is
 * printed with both nodes run together, `debug-info-variable: '!1810!1811'`
 * and `debug-info-expression: '!DIExpression(..)!DIExpression(..)'`, which
 * the MIR parser rejects: a MIR stack object holds one variable.  The first
 * variable, expression and location are kept; the second variable then has
 * no location in the debugger (docs/llvm-m68k-defects.md, "Debug info").
 * A location made during code generation (a merged or inlined one) is
 * printed inline with its scope as a host pointer, `debug-location
 * !DILocation(line: 289, column: 13, scope: <0x5606...>)`, which the parser
 * rejects too: such an instruction loses its location (it counts as part of
 * the line before it).
 */
#include "llc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Matches "  $aN = AND32di [killed ]$aN, IMM, implicit-def [dead ]$ccr[, debug-location !N]" and
 * writes the replacement; returns 1 if it matched. */
static int rewrite_and(const char *line, FILE *out)
{
    const char *p = line;
    while (*p == ' ' || *p == '\t') p++;
    size_t indent = (size_t)(p - line);
    int reg;
    long imm;
    char dead[8] = "";
    int n = 0;
    if (sscanf(p, "$a%1d = AND32di %n", &reg, &n) != 1 || n == 0)
        return 0;
    p += n;
    if (strncmp(p, "killed ", 7) == 0) p += 7;
    char want[8];
    snprintf(want, sizeof want, "$a%d, ", reg);
    if (strncmp(p, want, strlen(want)) != 0) return 0;
    p += strlen(want);
    char *end;
    imm = strtol(p, &end, 10);
    if (end == p) return 0;
    p = end;
    if (strncmp(p, ", implicit-def ", 15) != 0) return 0;
    p += 15;
    if (strncmp(p, "dead ", 5) == 0) { strcpy(dead, "dead "); p += 5; }
    if (strncmp(p, "$ccr", 4) != 0) return 0;
    p += 4;
    /* with next-llc -g: the source location, kept on the replacement */
    const char *loc = "";
    if (strncmp(p, ", debug-location !", 18) == 0) {
        loc = p;
        p += 18;
        while (*p >= '0' && *p <= '9') p++;
    }
    int loclen = (int)(p - loc);
    while (*p == ' ' || *p == '\t') p++;
    if (*p) return 0; /* unexpected extra operands: leave it to the verifier */
    fprintf(out, "%.*sINLINEASM &\"exg %%d0,%%a%d\\0Aand.l #%ld,%%d0\\0Aexg %%d0,%%a%d\", "
                 "1 /* sideeffect attdialect */, implicit-def %s$ccr, implicit-def $a%d, implicit $a%d%.*s\n",
            (int)indent, line, reg, imm, reg, dead, reg, reg, *loc ? loclen : 0, loc);
    return 1;
}

/* Removes ", !name <0x...>" annotations in place. */
static void drop_pointer_metadata(char *line)
{
    char *p;
    while ((p = strstr(line, ", !")) != NULL) {
        char *q = p + 3;
        while (isalnum((unsigned char)*q) || *q == '_' || *q == '.') q++;
        if (strncmp(q, " <0x", 4) != 0) {
            /* a numbered reference: keep it and look further on */
            line = q;
            continue;
        }
        char *e = strchr(q, '>');
        if (!e) return;
        memmove(p, e + 1, strlen(e + 1) + 1);
    }
}

/* Removes ", debug-location !DILocation(...)" when it holds a host pointer. */
static void drop_pointer_locations(char *line)
{
    static const char key[] = ", debug-location !DILocation(";
    char *p = line;
    while ((p = strstr(p, key)) != NULL) {
        char *q = p + sizeof key - 1;
        int depth = 1, pointer = 0;
        while (*q && depth > 0) {
            if (*q == '(') depth++;
            else if (*q == ')') depth--;
            else if (*q == '<' && q[1] == '0' && q[2] == 'x') pointer = 1;
            q++;
        }
        if (depth != 0) return;
        if (pointer) memmove(p, q, strlen(q) + 1);
        else p = q;
    }
}

/* In `KEY: '!A!B'`, keeps only the first metadata node !A (see above). */
static void keep_first_debug_node(char *line, const char *key)
{
    char *p = strstr(line, key);
    if (!p) return;
    p += strlen(key);
    if (*p != '!') return;
    int depth = 0;
    for (char *q = p + 1; *q && *q != '\''; q++) {
        if (*q == '(') depth++;
        else if (*q == ')') depth--;
        else if (*q == '!' && depth == 0) {
            char *e = strchr(q, '\'');
            if (!e) return;
            memmove(q, e, strlen(e) + 1);
            return;
        }
    }
}

int mirfix(const char *in_text, FILE *out)
{
    int count = 0;
    const char *p = in_text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char *line = strndup(p, len);
        if (!line) return -1;
        if (strstr(line, "<0x") && strstr(line, "debug-location !DILocation(")) drop_pointer_locations(line);
        if (strstr(line, " <0x")) drop_pointer_metadata(line);
        if (strstr(line, "debug-info-")) {
            keep_first_debug_node(line, "debug-info-variable: '");
            keep_first_debug_node(line, "debug-info-expression: '");
            keep_first_debug_node(line, "debug-info-location: '");
        }
        if (strstr(line, "AND32di") && rewrite_and(line, out))
            count++;
        else
            fprintf(out, "%s\n", line);
        free(line);
        p += len + (nl ? 1 : 0);
    }
    return count;
}
