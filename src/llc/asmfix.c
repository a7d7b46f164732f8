/*
 * Assembly-text stage of next-llc: makes the GNU-syntax m68k assembly that
 * llc-22 prints acceptable to GNU as and repairs defect D of
 * shared/reference/llvm-m68k-defects.md.
 *
 * Defect D: LLVM models a register copy (COPY, expanded late into
 * `move.l %rX,%dY`, or a re-materialised `moveq`) as leaving the condition
 * codes alone, but a MOVE into a data register sets N and Z and clears V and
 * C.  Register allocation and PHI elimination place such copies between a
 * compare and the branch that tests it.  We recompute, over the control-flow
 * graph of the whole file, where the condition code register (CCR) is live in
 * LLVM's own model (copies transparent), and wrap each copy at which CCR is
 * live in `move.w %ccr,-(%sp)` / `move.w (%sp)+,%ccr`.  Wrapping only
 * preserves flags, so an unnecessary wrap costs time but is never wrong; for
 * that reason an instruction we do not know is treated as not touching CCR
 * (it keeps liveness flowing and so can only cause more wraps).
 *
 * Text clean-up: llc writes `;` comments, but `;` separates statements in GNU
 * as for m68k, so comments are removed outside strings.  Inline assembly
 * (between `;APP` and `;NO_APP`) is passed through untouched.
 *
 * Further repairs found by the conformance corpus (tests/conformance):
 *  - branch range: `bra`/`bCC` become `jbra`/`jbCC`, which GNU as relaxes
 *    to 32-bit displacements; plain forms get 16 bits, and GNU as 2.40
 *    rejects far backward ones and silently truncates far forward ones;
 *  - `subx.x %dN,%dN` used as "minus the carry" right after CMP/TST/BTST,
 *    which do not set X: rewritten as `scs` + sign extension;
 *  - after a call whose callee popped its hidden struct-return pointer
 *    (`jsr f; suba.l #4,%sp`), the slot holds the return address while LLVM
 *    may reuse it as the pointer: the pointer (returned in d0) is stored back.
 *
 * With debug info (-g): `.file N "DIR" "NAME"` becomes `.file N "DIR/NAME"`
 * for GNU as, negative CFA offsets are corrected, labels that only debug
 * info uses do not split blocks, and an empty function loses the stack frame
 * llc gives it only when debug info is wanted (see below).
 *
 * Also keeps, for every output line, the function it belongs to, so that
 * errors from GNU as can name the function (see main.c).
 */
#include "llc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum kind { K_OTHER, K_LABEL, K_INSN, K_DIRECTIVE, K_ASM };

/* What an instruction does to the flags and to control flow, in LLVM's model. */
enum ccr_effect {
    CCR_NEUTRAL, /* does not touch CCR (or unknown: see above) */
    CCR_DEF,     /* sets CCR; flags before it are dead */
    CCR_USE,     /* reads CCR, leaves it unchanged (Bcc, Scc) */
    CCR_USEDEF,  /* reads and sets (addx, subx, negx) */
    CCR_COPY,    /* hardware sets CCR, LLVM thinks it does not: wrap if live */
};
enum flow { F_NEXT, F_COND, F_JUMP, F_STOP };

struct line {
    char *text;   /* cleaned line */
    enum kind kind;
    enum ccr_effect ccr;
    enum flow flow;
    int target;   /* index of the label line a branch goes to, or -1 */
    int func;     /* index into function names, or -1 */
    int live_out; /* CCR live after this line (computed) */
    char *label;  /* label name for K_LABEL */
    int is_target; /* K_LABEL: some branch goes here */
    char *mnem;   /* mnemonic for K_INSN (lower case, without size suffix) */
    char *ops;    /* operand text for K_INSN */
};

struct asmfile {
    struct line *v;
    size_t n, cap;
    char **funcs;
    size_t nfuncs;
};

static char *xstrdup(const char *s) {
    char *p = strdup(s);
    if (!p) { perror("next-llc"); exit(1); }
    return p;
}

/* Remove a `;` comment that is outside a string literal. */
static void strip_comment(char *s)
{
    int in_str = 0;
    for (char *p = s; *p; p++) {
        if (in_str) {
            if (*p == '\\' && p[1]) p++;
            else if (*p == '"') in_str = 0;
        } else if (*p == '"') {
            in_str = 1;
        } else if (*p == ';') {
            *p = 0;
            break;
        }
    }
    size_t len = strlen(s);
    while (len && isspace((unsigned char)s[len - 1])) s[--len] = 0;
}

static int is_cond(const char *c)
{
    static const char *const conds[] = {
        "hi", "ls", "cc", "cs", "ne", "eq", "vc", "vs", "pl", "mi", "ge", "lt",
        "gt", "le", "hs", "lo", NULL };
    for (int i = 0; conds[i]; i++)
        if (strcmp(c, conds[i]) == 0) return 1;
    return 0;
}

/* Is the operand a data register (%d0-%d7)? */
static int is_dreg(const char *op) {
    return op[0] == '%' && op[1] == 'd' && op[2] >= '0' && op[2] <= '7' && op[3] == 0;
}
static int is_areg(const char *op) {
    return (op[0] == '%' && op[1] == 'a' && op[2] >= '0' && op[2] <= '7' && op[3] == 0) ||
           strcmp(op, "%sp") == 0 || strcmp(op, "%fp") == 0;
}

/* "%dN, %dN" with the same register twice. */
static int is_dreg_pair_same(const char *ops)
{
    return ops[0] == '%' && ops[1] == 'd' && ops[2] >= '0' && ops[2] <= '7' && ops[3] == ',' &&
           strncmp(ops + 4, " %d", 3) == 0 && ops[7] == ops[2] && ops[8] == 0;
}

/* Split "a, b" at the top-level comma into two trimmed operands. */
static int split2(const char *ops, char *a, char *b, size_t cap)
{
    int depth = 0;
    const char *comma = NULL;
    for (const char *p = ops; *p; p++) {
        if (*p == '(') depth++;
        else if (*p == ')') depth--;
        else if (*p == ',' && depth == 0) { comma = p; break; }
    }
    if (!comma) return 0;
    size_t la = (size_t)(comma - ops);
    if (la >= cap) return 0;
    memcpy(a, ops, la); a[la] = 0;
    while (la && isspace((unsigned char)a[la - 1])) a[--la] = 0;
    const char *q = comma + 1;
    while (isspace((unsigned char)*q)) q++;
    if (strlen(q) >= cap) return 0;
    strcpy(b, q);
    return 1;
}

static void classify(struct line *l)
{
    const char *m = l->mnem;
    char a[256], b[256];
    int two = split2(l->ops, a, b, sizeof a);
    l->flow = F_NEXT;
    l->ccr = CCR_NEUTRAL;

    if (m[0] == 'b' && is_cond(m + 1)) { l->ccr = CCR_USE; l->flow = F_COND; return; }
    if (m[0] == 'j' && is_cond(m + 1)) { l->ccr = CCR_USE; l->flow = F_COND; return; }
    if (!strcmp(m, "bra") || !strcmp(m, "jra") || !strcmp(m, "jmp")) { l->flow = F_JUMP; return; }
    if (!strcmp(m, "rts") || !strcmp(m, "rtd") || !strcmp(m, "rte") || !strcmp(m, "rtr") ||
        !strcmp(m, "trap") || !strcmp(m, "illegal")) {
        l->flow = F_STOP;
        l->ccr = CCR_DEF;
        return;
    }
    if (!strcmp(m, "bsr") || !strcmp(m, "jsr") || !strcmp(m, "jbsr")) { l->ccr = CCR_DEF; return; }
    if (m[0] == 's' && (is_cond(m + 1) || !strcmp(m, "st") || !strcmp(m, "sf"))) { l->ccr = CCR_USE; return; }
    if (!strcmp(m, "addx") || !strcmp(m, "subx") || !strcmp(m, "negx")) { l->ccr = CCR_USEDEF; return; }
    if (!strcmp(m, "move") && two && strcmp(a, "%ccr") == 0) { l->ccr = CCR_USE; return; }
    if (!strcmp(m, "move") && two && strcmp(b, "%ccr") == 0) { l->ccr = CCR_DEF; return; }
    /* Never touch CCR on the 68k. */
    if (!strcmp(m, "movea") || !strcmp(m, "lea") || !strcmp(m, "pea") || !strcmp(m, "exg") ||
        !strcmp(m, "movem") || !strcmp(m, "adda") || !strcmp(m, "suba") || !strcmp(m, "link") ||
        !strcmp(m, "unlk") || !strcmp(m, "nop"))
        return;
    if ((!strcmp(m, "move") || !strcmp(m, "addq") || !strcmp(m, "subq") || !strcmp(m, "add") ||
         !strcmp(m, "sub")) && two && is_areg(b))
        return; /* to an address register: movea/adda/suba forms */
    /* Register-to-data-register copies and moveq: the expanded COPYs. */
    if (!strcmp(m, "move") && two && is_dreg(b) && (is_dreg(a) || is_areg(a))) { l->ccr = CCR_COPY; return; }
    if (!strcmp(m, "moveq")) { l->ccr = CCR_COPY; return; }
    /* Everything LLVM selects for arithmetic, logic, compares and loads and
     * stores through MOVE sets the flags in LLVM's model too. */
    static const char *const setters[] = {
        "move", "add", "addi", "addq", "sub", "subi", "subq", "cmp", "cmpi", "cmpm", "tst",
        "and", "andi", "or", "ori", "eor", "eori", "not", "neg", "clr", "ext", "extb",
        "swap", "lsl", "lsr", "asl", "asr", "rol", "ror", "roxl", "roxr", "muls", "mulu",
        "divs", "divu", "divsl", "divul", "btst", "bset", "bclr", "bchg", "cas", "tas",
        "chk", "cmpa", "bfextu", "bfexts", "bfins", "bfffo", "bftst", "bfset", "bfclr", "bfchg",
        NULL };
    for (int i = 0; setters[i]; i++)
        if (!strcmp(m, setters[i])) { l->ccr = CCR_DEF; return; }
}

static void push(struct asmfile *f, struct line l)
{
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 1024;
        f->v = realloc(f->v, f->cap * sizeof *f->v);
        if (!f->v) { perror("next-llc"); exit(1); }
    }
    f->v[f->n++] = l;
}

static int is_label_char(int c) { return isalnum(c) || c == '_' || c == '.' || c == '$'; }

static void parse(struct asmfile *f, char *text)
{
    int in_app = 0, func = -1;
    for (char *save = NULL, *ln = strtok_r(text, "\n", &save); ln; ln = strtok_r(NULL, "\n", &save)) {
        struct line l = { .kind = K_OTHER, .target = -1, .func = func };
        const char *t = ln;
        while (isspace((unsigned char)*t)) t++;
        if (!strcmp(t, ";APP")) { in_app = 1; continue; }
        if (!strcmp(t, ";NO_APP")) { in_app = 0; continue; }
        if (in_app) {
            l.kind = K_ASM;
            l.text = xstrdup(ln);
            push(f, l);
            continue;
        }
        char *s = xstrdup(ln);
        strip_comment(s);
        l.text = s;
        t = s;
        while (isspace((unsigned char)*t)) t++;
        if (!*t) { free(s); continue; }
        /* label: NAME: at the start of the line */
        const char *p = t;
        while (*p && is_label_char((unsigned char)*p)) p++;
        if (*p == ':' && p > t && t == s) {
            l.kind = K_LABEL;
            l.label = strndup(t, (size_t)(p - t));
            if (strncmp(l.label, ".L", 2) != 0) {
                f->funcs = realloc(f->funcs, (f->nfuncs + 1) * sizeof *f->funcs);
                f->funcs[f->nfuncs] = xstrdup(l.label);
                func = (int)f->nfuncs++;
                l.func = func;
            }
            push(f, l);
            if (p[1]) { /* something after the label on the same line */
                struct line r = { .kind = K_OTHER, .target = -1, .func = func, .text = xstrdup(p + 1) };
                push(f, r);
            }
            continue;
        }
        if (*t == '.') { l.kind = K_DIRECTIVE; push(f, l); continue; }
        l.kind = K_INSN;
        p = t;
        while (*p && !isspace((unsigned char)*p)) p++;
        char *m = strndup(t, (size_t)(p - t));
        for (char *q = m; *q; q++) *q = (char)tolower((unsigned char)*q);
        char *dot = strchr(m, '.');
        if (dot) *dot = 0;
        l.mnem = m;
        while (isspace((unsigned char)*p)) p++;
        l.ops = xstrdup(p);
        classify(&l);
        push(f, l);
    }
}

struct lab { const char *name; int line; };
static int labcmp(const void *a, const void *b) {
    return strcmp(((const struct lab *)a)->name, ((const struct lab *)b)->name);
}

static void resolve_targets(struct asmfile *f)
{
    size_t nl = 0;
    for (size_t i = 0; i < f->n; i++) nl += f->v[i].kind == K_LABEL;
    struct lab *labs = malloc((nl + 1) * sizeof *labs);
    nl = 0;
    for (size_t i = 0; i < f->n; i++)
        if (f->v[i].kind == K_LABEL) labs[nl++] = (struct lab){ f->v[i].label, (int)i };
    qsort(labs, nl, sizeof *labs, labcmp);
    for (size_t i = 0; i < f->n; i++) {
        struct line *l = &f->v[i];
        if (l->kind != K_INSN || (l->flow != F_COND && l->flow != F_JUMP)) continue;
        struct lab key = { l->ops, 0 };
        struct lab *hit = bsearch(&key, labs, nl, sizeof *labs, labcmp);
        l->target = hit ? hit->line : -1;
        if (hit) f->v[hit->line].is_target = 1;
    }
    free(labs);
}

/* Backward liveness of CCR over the line graph, iterated to a fixed point. */
static void liveness(struct asmfile *f)
{
    char *live_in = calloc(f->n + 1, 1);
    int changed = 1;
    while (changed) {
        changed = 0;
        for (size_t k = f->n; k-- > 0;) {
            struct line *l = &f->v[k];
            int out = 0;
            int falls = !(l->kind == K_INSN && (l->flow == F_JUMP || l->flow == F_STOP));
            if (falls && k + 1 < f->n) out |= live_in[k + 1];
            if (l->kind == K_INSN && (l->flow == F_COND || l->flow == F_JUMP) && l->target >= 0)
                out |= live_in[l->target];
            l->live_out = out;
            int in = out;
            if (l->kind == K_INSN) {
                switch (l->ccr) {
                case CCR_DEF: in = 0; break;
                case CCR_USE: case CCR_USEDEF: in = 1; break;
                default: break;
                }
            }
            if (in != live_in[k]) { live_in[k] = (char)in; changed = 1; }
        }
    }
    free(live_in);
}

/* With -g, llc puts labels between instructions that only debug info uses
 * (`.Ltmp3:` for a variable's live range or a line-table entry,
 * `.Lfunc_begin0:` for a function's start).  They must not end a basic
 * block for the rewrites below, or keeping debug info would change the code;
 * a label some branch targets is never treated this way. */
static int debug_only_label(const struct line *l, int keep_debug)
{
    return keep_debug && l->kind == K_LABEL && !l->is_target &&
           (strncmp(l->label, ".Ltmp", 5) == 0 || strncmp(l->label, ".Lfunc_begin", 12) == 0);
}

/* `.file N "DIR" "NAME"` is the DWARF 5 form of a line-table file entry,
 * which GNU as accepts only when it writes DWARF 5 itself; llc prints it for
 * DWARF 4 too.  The equivalent DWARF 4 form names the file by one path:
 * `.file N "DIR/NAME"` (NAME alone when it is absolute).  Returns 1 and
 * writes the directive into `out` if `body` was such a line. */
static int join_file_directive(const char *body, char *out, size_t cap)
{
    unsigned num;
    int n = 0;
    if (sscanf(body, ".file %u %n", &num, &n) != 1 || n == 0 || body[n] != '"')
        return 0;
    const char *d = body + n + 1, *de = d;
    while (*de && *de != '"') de += (*de == '\\' && de[1]) ? 2 : 1;
    if (*de != '"') return 0;
    const char *f = de + 1;
    while (*f == ' ' || *f == '\t') f++;
    if (*f != '"') return 0;
    f++;
    const char *fe = f;
    while (*fe && *fe != '"') fe += (*fe == '\\' && fe[1]) ? 2 : 1;
    if (*fe != '"') return 0;
    /* anything after the name (an `md5 0x...` checksum) is DWARF 5 only */
    int r;
    if (*f == '/' || de == d)
        r = snprintf(out, cap, "\t.file\t%u \"%.*s\"", num, (int)(fe - f), f);
    else
        r = snprintf(out, cap, "\t.file\t%u \"%.*s/%.*s\"", num, (int)(de - d), d, (int)(fe - f), f);
    return r > 0 && (size_t)r < cap;
}

/* `MNEM.l #N, %sp` exactly? */
static int sp_adjust(const char *b, const char *mnem, long *n)
{
    char fmt[48];
    int end = 0;
    snprintf(fmt, sizeof fmt, "%s.l #%%ld, %%%%sp%%n", mnem);
    return sscanf(b, fmt, n, &end) == 1 && end > 0 && b[end] == 0;
}

/* With -g, llc gives a function whose body is empty (unused or zero-sized
 * variables only) a stack frame it allocates and frees at once,
 * `suba.l #N,%sp` / `adda.l #N,%sp` / `rts`, where without debug info it
 * writes a bare `rts` (M68k frame lowering allocates the frame whenever
 * call-frame information is wanted).  Marks in `skip` the two adjustments
 * and the CFA directive between them: dropping them changes nothing but
 * makes the code the same as without -g. */
static void mark_empty_frames(const struct asmfile *f, char *skip)
{
    for (size_t i = 0; i < f->n; i++) {
        const struct line *l = &f->v[i];
        if (l->kind != K_LABEL || strncmp(l->label, ".L", 2) == 0) continue;
        size_t k = i + 1, sub = 0, add = 0, cfa = 0;
        int step = 0; /* 0: want suba, 1: want adda, 2: want rts */
        long n1 = -1, n2 = -2;
        for (; k < f->n && step < 3; k++) {
            const struct line *m = &f->v[k];
            const char *b = m->text + strspn(m->text, " \t");
            if (m->kind == K_DIRECTIVE) {
                if (step == 1 && strncmp(b, ".cfi_def_cfa_offset", 19) == 0 && !cfa) cfa = k;
                else if (strncmp(b, ".loc", 4) != 0 && strncmp(b, ".cfi_", 5) != 0 &&
                         strncmp(b, ".file", 5) != 0) break;
                continue;
            }
            if (m->kind == K_LABEL && debug_only_label(m, 1)) continue;
            if (m->kind != K_INSN) break;
            if (step == 0 && sp_adjust(b, "suba", &n1)) { sub = k; step = 1; }
            else if (step == 1 && sp_adjust(b, "adda", &n2)) { add = k; step = 2; }
            else if (step == 2 && !strcmp(m->mnem, "rts")) step = 3;
            else break;
        }
        if (step == 3 && n1 == n2) {
            skip[sub] = skip[add] = 1;
            if (cfa) skip[cfa] = 1;
        }
    }
}

/* Is line i `subx.[bwl] %dN,%dN` whose flags come from a compare or test
 * (which do not set X) in the same block? */
static int is_subx_carry(const struct asmfile *f, size_t i, int keep_debug)
{
    const struct line *l = &f->v[i];
    if (strcmp(l->mnem, "subx") != 0 || !is_dreg_pair_same(l->ops))
        return 0;
    for (size_t k = i; k-- > 0;) {
        const struct line *p = &f->v[k];
        if (debug_only_label(p, keep_debug)) continue;
        if (p->kind == K_LABEL) return 0;
        if (p->kind != K_INSN) continue;
        if (p->ccr == CCR_NEUTRAL || p->ccr == CCR_COPY || p->ccr == CCR_USE) continue;
        return !strcmp(p->mnem, "cmp") || !strcmp(p->mnem, "cmpi") || !strcmp(p->mnem, "cmpa") ||
               !strcmp(p->mnem, "tst") || !strcmp(p->mnem, "btst");
    }
    return 0;
}

int asmfix(const char *in_text, FILE *out, struct asmfix_result *res, int keep_debug)
{
    struct asmfile f = { 0 };
    char *text = xstrdup(in_text);
    parse(&f, text);
    free(text);
    resolve_targets(&f);
    liveness(&f);

    char *skip = calloc(f.n + 1, 1);
    if (keep_debug) mark_empty_frames(&f, skip);
    memset(res, 0, sizeof *res);
    res->line_func = NULL;
    size_t cap = 0, outline = 0;
#define EMIT(fmt, ...) do { \
        fprintf(out, fmt "\n", __VA_ARGS__); \
        if (outline >= cap) { cap = cap ? cap * 2 : 4096; res->line_func = realloc(res->line_func, cap * sizeof(int)); } \
        res->line_func[outline++] = l->func; } while (0)
    const struct line *prev_insn = NULL;
    static char joined[8192];
    for (size_t i = 0; i < f.n; i++) {
        struct line *l = &f.v[i];
        const char *body = l->text + strspn(l->text, " \t");
        if (skip[i]) continue;
        if (l->kind == K_INSN && l->ccr == CCR_COPY && l->live_out) {
            res->ccr_wraps++;
            EMIT("\t%s", "move.w %ccr,-(%sp)");
            if (strstr(l->ops, "%sp") || strstr(l->ops, "%a7")) {
                /* A copy of the stack pointer itself would see it 2 lower. */
                char a[256], b[256];
                split2(l->ops, a, b, sizeof a);
                EMIT("\t%s", body);
                EMIT("\taddq.l #2,%s", b);
            } else {
                EMIT("\t%s", body);
            }
            EMIT("\t%s", "move.w (%sp)+,%ccr");
        } else if (l->kind == K_INSN && l->mnem[0] == 'b' && l->mnem[1] && strcmp(l->mnem, "bsr") &&
                   (l->flow == F_COND || l->flow == F_JUMP) &&
                   strncmp(body, l->mnem, strlen(l->mnem)) == 0 &&
                   (body[strlen(l->mnem)] == ' ' || body[strlen(l->mnem)] == '\t')) {
            /* Branch range: GNU as gives a plain bra/bCC a 16-bit
             * displacement (and silently truncates forward ones); the j
             * forms are relaxed to bra.l/bCC.l when the target is far. */
            res->long_branches++;
            EMIT("\tj%s", body);
        } else if (l->kind == K_INSN && is_subx_carry(&f, i, keep_debug)) {
            /* subx.x %dN,%dN after a compare: LLVM means "0 or -1 from the
             * carry", but CMP/TST/BTST leave X unchanged.  Scc reads C. */
            int reg = l->ops[2] - '0';
            char size = body[5];
            res->subx_fixed++;
            EMIT("\tscs %%d%d", reg);
            if (size == 'w') EMIT("\text.w %%d%d", reg);
            else if (size == 'l') EMIT("\textb.l %%d%d", reg);
        } else if (l->kind == K_DIRECTIVE && join_file_directive(body, joined, sizeof joined)) {
            EMIT("%s", joined);
        } else if (l->kind == K_DIRECTIVE && strncmp(body, ".cfi_def_cfa_offset -", 21) == 0) {
            /* M68k frame lowering negates the CFA offset (it passes
             * -StackSize-4 where the CFA is sp+StackSize+4), so debuggers
             * would find no return address: write the offset it means. */
            EMIT("\t.cfi_def_cfa_offset %s", body + 21);
        } else {
            EMIT("%s", l->text);
        }
        if (l->kind == K_INSN && prev_insn && !strcmp(l->mnem, "suba") &&
            !strcmp(l->ops, "#4, %sp") && (!strcmp(prev_insn->mnem, "jsr") || !strcmp(prev_insn->mnem, "bsr"))) {
            /* The callee of a call with a hidden struct-return pointer
             * popped that pointer and left its return address in the slot;
             * LLVM re-adjusts sp and may reuse the slot as if it still held
             * the pointer, which the callee returns in d0: put it back. */
            res->sret_restored++;
            EMIT("\t%s", "move.l %d0,(%sp)");
        }
        if (l->kind == K_INSN) prev_insn = l;
        else if (l->kind == K_LABEL && !debug_only_label(l, keep_debug)) prev_insn = NULL;
    }
#undef EMIT
    res->nlines = outline;
    res->funcs = f.funcs;
    res->nfuncs = f.nfuncs;
    for (size_t i = 0; i < f.n; i++) {
        free(f.v[i].text); free(f.v[i].label); free(f.v[i].mnem); free(f.v[i].ops);
    }
    free(f.v);
    free(skip);
    return 0;
}
