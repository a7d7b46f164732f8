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
 */
#include "llc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Matches "  $aN = AND32di [killed ]$aN, IMM, implicit-def [dead ]$ccr" and
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
    while (*p == ' ' || *p == '\t') p++;
    if (*p) return 0; /* unexpected extra operands: leave it to the verifier */
    fprintf(out, "%.*sINLINEASM &\"exg %%d0,%%a%d\\0Aand.l #%ld,%%d0\\0Aexg %%d0,%%a%d\", "
                 "1 /* sideeffect attdialect */, implicit-def %s$ccr, implicit-def $a%d, implicit $a%d\n",
            (int)indent, line, reg, imm, reg, dead, reg, reg);
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

int mirfix(const char *in_text, FILE *out)
{
    int count = 0;
    const char *p = in_text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char *line = strndup(p, len);
        if (!line) return -1;
        if (strstr(line, " <0x")) drop_pointer_metadata(line);
        if (strstr(line, "AND32di") && rewrite_and(line, out))
            count++;
        else
            fprintf(out, "%s\n", line);
        free(line);
        p += len + (nl ? 1 : 0);
    }
    return count;
}
