/*
 * next-otool -t: disassembly of the (__TEXT,__text) section of a NeXT m68k
 * Mach-O image with capstone's M68K architecture (68040 mode for
 * CPU_SUBTYPE_MC68040, 68030 mode for the generic and 68030 subtypes;
 * reference section 1).  Symbols defined in the section (N_SECT with its
 * ordinal) become labels; a branch whose target is a symbol's address shows
 * the symbol's name instead of the address, and an absolute or pc-relative
 * memory operand naming a symbol's address gets a "| name" comment.
 * Capstone 4.0 decodes bra.l/bsr.l/Bcc.l (opcode low byte 0xff, 32-bit
 * displacement, 68020+) with the right target but a length of 2 bytes; the
 * length is corrected here so the following instructions stay in step.
 * An instruction cut off by the end of the section it decodes anyway, with
 * made-up extension words; that one is shown as a .word (cut_off()).
 * It leaves out the scale of a brief-format index ("$2(a0, d1.w)" for
 * 2(a0,d1.w*4)); " * 4" is added here, as capstone shows a full-format one.
 * It also prints the 68020 full-format extension word with a suppressed
 * index, as GNU as writes "lea sym(%pc),%a0" against a global symbol
 * (43fb 0170 <32-bit bd>), as "$bd(a16, invalid.w)"; that operand is
 * rewritten here to the absolute target "$addr(pc)" ("(bd,An)" for an
 * address register base).
 * The 68881/68040 FPU instructions (F-line, coprocessor id 1; MC68881/882
 * User's Manual section 4, M68000 PRM section 5) have more defects, all
 * fixed here from the command word w2 that follows the opcode:
 *  - FMOVE FPn,<ea> (general type, w2 class 011) is printed with the
 *    operands reversed ("fmove.d (a2), fp0" for f212 7400); for the packed
 *    format the k-factor bits are taken for an opmode ("fintrz.x").
 *  - an extended (.x) or packed (.p) memory operand of classes 010 and 011
 *    is printed as "invalid", and the extension words of its <ea> are not
 *    counted (fmove.x fp0,-8(a6) is said to be 4 bytes, not 6), so the
 *    rest of the section would be decoded out of step; an .x/.p immediate
 *    (12 bytes) likewise.  The <ea> is decoded by capstone from a copy of
 *    the instruction with the format set to .d (the <ea> and its
 *    extension words do not depend on the format), the immediate is
 *    rendered here, the length is counted here (4 + extension bytes).
 *  - a (d16,pc) or (d8,pc,Xn) <ea> of a general instruction is shown with
 *    a target 2 too low: the pc of these is the address of the first <ea>
 *    extension word, opcode + 4, not opcode + 2.
 *  - FTST gets a made-up destination ", fp0"; FSINCOS is "dc.w";
 *    every FBcc is "fbf" and every FDBcc "fdbf" (FNOP, FBF.W *+2,
 *    included); FMOVEM.L of several control registers shows only one.
 */
#include <capstone/capstone.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "be.h"
#include "macho.h"
#include "otool.h"

struct addr_sym { uint32_t value; uint32_t index; };

static const struct nx_symbol *cmp_syms;
static int cmp_addr(const void *a, const void *b)
{
    const struct addr_sym *x = a, *y = b;
    if (x->value != y->value)
        return x->value < y->value ? -1 : 1;
    /* Externals first, then by name: the first one is the preferred name. */
    int ex = cmp_syms[x->index].type & N_EXT_NX, ey = cmp_syms[y->index].type & N_EXT_NX;
    if (ex != ey)
        return ex ? -1 : 1;
    const struct nx_symbol *p = &cmp_syms[x->index], *q = &cmp_syms[y->index];
    size_t n = p->name_len < q->name_len ? p->name_len : q->name_len;
    int c = memcmp(p->name, q->name, n);
    if (c)
        return c;
    if (p->name_len != q->name_len)
        return p->name_len < q->name_len ? -1 : 1;
    return x->index < y->index ? -1 : 1;
}

/* First symbol (in cmp_addr order) at address v, or -1. */
static long find_sym(const struct addr_sym *t, size_t n, uint32_t v)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid].value < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && t[lo].value == v ? (long)lo : -1;
}

/* Replace the first "$<hex>" token equal to target in op_str by name. */
static void substitute(char *buf, size_t bufsz, const char *op_str, uint32_t target, const char *name,
                       size_t name_len)
{
    char tok[16];
    snprintf(tok, sizeof tok, "$%x", target);
    const char *p = op_str;
    while ((p = strstr(p, tok))) {
        char next = p[strlen(tok)];
        if (!((next >= '0' && next <= '9') || (next >= 'a' && next <= 'f')))
            break;
        p++;
    }
    if (!p) {
        snprintf(buf, bufsz, "%s", op_str);
        return;
    }
    snprintf(buf, bufsz, "%.*s%.*s%s", (int)(p - op_str), op_str, (int)(name_len > 200 ? 200 : name_len), name,
             p + strlen(tok));
}

/* Extern relocation entries of the section (MH_OBJECT files): the field at
 * r_address refers to symbol r_symbolnum, whose value is not in the bytes. */
struct ext_reloc { uint32_t address; uint32_t symbol; };
static int cmp_reloc(const void *a, const void *b)
{
    const struct ext_reloc *x = a, *y = b;
    return x->address != y->address ? (x->address < y->address ? -1 : 1) : 0;
}

/* First extern relocation with from <= r_address < to, or NULL. */
static const struct ext_reloc *find_reloc(const struct ext_reloc *t, size_t n, uint32_t from, uint32_t to)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid].address < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && t[lo].address < to ? &t[lo] : NULL;
}

/* Replace the first occurrence of pat in buf (of size bufsz) by rep. */
static int replace(char *buf, size_t bufsz, const char *pat, const char *rep)
{
    char *p = strstr(buf, pat);
    if (!p)
        return 0;
    char tmp[512];
    snprintf(tmp, sizeof tmp, "%.*s%s%s", (int)(p - buf), buf, rep, p + strlen(pat));
    snprintf(buf, bufsz, "%s", tmp);
    return 1;
}

/* Capstone 4.0's text for a full-format extension word with the index
 * suppressed (see the top of the file).  For a pc base, the pc is the
 * address of the extension word, found as the first of the words at +2 and
 * +4 that is a full-format extension (bit 8) with IS set (bit 6) whose base
 * displacement (bits 5-4: 2 word, 3 long) matches; returns 1 and the
 * target in *target if the operand was rewritten. */
/* Is the instruction at p longer than the left (< 22, the longest m68k
 * instruction) bytes before the end of the section?  Capstone 4.0 decodes
 * such an instruction anyway, with extension words it makes up ($aaaa), and
 * reports a length that leaves them out; a zero-padded copy gives it real
 * bytes, so its length there is the true one. */
static bool cut_off(csh h, cs_insn *insn, const uint8_t *p, size_t left)
{
    uint8_t tail[32] = { 0 };
    memcpy(tail, p, left);
    const uint8_t *tp = tail;
    size_t tl = sizeof tail;
    uint64_t a = 0;
    if (!cs_disasm_iter(h, &tp, &tl, &a, insn))
        return false;
    uint32_t size = insn->size;
    uint16_t op = be16(tail);
    if ((op & 0xf000) == 0x6000 && (op & 0xff) == 0xff)
        size = 6;   /* bra.l/bsr.l/Bcc.l, see below */
    return size > left;
}

static int fix_full_ext(char *ops, size_t opsz, const cs_m68k_op *opd, const uint8_t *code, uint32_t size,
                        uint32_t addr, uint32_t *target)
{
    char pat[64], rep[64];
    if (opd->type != M68K_OP_MEM || opd->address_mode != M68K_AM_AREGI_INDEX_BASE_DISP ||
        opd->mem.index_reg != M68K_REG_INVALID)
        return 0;
    if (opd->mem.base_reg != M68K_REG_PC) {
        replace(ops, opsz, ", invalid.w)", ")");
        return 0;
    }
    for (uint32_t p = 2; p <= 4; p += 2) {
        if (p + 4 > size)
            break;
        uint16_t ext = be16(code + p);
        uint32_t bd;
        if (!(ext & 0x100) || !(ext & 0x40) || (ext & 7))
            continue;
        if (((ext >> 4) & 3) == 2)
            bd = (uint32_t)(int32_t)(int16_t)be16(code + p + 2);
        else if (((ext >> 4) & 3) == 3 && p + 6 <= size)
            bd = be32(code + p + 2);
        else
            continue;
        if (bd != opd->mem.in_disp)
            continue;
        *target = addr + p + bd;
        snprintf(pat, sizeof pat, "$%x(a16, invalid.w)", bd);
        snprintf(rep, sizeof rep, "$%x(pc)", *target);
        return replace(ops, opsz, pat, rep);
    }
    return 0;
}

/* Capstone 4.0 leaves out the scale of a brief-format index ("(d8,An,Xn.SIZE*SCALE)",
 * scale in bits 10-9 of the extension word): the first "Xn.w)"/"Xn.l)" at or
 * after ops[from] becomes "Xn.w * scale)", as capstone writes the scale of a
 * full-format index.  Returns where to search for the next one. */
static size_t add_scale(char *ops, size_t opsz, size_t from, int index_long, int scale)
{
    char *q = from < strlen(ops) ? strstr(ops + from, index_long ? ".l)" : ".w)") : NULL;
    if (!q)
        return from;
    char tmp[512];
    size_t at = (size_t)(q - ops) + 2;
    snprintf(tmp, sizeof tmp, "%.*s * %d%s", (int)at, ops, scale, ops + at);
    snprintf(ops, opsz, "%s", tmp);
    return at + 5;
}

/* FPU condition predicates of FBcc/FDBcc (6 bits; 0x20-0x3f are reserved),
 * MC68881/882 User's Manual table 4-8 / M68000 PRM table 3-23. */
static const char *const fpcc_name[32] = {
    "f", "eq", "ogt", "oge", "olt", "ole", "ogl", "or", "un", "ueq", "ugt", "uge", "ult", "ule", "ne", "t",
    "sf", "seq", "gt", "ge", "lt", "le", "gl", "gle", "ngle", "ngl", "nle", "nlt", "nge", "ngt", "sne", "st",
};

/* FPU data formats of the command word's source/destination specifier
 * (bits 12-10): long, single, extended, packed (static k-factor), word,
 * double, byte, packed (dynamic k-factor; stores only), and the bytes an
 * immediate of each takes (a byte immediate fills a word). */
static const char fmt_letter[8] = { 'l', 's', 'x', 'p', 'w', 'd', 'b', 'p' };
static const uint8_t fmt_imm_bytes[8] = { 4, 4, 12, 12, 2, 8, 2, 12 };

/* What print_disassembly still has to do to capstone's operand text of an
 * FPU general instruction whose <ea> was decoded from a patched copy. */
struct fpu_fix {
    int active;
    int store;          /* class 011: "fpN, <ea>" */
    int tst;            /* FTST: only the source */
    int sincos;         /* FSINCOS: destination "fpC:fpS" */
    int fpc, fps;
    int pc_rel;         /* (d16,pc)/(d8,pc,Xn): move the shown target up by 2 */
    uint32_t pc_shown;  /* the target capstone printed */
    char imm[96];       /* rendered .x/.p immediate, or "" */
    char kfactor[16];   /* "{#k}" / "{dN}" of a packed store, or "" */
};

/* Value of a 96-bit extended-precision immediate: sign and 15-bit biased
 * exponent, a zero word, a 64-bit mantissa with an explicit integer bit. */
static void render_ext(char *buf, size_t bufsz, const uint8_t *b)
{
    unsigned sign = b[0] >> 7, exp = be16(b) & 0x7fff;
    uint64_t m = (uint64_t)be32(b + 4) << 32 | be32(b + 8);
    long double v;
    if (exp == 0x7fff) {
        snprintf(buf, bufsz, "#%s%s", sign ? "-" : "", (m << 1) ? "nan" : "inf");
        return;
    }
    v = (long double)m;                               /* times 2^(exp - 16383 - 63) */
    for (int e = (int)exp - 16383 - 63; e; ) {
        int k = e > 60 ? 60 : e < -60 ? -60 : e;
        v *= k > 0 ? (long double)(1ull << k) : 1.0L / (long double)(1ull << -k);
        e -= k;
    }
    snprintf(buf, bufsz, v < 1e15L ? "#%s%Lf" : "#%s%Le", sign ? "-" : "", v);
}

/* Value of a 96-bit packed-decimal immediate: sign of mantissa and of
 * exponent, 3 BCD exponent digits, 1 integer and 16 fraction BCD digits;
 * shown like an extended one, or as raw hex if a digit is not decimal. */
static void render_packed(char *buf, size_t bufsz, const uint8_t *b)
{
    uint32_t w0 = be32(b), w1 = be32(b + 4), w2 = be32(b + 8);
    char dec[64];
    int ok = (w0 & 0xf) <= 9;
    for (int k = 0; k < 3; k++)
        ok &= ((w0 >> (16 + 4 * k)) & 0xf) <= 9;
    for (int k = 0; k < 8; k++)
        ok &= ((w1 >> (4 * k)) & 0xf) <= 9 && ((w2 >> (4 * k)) & 0xf) <= 9;
    if (!ok || (w0 & 0x7fff0000) == 0x7fff0000) {
        snprintf(buf, bufsz, "#$%08x%08x%08x", w0, w1, w2);
        return;
    }
    snprintf(dec, sizeof dec, "%s%x.%08x%08xe%s%03x", w0 >> 31 ? "-" : "", w0 & 0xf, w1, w2,
             (w0 >> 30 & 1) ? "-" : "", (w0 >> 16) & 0xfff);
    long double v = strtold(dec, NULL);
    snprintf(buf, bufsz, (v < 0 ? -v : v) < 1e15L ? "#%Lf" : "#%Le", v);
}

/* FPU general instruction (opcode 1111 001 000 <ea>, command word w2) of
 * class 010 (<ea> to FPn) or 011 (FPn to <ea>) with a valid <ea> for its
 * format: re-decodes a copy whose format is .d (.l for an immediate),
 * whose opmode is FMOVE for a store or FSINCOS, into insn, and sets the
 * mnemonic, the length and *f.  Returns 0 if the instruction is not one of
 * these (capstone's decoding stays), -1 if it does not fit in the left bytes. */
static int fpu_general(csh h, cs_insn *insn, const uint8_t *code, size_t left, uint32_t addr, char *mnem,
                       size_t mnsz, uint32_t *size, struct fpu_fix *f)
{
    uint16_t op = be16(code), w2 = be16(code + 2);
    unsigned cls = w2 >> 13, fmt = (w2 >> 10) & 7, mode = (op >> 3) & 7, reg = op & 7, opmode = w2 & 0x7f;
    int memfmt = fmt == 2 || fmt == 3 || fmt == 7;   /* .x, .p: never in a data register */
    int imm = mode == 7 && reg == 4;
    if (cls != 2 && cls != 3)
        return 0;
    if (cls == 2 && fmt == 7)
        return 0;                                     /* FMOVECR */
    if (mode == 1 || (mode == 0 && (memfmt || fmt == 5)) || (mode == 7 && reg > (cls == 2 ? 4u : 1u)))
        return 0;                                     /* no such <ea> */
    int ext;                                          /* <ea> extension bytes, -1: indexed */
    switch (mode) {
    case 5: ext = 2; break;
    case 6: ext = -1; break;
    case 7: ext = reg == 0 || reg == 2 ? 2 : reg == 1 ? 4 : reg == 3 ? -1 : fmt_imm_bytes[fmt]; break;
    default: ext = 0;
    }
    if (ext >= 0 && 4 + (size_t)ext > left)
        return -1;

    uint16_t p2 = w2;
    if (memfmt)
        p2 = (uint16_t)((p2 & ~(7u << 10)) | (imm ? 0u : 5u) << 10);
    if (cls == 3 || (opmode >= 0x30 && opmode <= 0x37))
        p2 &= (uint16_t)~0x7fu;
    uint8_t copy[24] = { 0 };
    size_t n = left < sizeof copy ? left : sizeof copy;
    memcpy(copy, code, n);
    copy[2] = (uint8_t)(p2 >> 8);
    copy[3] = (uint8_t)p2;
    if (imm && memfmt) {
        n = 8;                                        /* the copy's .l immediate: 4 bytes */
        render_ext(f->imm, sizeof f->imm, code + 4);
        if (fmt != 2)
            render_packed(f->imm, sizeof f->imm, code + 4);
    }
    const uint8_t *cp = copy;
    uint64_t a64 = addr;
    if (!cs_disasm_iter(h, &cp, &n, &a64, insn))
        return 0;
    if (ext < 0) {
        if (insn->size > left)
            return -1;
        *size = insn->size;
    } else {
        *size = 4 + (uint32_t)ext;
    }
    f->active = 1;
    f->store = cls == 3;
    f->tst = cls == 2 && opmode == 0x3a;
    f->sincos = cls == 2 && opmode >= 0x30 && opmode <= 0x37;
    f->fpc = opmode & 7;
    f->fps = (w2 >> 7) & 7;
    if (cls == 3 && fmt == 3)
        snprintf(f->kfactor, sizeof f->kfactor, "{#%d}", (int)(opmode & 0x40 ? (int)opmode - 0x80 : (int)opmode));
    else if (cls == 3 && fmt == 7)
        snprintf(f->kfactor, sizeof f->kfactor, "{d%u}", (opmode >> 4) & 7);
    cs_m68k *m = &insn->detail->m68k;
    for (int j = 0; j < m->op_count && j < 8; j++) {
        cs_m68k_op *o = &m->operands[j];
        /* capstone types a .s/.d memory <ea> as a float immediate */
        if ((o->type == M68K_OP_FP_SINGLE || o->type == M68K_OP_FP_DOUBLE) &&
            o->address_mode != M68K_AM_NONE && o->address_mode != M68K_AM_IMMEDIATE)
            o->type = M68K_OP_MEM;
        if (o->type == M68K_OP_MEM &&
            (o->address_mode == M68K_AM_PCI_DISP || o->address_mode == M68K_AM_PCI_INDEX_8_BIT_DISP)) {
            f->pc_rel = 1;
            f->pc_shown = addr + 2 + (uint32_t)(int32_t)o->mem.disp;
        }
    }
    if (cls == 3)
        snprintf(mnem, mnsz, "fmove.%c", fmt_letter[fmt]);
    else if (f->sincos)
        snprintf(mnem, mnsz, "fsincos.%c", fmt_letter[fmt]);
    else {
        char *dot = strrchr(insn->mnemonic, '.');
        snprintf(mnem, mnsz, "%.*s.%c", dot ? (int)(dot - insn->mnemonic) : 24, insn->mnemonic, fmt_letter[fmt]);
    }
    return 1;
}

/* Apply *f to the operand text "<ea>, fpN" capstone printed for the copy. */
static void fpu_finish(char *ops, size_t opsz, const struct fpu_fix *f)
{
    char ea[256], last[32], pat[32], rep[32];
    if (f->pc_rel) {
        snprintf(pat, sizeof pat, "$%x(pc", f->pc_shown);
        snprintf(rep, sizeof rep, "$%x(pc", f->pc_shown + 2);
        replace(ops, opsz, pat, rep);
    }
    char *sep = NULL;
    for (char *q = strstr(ops, ", "); q; q = strstr(q + 1, ", "))
        sep = q;
    if (!sep)
        return;
    snprintf(ea, sizeof ea, "%.*s", (int)(sep - ops) < 255 ? (int)(sep - ops) : 255, ops);
    snprintf(last, sizeof last, "%.31s", sep + 2);
    if (f->imm[0])
        snprintf(ea, sizeof ea, "%.95s", f->imm);
    if (f->store)
        snprintf(ops, opsz, "%s, %s%s", last, ea, f->kfactor);
    else if (f->tst)
        snprintf(ops, opsz, "%s", ea);
    else if (f->sincos)
        snprintf(ops, opsz, "%s, fp%d:fp%d", ea, f->fpc, f->fps);
    else
        snprintf(ops, opsz, "%s, %s", ea, last);
}

/* The other FPU defects (top of the file) that need no re-decoding: FTST
 * and FSINCOS between registers, the FBcc/FDBcc conditions, FNOP, and the
 * register list of FMOVEM.L of control registers. */
static void fpu_other(const uint8_t *code, size_t left, char *mnem, size_t mnsz, char *ops, size_t opsz)
{
    uint16_t op = be16(code), w2 = left >= 4 ? be16(code + 2) : 0;
    if ((op & 0xff80) == 0xf280 && (op & 0x3f) < 32 && !strncmp(mnem, "fb", 2)) {
        if (op == 0xf280 && w2 == 0) {
            snprintf(mnem, mnsz, "fnop");
            ops[0] = 0;
        } else {
            snprintf(mnem, mnsz, "fb%s.%c", fpcc_name[op & 0x3f], op & 0x40 ? 'l' : 'w');
        }
        return;
    }
    if (left < 4)
        return;
    if ((op & 0xfff8) == 0xf248 && (w2 & 0xffc0) == 0 && (w2 & 0x3f) < 32 && !strncmp(mnem, "fdb", 3)) {
        snprintf(mnem, mnsz, "fdb%s", fpcc_name[w2 & 0x3f]);
        return;
    }
    if ((op & 0xffc0) != 0xf200)
        return;
    unsigned cls = w2 >> 13, opmode = w2 & 0x7f;
    if (cls == 0 && opmode == 0x3a) {                 /* ftst fpN */
        char *c = strstr(ops, ", ");
        if (c)
            *c = 0;
    } else if (cls == 0 && opmode >= 0x30 && opmode <= 0x37) {
        snprintf(mnem, mnsz, "fsincos");
        snprintf(ops, opsz, "fp%u, fp%u:fp%u", (w2 >> 10) & 7, opmode & 7, (w2 >> 7) & 7);
    } else if ((cls == 4 || cls == 5) && (w2 & 0x3ff) == 0 && (op & 0x38) >= 0x10 && (op & 0x3f) != 0x3c &&
               (((w2 >> 10) & 7) & (((w2 >> 10) & 7) - 1))) {
        /* several of FPCR (bit 12), FPSR (11), FPIAR (10); capstone names one */
        char list[32] = "";
        static const char *const name[3] = { "fpiar", "fpsr", "fpcr" };
        for (int b = 2; b >= 0; b--)
            if (w2 >> (10 + b) & 1)
                snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", list[0] ? "/" : "", name[b]);
        for (int b = 0; b < 3; b++) {
            if (replace(ops, opsz, name[b], list))
                break;
        }
        snprintf(mnem, mnsz, "fmovem.l");
    }
}

int print_disassembly(const struct nx_image *im)
{
    FILE *o = im->out;
    uint32_t ordinal = 0;
    const struct nx_section *x = img_find_section(im, "__TEXT", "__text", &ordinal);
    fprintf(o, "(__TEXT,__text) section\n");
    if (!x || (x->flags & SECTION_TYPE_NX) == S_ZEROFILL_NX)
        return 0;

    /* Symbols with an address: labels (this section) and branch targets (any). */
    struct addr_sym *all = calloc(im->nsyms ? im->nsyms : 1, sizeof *all);
    if (!all)
        return 1;
    size_t nall = 0;
    for (uint32_t k = 0; k < im->nsyms; k++) {
        const struct nx_symbol *s = &im->syms[k];
        if (s->type & N_STAB_NX || !s->name_len)
            continue;
        if ((s->type & N_TYPE_NX) == N_SECT_NX || (s->type & N_TYPE_NX) == N_ABS_NX)
            all[nall++] = (struct addr_sym){ s->value, k };
    }
    cmp_syms = im->syms;
    qsort(all, nall, sizeof *all, cmp_addr);

    struct ext_reloc *rel = calloc(x->nreloc ? x->nreloc : 1, sizeof *rel);
    size_t nrel = 0;
    if (!rel) {
        free(all);
        return 1;
    }
    for (uint32_t r = 0; r < x->nreloc; r++) {
        const uint8_t *e = im->d + x->reloff + (size_t)r * RELOCATION_INFO_SIZE_NX;
        uint32_t w0 = be32(e), w1 = be32(e + 4);
        if (!(w0 & R_SCATTERED_NX) && (w1 >> 4 & 1))   /* plain, r_extern (validated symbol number) */
            rel[nrel++] = (struct ext_reloc){ w0, w1 >> 8 };
    }
    qsort(rel, nrel, sizeof *rel, cmp_reloc);

    csh h;
    cs_mode mode = CS_MODE_BIG_ENDIAN |
                   (im->cpusubtype == CPU_SUBTYPE_MC68040_NX ? CS_MODE_M68K_040 : CS_MODE_M68K_030);
    if (cs_open(CS_ARCH_M68K, mode, &h) != CS_ERR_OK) {
        free(all);
        free(rel);
        if (im->err)
            fprintf(im->err, "next-otool: error: %s: capstone cannot open the M68K disassembler\n", im->name);
        return 1;
    }
    cs_option(h, CS_OPT_DETAIL, CS_OPT_ON);
    cs_insn *insn = cs_malloc(h);
    if (!insn) {
        cs_close(&h);
        free(all);
        free(rel);
        return 1;
    }
    const uint8_t *code = im->d + x->offset;
    uint32_t off = 0;
    while (off < x->size) {
        uint32_t addr = x->addr + off;
        /* Labels: every symbol of this section at this address. */
        for (long i = find_sym(all, nall, addr); i >= 0 && (size_t)i < nall && all[i].value == addr; i++) {
            const struct nx_symbol *s = &im->syms[all[i].index];
            if ((s->type & N_TYPE_NX) == N_SECT_NX && s->sect == ordinal) {
                fwrite(s->name, 1, s->name_len, o);
                fprintf(o, ":\n");
            }
        }
        const uint8_t *p = code + off;
        size_t left = x->size - off;
        uint64_t a64 = addr;
        if (left < 2) {
            fprintf(o, "%08x\t.byte\t0x%02x\n", addr, p[0]);
            break;
        }
        if (left < 22 && cut_off(h, insn, p, left)) {
            fprintf(o, "%08x\t.word\t0x%04x\n", addr, be16(code + off));
            off += 2;
            continue;
        }
        if (!cs_disasm_iter(h, &p, &left, &a64, insn)) {
            fprintf(o, "%08x\t.word\t0x%04x\n", addr, be16(code + off));
            off += 2;
            continue;
        }
        uint32_t size = insn->size;
        uint16_t op = be16(code + off);
        if ((op & 0xf000) == 0x6000 && (op & 0xff) == 0xff && size < 6 && x->size - off >= 6)
            size = 6;   /* capstone 4.0: bra.l/bsr.l/Bcc.l are 6 bytes */
        char mnem[32];
        snprintf(mnem, sizeof mnem, "%s", insn->mnemonic);
        struct fpu_fix ff = { 0 };
        if ((op & 0xffc0) == 0xf200 && x->size - off >= 4 &&
            fpu_general(h, insn, code + off, x->size - off, addr, mnem, sizeof mnem, &size, &ff) < 0) {
            fprintf(o, "%08x\t.word\t0x%04x\n", addr, op);
            off += 2;
            continue;
        }
        char ops[512];
        snprintf(ops, sizeof ops, "%s", insn->op_str);
        if (!ff.active)
            fpu_other(code + off, x->size - off, mnem, sizeof mnem, ops, sizeof ops);
        const char *comment = NULL;
        size_t comment_len = 0;
        cs_m68k *m = &insn->detail->m68k;
        const struct ext_reloc *er = find_reloc(rel, nrel, off + 1, off + size);
        size_t scan = 0;   /* add_scale: where the next operand's text starts */
        for (int j = 0; j < m->op_count && j < 8; j++) {
            cs_m68k_op *opd = &m->operands[j];
            if (opd->type == M68K_OP_BR_DISP) {
                uint32_t target = addr + 2 + (uint32_t)opd->br_disp.disp;
                long si = find_sym(all, nall, target);
                const struct nx_symbol *s = er ? &im->syms[er->symbol] : si >= 0 ? &im->syms[all[si].index] : NULL;
                if (s && s->name_len) {
                    char tmp[512];
                    substitute(tmp, sizeof tmp, ops, target, s->name, s->name_len);
                    memcpy(ops, tmp, sizeof ops);
                    er = NULL;
                }
            } else if (opd->type == M68K_OP_MEM) {
                uint32_t v = 0;
                if ((opd->address_mode == M68K_AM_AREGI_INDEX_8_BIT_DISP ||
                     opd->address_mode == M68K_AM_PCI_INDEX_8_BIT_DISP) && opd->mem.scale > 1)
                    scan = add_scale(ops, sizeof ops, scan, opd->mem.index_size, opd->mem.scale);
                int fixed = fix_full_ext(ops, sizeof ops, opd, code + off, size, addr, &v);
                if (comment)
                    continue;
                if (fixed)
                    ; /* v = the pc-relative target */
                else if (opd->address_mode == M68K_AM_ABSOLUTE_DATA_LONG ||
                    opd->address_mode == M68K_AM_ABSOLUTE_DATA_SHORT)
                    v = opd->imm;
                else if (opd->address_mode == M68K_AM_PCI_DISP)   /* FPU: pc = opcode + 4 */
                    v = addr + (ff.active ? 4 : 2) + (uint32_t)(int32_t)opd->mem.disp;
                else
                    continue;
                long si = find_sym(all, nall, v);
                if (si >= 0) {
                    comment = im->syms[all[si].index].name;
                    comment_len = im->syms[all[si].index].name_len;
                }
            }
        }
        if (er && !comment && im->syms[er->symbol].name_len) {   /* a reference the relocation entry resolves */
            comment = im->syms[er->symbol].name;
            comment_len = im->syms[er->symbol].name_len;
        }
        if (ff.active)
            fpu_finish(ops, sizeof ops, &ff);
        fprintf(o, "%08x\t%s%s%s", addr, mnem, ops[0] ? "\t" : "", ops);
        if (comment) {
            fprintf(o, "\t| ");
            fwrite(comment, 1, comment_len, o);
        }
        fprintf(o, "\n");
        off += size;
    }
    cs_free(insn, 1);
    cs_close(&h);
    free(all);
    free(rel);
    return 0;
}
