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
 * It also prints the 68020 full-format extension word with a suppressed
 * index, as GNU as writes "lea sym(%pc),%a0" against a global symbol
 * (43fb 0170 <32-bit bd>), as "$bd(a16, invalid.w)"; that operand is
 * rewritten here to the absolute target "$addr(pc)" ("(bd,An)" for an
 * address register base).
 */
#include <capstone/capstone.h>
#include <inttypes.h>
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
        if (!cs_disasm_iter(h, &p, &left, &a64, insn)) {
            fprintf(o, "%08x\t.word\t0x%04x\n", addr, be16(code + off));
            off += 2;
            continue;
        }
        uint32_t size = insn->size;
        uint16_t op = be16(code + off);
        if ((op & 0xf000) == 0x6000 && (op & 0xff) == 0xff && size < 6 && x->size - off >= 6)
            size = 6;   /* capstone 4.0: bra.l/bsr.l/Bcc.l are 6 bytes */
        char ops[512];
        snprintf(ops, sizeof ops, "%s", insn->op_str);
        const char *comment = NULL;
        size_t comment_len = 0;
        cs_m68k *m = &insn->detail->m68k;
        const struct ext_reloc *er = find_reloc(rel, nrel, off + 1, off + size);
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
                int fixed = fix_full_ext(ops, sizeof ops, opd, code + off, size, addr, &v);
                if (comment)
                    continue;
                if (fixed)
                    ; /* v = the pc-relative target */
                else if (opd->address_mode == M68K_AM_ABSOLUTE_DATA_LONG ||
                    opd->address_mode == M68K_AM_ABSOLUTE_DATA_SHORT)
                    v = opd->imm;
                else if (opd->address_mode == M68K_AM_PCI_DISP)
                    v = addr + 2 + (uint32_t)(int32_t)opd->mem.disp;
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
        fprintf(o, "%08x\t%s%s%s", addr, insn->mnemonic, ops[0] ? "\t" : "", ops);
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
