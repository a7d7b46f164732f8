/*
 * m68k ELF relocations (SHT_RELA), applied while linking a static NeXT
 * executable.  The one table below is the whole of next-ld's knowledge of
 * relocation types: number and name from the m68k psABI as spelled in GNU
 * binutils include/elf/m68k.h (LLVM's ELFRelocs/M68k.def has the same
 * numbers), field size, whether the value is PC-relative, and how it is
 * handled.  The value is S + A for absolute forms and S + A - P for
 * PC-relative ones, with P the address of the field itself: the m68k's PC
 * during a displacement fetch is the address of the extension word, and the
 * addend GNU as / LLVM write into RELA already compensates for that, which is
 * the same rule NeXT's own ld follows (reference section 3, CCT358
 * ld/generic_reloc.c with pcrel_at_end_of_disp FALSE; DUMMY's bsr.l to _exit).
 * PLT forms resolve directly to the symbol because a static NeXT executable
 * has no PLT.  GOT, TLS and dynamic forms cannot occur in -fno-pic static code
 * and are rejected.  Every narrow field is range-checked: PC-relative 8/16
 * bits must fit signed; absolute 8/16 bits may be signed or unsigned.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "be.h"
#include "ld.h"

enum { RK_NONE, RK_ABS, RK_PC, RK_UNSUPPORTED };

typedef struct RelocType {
    const char *name;
    uint8_t size;    /* field bytes */
    uint8_t kind;
} RelocType;

/* Source: GNU binutils include/elf/m68k.h; reference section 3 for P. */
static const RelocType reloc_types[] = {
    [0] = {"R_68K_NONE", 0, RK_NONE},
    [1] = {"R_68K_32", 4, RK_ABS},
    [2] = {"R_68K_16", 2, RK_ABS},
    [3] = {"R_68K_8", 1, RK_ABS},
    [4] = {"R_68K_PC32", 4, RK_PC},
    [5] = {"R_68K_PC16", 2, RK_PC},
    [6] = {"R_68K_PC8", 1, RK_PC},
    [7] = {"R_68K_GOT32", 4, RK_UNSUPPORTED},
    [8] = {"R_68K_GOT16", 2, RK_UNSUPPORTED},
    [9] = {"R_68K_GOT8", 1, RK_UNSUPPORTED},
    [10] = {"R_68K_GOT32O", 4, RK_UNSUPPORTED},
    [11] = {"R_68K_GOT16O", 2, RK_UNSUPPORTED},
    [12] = {"R_68K_GOT8O", 1, RK_UNSUPPORTED},
    [13] = {"R_68K_PLT32", 4, RK_PC},
    [14] = {"R_68K_PLT16", 2, RK_PC},
    [15] = {"R_68K_PLT8", 1, RK_PC},
    [16] = {"R_68K_PLT32O", 4, RK_UNSUPPORTED},
    [17] = {"R_68K_PLT16O", 2, RK_UNSUPPORTED},
    [18] = {"R_68K_PLT8O", 1, RK_UNSUPPORTED},
    [19] = {"R_68K_COPY", 0, RK_UNSUPPORTED},
    [20] = {"R_68K_GLOB_DAT", 4, RK_UNSUPPORTED},
    [21] = {"R_68K_JMP_SLOT", 4, RK_UNSUPPORTED},
    [22] = {"R_68K_RELATIVE", 4, RK_UNSUPPORTED},
    [23] = {"R_68K_GNU_VTINHERIT", 0, RK_NONE},
    [24] = {"R_68K_GNU_VTENTRY", 0, RK_NONE},
    [25] = {"R_68K_TLS_GD32", 4, RK_UNSUPPORTED},
    [26] = {"R_68K_TLS_GD16", 2, RK_UNSUPPORTED},
    [27] = {"R_68K_TLS_GD8", 1, RK_UNSUPPORTED},
    [28] = {"R_68K_TLS_LDM32", 4, RK_UNSUPPORTED},
    [29] = {"R_68K_TLS_LDM16", 2, RK_UNSUPPORTED},
    [30] = {"R_68K_TLS_LDM8", 1, RK_UNSUPPORTED},
    [31] = {"R_68K_TLS_LDO32", 4, RK_UNSUPPORTED},
    [32] = {"R_68K_TLS_LDO16", 2, RK_UNSUPPORTED},
    [33] = {"R_68K_TLS_LDO8", 1, RK_UNSUPPORTED},
    [34] = {"R_68K_TLS_IE32", 4, RK_UNSUPPORTED},
    [35] = {"R_68K_TLS_IE16", 2, RK_UNSUPPORTED},
    [36] = {"R_68K_TLS_IE8", 1, RK_UNSUPPORTED},
    [37] = {"R_68K_TLS_LE32", 4, RK_UNSUPPORTED},
    [38] = {"R_68K_TLS_LE16", 2, RK_UNSUPPORTED},
    [39] = {"R_68K_TLS_LE8", 1, RK_UNSUPPORTED},
    [40] = {"R_68K_TLS_DTPMOD32", 4, RK_UNSUPPORTED},
    [41] = {"R_68K_TLS_DTPREL32", 4, RK_UNSUPPORTED},
    [42] = {"R_68K_TLS_TPREL32", 4, RK_UNSUPPORTED},
};
#define NRELOC_TYPES (sizeof reloc_types / sizeof reloc_types[0])

/* The table's entry for an ELF type, for next-ld -r (macho_obj.c): field
 * bytes, 0 for R_68K_NONE-like entries, -1 for unknown or unsupported types;
 * *pcrel says whether the value is S + A - P. */
int reloc_field_size(uint32_t type, bool *pcrel, const char **name)
{
    if (type >= NRELOC_TYPES || !reloc_types[type].name) {
        *name = NULL;
        return -1;
    }
    const RelocType *t = &reloc_types[type];
    *name = t->name;
    *pcrel = t->kind == RK_PC;
    return t->kind == RK_NONE ? 0 : t->kind == RK_UNSUPPORTED ? -1 : t->size;
}

static bool in_range(int64_t v, const RelocType *t, int64_t *lo, int64_t *hi)
{
    if (t->size == 4)
        return true;
    int bits = t->size * 8;
    *lo = -((int64_t)1 << (bits - 1));
    *hi = t->kind == RK_PC ? ((int64_t)1 << (bits - 1)) - 1 : ((int64_t)1 << bits) - 1;
    return v >= *lo && v <= *hi;
}

/* Undefined symbols are reported once each, at their first reference in
 * link order (object, section, offset), whatever the RELA tables' order. */
typedef struct Undef {
    Sym *g;
    InSec *sec;
    uint32_t off;
} Undef;
static Undef *undefs;
static size_t nundefs;

static bool before(const InSec *a, uint32_t aoff, const InSec *b, uint32_t boff)
{
    if (a->obj->order != b->obj->order)
        return a->obj->order < b->obj->order;
    if (a->idx != b->idx)
        return a->idx < b->idx;
    return aoff < boff;
}

static void note_undefined(Sym *g, InSec *s, uint32_t off)
{
    if (!g->reported) {
        g->reported = true;
        undefs = xrealloc(undefs, (nundefs + 1) * sizeof(Undef));
        undefs[nundefs++] = (Undef){g, s, off};
        return;
    }
    for (size_t i = 0; i < nundefs; i++)
        if (undefs[i].g == g && before(s, off, undefs[i].sec, undefs[i].off)) {
            undefs[i].sec = s;
            undefs[i].off = off;
        }
}

static int cmp_undef(const void *a, const void *b)
{
    const Undef *x = a, *y = b;
    if (before(x->sec, x->off, y->sec, y->off))
        return -1;
    if (before(y->sec, y->off, x->sec, x->off))
        return 1;
    return strcmp(x->g->name, y->g->name);
}

static void apply_section(InSec *s)
{
    Obj *o = s->obj;
    uint8_t *buf = outsec[s->out].buf;
    for (uint32_t r = 0; r < s->nrela; r++) {
        const uint8_t *e = s->rela + (size_t)r * 12;
        uint32_t off = be32(e), info = be32(e + 4);
        int32_t addend = (int32_t)be32(e + 8);
        uint32_t type = info & 0xff, si = info >> 8;
        if (type >= NRELOC_TYPES || !reloc_types[type].name) {
            error("%s:(%s+0x%x): unknown relocation type %u", o->name, s->name, off, type);
            continue;
        }
        const RelocType *t = &reloc_types[type];
        if (t->kind == RK_NONE)
            continue;
        if (t->kind == RK_UNSUPPORTED) {
            error("%s:(%s+0x%x): relocation %s is unsupported (static non-PIC code only)",
                  o->name, s->name, off, t->name);
            continue;
        }
        if ((uint64_t)off + t->size > s->size) {
            error("%s:(%s+0x%x): relocation %s is outside the section", o->name, s->name, off,
                  t->name);
            continue;
        }
        if (!buf) {
            error("%s:(%s+0x%x): relocation in a zero-fill section", o->name, s->name, off);
            continue;
        }
        if (si >= o->nsyms) {
            error("%s:(%s+0x%x): relocation has bad symbol index %u", o->name, s->name, off, si);
            continue;
        }
        /* SA = S + A, with merged-string targets resolved piece by piece. */
        int64_t sa;
        const char *what;
        ObjSym *y = &o->syms[si];
        if (si == 0) {
            sa = addend;
            what = "";
        } else if (y->g) {
            Sym *g = sym_final(y->g);
            what = y->g->name;
            if (g->kind == SK_UNDEF) {
                if (y->bind != 2 /* STB_WEAK */)
                    note_undefined(g, s, off);
                sa = addend;
            } else if (g->kind == SK_DEFINED && g->sec->out == OS_DROP) {
                error("%s:(%s+0x%x): relocation against '%s' defined in discarded section %s",
                      o->name, s->name, off, what, g->sec->name);
                continue;
            } else {
                sa = (int64_t)sym_addr(g) + addend;
            }
        } else if (y->shndx == SHNDX_ABS) {
            sa = (int64_t)y->value + addend;
            what = y->name;
        } else if (y->shndx == 0 || SHNDX_RESERVED(y->shndx)) {
            error("%s:(%s+0x%x): relocation against local symbol '%s' with no section", o->name,
                  s->name, off, y->name);
            continue;
        } else {
            InSec *ts = &o->secs[y->shndx];
            what = *y->name ? y->name : ts->name;
            if (ts->out == OS_DROP || !ts->live) {
                error("%s:(%s+0x%x): relocation against '%s' in discarded section %s", o->name,
                      s->name, off, what, ts->name);
                continue;
            }
            if (ts->merge)
                sa = insec_addr(ts, (uint32_t)((int64_t)y->value + addend));
            else
                sa = (int64_t)insec_addr(ts, y->value) + addend;
        }
        /* Values are taken modulo 2^32 and read as signed; absolute fields
         * additionally accept the unsigned range. */
        int64_t v;
        if (t->kind == RK_PC)
            v = (int32_t)(uint32_t)(sa - insec_addr(s, off));
        else
            v = (int32_t)(uint32_t)sa;
        int64_t lo, hi;
        if (!in_range(v, t, &lo, &hi)) {
            error("%s:(%s+0x%x): relocation %s against '%s' out of range: %lld is not in "
                  "[%lld, %lld]",
                  o->name, s->name, off, t->name, what, (long long)v, (long long)lo,
                  (long long)hi);
            continue;
        }
        uint8_t *p = buf + s->out_off + off;
        switch (t->size) {
        case 4: put_be32(p, (uint32_t)v); break;
        case 2: put_be16(p, (uint16_t)v); break;
        case 1: *p = (uint8_t)v; break;
        }
    }
}

void apply_relocs(void)
{
    for (int i = 0; i < nobjs; i++)
        for (uint32_t k = 1; k < objs[i]->nsecs; k++) {
            InSec *s = &objs[i]->secs[k];
            if (s->live && s->out != OS_DROP && s->nrela)
                apply_section(s);
        }
    if (nundefs)
        qsort(undefs, nundefs, sizeof(Undef), cmp_undef);
    for (size_t i = 0; i < nundefs; i++)
        error("undefined symbol: %s (referenced from %s:(%s+0x%x))", undefs[i].g->name,
              undefs[i].sec->obj->name, undefs[i].sec->name, undefs[i].off);
    free(undefs);
    undefs = NULL;
    nundefs = 0;
}
