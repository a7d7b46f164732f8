/*
 * next-ld -r: ELF relocatable objects (and archives, e.g. a Rust staticlib)
 * combined into one NeXTSTEP 3.3 m68k MH_OBJECT, the file NeXT's assembler
 * writes and NeXT's cc and ld read, so that Rust code can be linked on a NeXT
 * machine.  The object has one unnamed LC_SEGMENT holding every section laid
 * out from address 0 without padding beyond alignment (reference section 1),
 * then LC_SYMTAB; after the section contents come each section's relocation
 * entries (in address order), the nlist symbol table (local symbols, then defined external ones
 * in name order, then undefined and common ones in name order) and the string
 * table.  The input sections are mapped onto the NeXT sections exactly as for
 * an executable (layout.c: __TEXT,__text, __cstring, __const, __DATA,__data,
 * __bss); COMMON symbols stay common (N_UNDF|N_EXT with n_value = size).
 *
 * Each ELF RELA entry becomes NeXT relocation entries following reference
 * section 3 (CCT358 as/write_object.c, ld/generic_reloc.c); the table
 * `forms` below says which.  The field keeps what NeXT's as would leave in
 * it, computed in the object's own address space: S + A for absolute fields
 * and S + A - P for pc-relative ones, with S = 0 for an undefined (extern)
 * symbol and P the address of the field itself (m68k: pc = the displacement's
 * address, generic_reloc with pcrel_at_end_of_disp FALSE).  NeXT's ld then
 * adds the symbol's value (extern) or the sections' slides (local).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "be.h"
#include "macho.h"
#include "ld.h"

#define STB_LOCAL 0
#define STB_WEAK 2
#define STT_SECTION 3
#define STT_FILE 4

bool opt_relocatable, opt_archive, opt_ns32;

/*
 * The NeXT relocation forms -r writes, one row per kind of ELF reference
 * (source: reference section 3; CCT358 reloc.h, as/write_object.c,
 * ld/generic_reloc.c, ld/notes for what NeXTSTEP 3.2 accepts).
 */
enum { F_NONE, F_EXTERN, F_LOCAL, F_SCATTERED, F_SECTDIFF, F_ABS_PCREL };
static const struct {
    const char *what;
    bool ns32;          /* accepted by NeXTSTEP 3.2's ld */
} forms[] = {
    /* absolute reference to an absolute value: nothing to relocate */
    [F_NONE] = {"no entry, field = value", true},
    /* undefined or common symbol: r_extern=1, r_symbolnum = symbol index;
     * field = A (absolute) or A - P (pc-relative) */
    [F_EXTERN] = {"VANILLA, r_extern=1", true},
    /* defined symbol: r_extern=0, r_symbolnum = section ordinal of the
     * target; field = S + A or S + A - P */
    [F_LOCAL] = {"VANILLA, r_extern=0", true},
    /* defined symbol with S + A outside S's section: scattered VANILLA,
     * r_value = S (so ld finds the right section); field as F_LOCAL.
     * With -NEXTSTEP-deployment-target 3.2 a plain F_LOCAL entry is written
     * instead (r_symbolnum still names the section, so it stays correct). */
    [F_SCATTERED] = {"scattered VANILLA", false},
    /* pc-relative reference from a data section (a label difference such as
     * `.long L - .`, jump tables): scattered SECTDIFF with r_value = S,
     * followed by a scattered PAIR with r_address 0 and r_value = P (the
     * field's own address, which lies in the relocated section); field =
     * S + A - P.  3.2: a pc-relative F_LOCAL entry, which ld treats the same. */
    [F_SECTDIFF] = {"SECTDIFF + PAIR", false},
    /* pc-relative reference to an absolute value: r_extern=0, r_symbolnum
     * = R_ABS; field = value - P */
    [F_ABS_PCREL] = {"VANILLA, r_symbolnum=R_ABS", true},
};



/* ---- external symbol indices ---- */

typedef struct SymIdx {
    const Sym *g;
    uint32_t idx;
} SymIdx;
static SymIdx *symidx;
static size_t nsymidx;

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const SymIdx *)a)->g, y = (uintptr_t)((const SymIdx *)b)->g;
    return x < y ? -1 : x > y;
}

static bool sym_index(const Sym *g, uint32_t *idx)
{
    SymIdx key = {g, 0};
    SymIdx *e = bsearch(&key, symidx, nsymidx, sizeof(SymIdx), cmp_ptr);
    if (!e)
        return false;
    *idx = e->idx;
    return true;
}

/* The NeXT section an input section's symbols and references land in. */
static int out_of(const InSec *s)
{
    return s->merge ? OS_CSTRING : s->out;
}


/* Global symbols named by relocations of kept sections (for -u: undefined
 * symbols only the collected sections referred to are left out). */
static const Sym **refs;
static size_t nrefs;

static int cmp_sym_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(const Sym *const *)a, y = (uintptr_t)*(const Sym *const *)b;
    return x < y ? -1 : x > y;
}

static void collect_refs(void)
{
    size_t cap = 0;
    for (int i = 0; i < nobjs; i++)
        for (uint32_t k = 1; k < objs[i]->nsecs; k++) {
            InSec *s = &objs[i]->secs[k];
            if (!s->live || s->out == OS_DROP)
                continue;
            for (uint32_t r = 0; r < s->nrela; r++) {
                uint32_t si = be32(s->rela + (size_t)r * 12 + 4) >> 8;
                if (si == 0 || si >= objs[i]->nsyms || !objs[i]->syms[si].g)
                    continue;
                if (nrefs == cap) {
                    cap = cap ? cap * 2 : 256;
                    refs = xrealloc(refs, cap * sizeof *refs);
                }
                refs[nrefs++] = objs[i]->syms[si].g;
            }
        }
    if (nrefs)
        qsort(refs, nrefs, sizeof *refs, cmp_sym_ptr);
}

static bool referenced(const Sym *g)
{
    return nrefs && bsearch(&g, refs, nrefs, sizeof *refs, cmp_sym_ptr);
}

/* --export SYM: the external symbols of the output (and gc roots). */
static char **exports;
static int nexports;

void add_export(const char *name)
{
    exports = xrealloc(exports, (size_t)(nexports + 1) * sizeof(char *));
    exports[nexports++] = xstrdup(name);
}

/* Is g one of the external symbols of the output?  All are, unless
 * --export names the ones to keep. */
static bool exported(const Sym *g)
{
    if (!nexports)
        return true;
    for (int i = 0; i < nexports; i++)
        if (strcmp(exports[i], g->name) == 0)
            return true;
    return false;
}

/* The symbol table in NeXT as's order; also fills symidx for extern entries. */
static uint32_t build_symtab(Buf *sym, Buf *str)
{
    uint32_t n = 0;
    buf_put(str, "", 1); /* n_strx 0 is the empty name */
    /* Local symbols, by object, as next-ld lists them in executables. */
    n += put_local_syms(sym, str);
    int ng;
    Sym **v = all_syms(&ng); /* name order */
    symidx = xcalloc((size_t)ng + 1, sizeof(SymIdx));
    nsymidx = 0;
    /* Defined external symbols, then undefined and common ones. */
    /* Pass 0: with --export, defined symbols not exported become local (the
     * references to them are local entries already), so that a Rust
     * staticlib's internals (core, compiler_builtins' sqrt, memcpy ...) cannot
     * clash with NeXT's libraries.  Pass 1: exported defined symbols.
     * Pass 2: undefined and common ones. */
    for (int pass = 0; pass < 3; pass++) {
        for (int i = 0; i < ng; i++) {
            Sym *g = v[i];
            const Sym *t = sym_final(g);
            bool defined = t->kind == SK_DEFINED || t->kind == SK_ABS;
            if (defined != (pass < 2) || (defined && exported(g) != (pass == 1)))
                continue;
            uint8_t ext = pass == 0 ? 0 : N_EXT_NX;
            if (g->alias && t->kind == SK_DEFINED) {
                error("--defsym %s=%s is not supported with -r", g->name, t->name);
                continue;
            }
            if (!defined && config.gc && !referenced(g))
                continue; /* only referenced from collected sections */
            if (t->kind == SK_ABS) {
                nlist_put(sym, str, g->name, N_ABS_NX | ext, NO_SECT_NX, sym_addr(g));
            } else if (t->kind == SK_DEFINED) {
                if (!t->sec->live || t->sec->out == OS_DROP)
                    continue;
                nlist_put(sym, str, g->name, N_SECT_NX | ext,
                      (uint8_t)outsec[t->sec->out].ordinal, sym_addr(t));
            } else if (t->kind == SK_COMMON) {
                /* CCT358 nlist.h: a common symbol is N_UNDF|N_EXT, n_value = size. */
                nlist_put(sym, str, g->name, N_UNDF_NX | N_EXT_NX, NO_SECT_NX, t->size);
            } else {
                nlist_put(sym, str, g->name, N_UNDF_NX | N_EXT_NX, NO_SECT_NX, 0);
            }
            symidx[nsymidx++] = (SymIdx){g, n};
            n++;
        }
    }
    free(v);
    qsort(symidx, nsymidx, sizeof(SymIdx), cmp_ptr);
    while (str->n % 4)
        buf_put(str, "", 1);
    return n;
}

/* ---- relocations ---- */

static Buf rel[OS_NUM];
static uint32_t nrel[OS_NUM];
static int nforms[F_ABS_PCREL + 1];

static void plain(int os, uint32_t addr, uint32_t symnum, bool pcrel, int len, bool ext,
                  uint32_t type)
{
    buf_word(&rel[os], addr);
    buf_word(&rel[os], symnum << 8 | (uint32_t)pcrel << 7 | (uint32_t)len << 5 |
                           (uint32_t)ext << 4 | type);
    nrel[os]++;
}

static void scattered(int os, uint32_t addr, bool pcrel, int len, uint32_t type, uint32_t value)
{
    buf_word(&rel[os], R_SCATTERED_NX | (uint32_t)pcrel << 30 | (uint32_t)len << 28 |
                           type << 24 | (addr & R_SCATTERED_MAX_ADDRESS_NX));
    buf_word(&rel[os], value);
    nrel[os]++;
}

/* Entries in address order, whatever the order of the ELF RELA tables, so
 * that the output does not depend on how the assembler ordered them; a
 * SECTDIFF and its PAIR move as one unit. */
typedef struct RelUnit {
    uint32_t addr, at, n; /* r_address, first entry, entries */
} RelUnit;

static int cmp_unit(const void *a, const void *b)
{
    const RelUnit *x = a, *y = b;
    if (x->addr != y->addr)
        return x->addr < y->addr ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

static void sort_relocs(int k)
{
    uint32_t n = nrel[k];
    const uint8_t *e = rel[k].p;
    RelUnit *u = xcalloc(n ? n : 1, sizeof(RelUnit));
    uint32_t nu = 0;
    for (uint32_t i = 0; i < n; nu++) {
        uint32_t w0 = be32(e + (size_t)i * 8);
        bool scat = w0 & R_SCATTERED_NX;
        u[nu].addr = scat ? w0 & R_SCATTERED_MAX_ADDRESS_NX : w0;
        u[nu].at = i;
        u[nu].n = scat && ((w0 >> 24) & 0xf) == GENERIC_RELOC_SECTDIFF_NX && i + 1 < n ? 2 : 1;
        i += u[nu].n;
    }
    qsort(u, nu, sizeof(RelUnit), cmp_unit);
    uint8_t *out = xmalloc(rel[k].n ? rel[k].n : 1);
    size_t o = 0;
    for (uint32_t j = 0; j < nu; j++) {
        memcpy(out + o, e + (size_t)u[j].at * 8, (size_t)u[j].n * 8);
        o += (size_t)u[j].n * 8;
    }
    free(rel[k].p);
    rel[k].p = out;
    free(u);
}

/* Which output section holds .o address a (zero-fill included)? */
static int section_of(uint32_t a)
{
    for (int k = 0; k < OS_NUM; k++)
        if (outsec[k].ordinal && a >= outsec[k].addr && a - outsec[k].addr < outsec[k].size)
            return k;
    return -1;
}

static void convert_section(InSec *s)
{
    Obj *o = s->obj;
    int os = s->out;
    uint8_t *buf = outsec[os].buf;
    for (uint32_t r = 0; r < s->nrela; r++) {
        const uint8_t *e = s->rela + (size_t)r * 12;
        uint32_t off = be32(e), info = be32(e + 4);
        int32_t addend = (int32_t)be32(e + 8);
        uint32_t type = info & 0xff, si = info >> 8;
        bool pcrel = false;
        const char *tname;
        int size = reloc_field_size(type, &pcrel, &tname);
        if (size == 0)
            continue;
        if (size < 0) {
            if (!tname)
                error("%s:(%s+0x%x): unknown relocation type %u", o->name, s->name, off, type);
            else
                error("%s:(%s+0x%x): relocation %s is unsupported (static non-PIC code only)",
                      o->name, s->name, off, tname);
            continue;
        }
        if ((uint64_t)off + (uint32_t)size > s->size) {
            error("%s:(%s+0x%x): relocation %s is outside the section", o->name, s->name, off,
                  tname);
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
        int len = size == 1 ? 0 : size == 2 ? 1 : 2;
        uint32_t P = insec_addr(s, off);
        uint32_t raddr = P - outsec[os].addr;
        if (raddr > R_SCATTERED_MAX_ADDRESS_NX) {
            error("%s:(%s+0x%x): relocation at offset 0x%x of %s,%s: sections of 16 MB and "
                  "more cannot carry NeXT relocation entries",
                  o->name, s->name, off, raddr, outsec[os].seg, outsec[os].sect);
            continue;
        }
        /* Classify the target: T = symbol address in the .o, VA = T + A. */
        int form, tsec = -1;  /* tsec: the target's NeXT section, for F_LOCAL */
        int64_t T = 0, VA;
        uint32_t extidx = 0;
        const char *what = "";
        ObjSym *y = &o->syms[si];
        if (si == 0) {
            form = pcrel ? F_ABS_PCREL : F_NONE;
            VA = addend;
        } else if (y->g) {
            const Sym *g = sym_final(y->g);
            what = y->g->name;
            if (g->kind == SK_UNDEF || g->kind == SK_COMMON) {
                if (!sym_index(y->g, &extidx)) {
                    error("%s:(%s+0x%x): internal error: no symbol index for '%s'", o->name,
                          s->name, off, what);
                    continue;
                }
                form = F_EXTERN;
                VA = addend;
            } else if (g->kind == SK_ABS) {
                form = pcrel ? F_ABS_PCREL : F_NONE;
                VA = (int64_t)g->value + addend;
            } else if (g->sec->out == OS_DROP || !g->sec->live) {
                error("%s:(%s+0x%x): relocation against '%s' defined in discarded section %s",
                      o->name, s->name, off, what, g->sec->name);
                continue;
            } else {
                form = F_LOCAL;
                T = sym_addr(g);
                VA = T + addend;
                tsec = g->sec->out;
            }
        } else if (y->shndx == SHNDX_ABS) {
            form = pcrel ? F_ABS_PCREL : F_NONE;
            VA = (int64_t)y->value + addend;
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
            form = F_LOCAL;
            tsec = out_of(ts);
            if (ts->merge) { /* the string the reference points into */
                T = insec_addr(ts, (uint32_t)((int64_t)y->value + addend));
                VA = T;
            } else {
                T = insec_addr(ts, y->value);
                VA = T + addend;
            }
        }
        if (form == F_LOCAL) {
            /* The scattered forms name the target by address: a symbol at the
             * very end of its section would read as the next section's start,
             * so such targets keep the plain entry (r_symbolnum is exact). */
            bool inside = section_of((uint32_t)T) == tsec;
            if (pcrel && os != OS_TEXT && inside)
                form = F_SECTDIFF;
            else if ((VA < outsec[tsec].addr ||
                      VA > (int64_t)outsec[tsec].addr + outsec[tsec].size) && inside)
                form = F_SCATTERED;
            if (opt_ns32 && !forms[form].ns32)
                form = F_LOCAL;
        }
        /* The field's contents, as NeXT's as leaves them. */
        int64_t v = (int32_t)(uint32_t)(pcrel ? VA - P : VA);
        if (size < 4) {
            int bits = size * 8;
            int64_t lo = -((int64_t)1 << (bits - 1));
            int64_t hi = pcrel ? ((int64_t)1 << (bits - 1)) - 1 : ((int64_t)1 << bits) - 1;
            if (v < lo || v > hi) {
                error("%s:(%s+0x%x): relocation %s against '%s' out of range: %lld is not in "
                      "[%lld, %lld]",
                      o->name, s->name, off, tname, what, (long long)v, (long long)lo,
                      (long long)hi);
                continue;
            }
        }
        uint8_t *p = buf + s->out_off + off;
        switch (size) {
        case 4: put_be32(p, (uint32_t)v); break;
        case 2: put_be16(p, (uint16_t)v); break;
        case 1: *p = (uint8_t)v; break;
        }
        nforms[form]++;
        switch (form) {
        case F_NONE:
            break;
        case F_EXTERN:
            plain(os, raddr, extidx, pcrel, len, true, GENERIC_RELOC_VANILLA_NX);
            break;
        case F_LOCAL:
            plain(os, raddr, (uint32_t)outsec[tsec].ordinal, pcrel, len, false,
                  GENERIC_RELOC_VANILLA_NX);
            break;
        case F_ABS_PCREL:
            plain(os, raddr, R_ABS_NX, true, len, false, GENERIC_RELOC_VANILLA_NX);
            break;
        case F_SCATTERED:
            scattered(os, raddr, pcrel, len, GENERIC_RELOC_VANILLA_NX, (uint32_t)T);
            break;
        case F_SECTDIFF:
            /* symbol1 = the label itself when it lies in the target's section
             * (an ELF entry names the section, the label being in the addend) */
            if (VA >= outsec[tsec].addr && VA < (int64_t)outsec[tsec].addr + outsec[tsec].size)
                T = VA;
            scattered(os, raddr, false, len, GENERIC_RELOC_SECTDIFF_NX, (uint32_t)T);
            scattered(os, 0, false, len, GENERIC_RELOC_PAIR_NX, P);
            break;
        }
    }
}

/* ---- the file ---- */

static uint32_t align_up(uint32_t v, uint32_t a)
{
    return (v + a - 1) & ~(a - 1);
}

static void put_name16(uint8_t *p, const char *s)
{
    memset(p, 0, 16);
    memcpy(p, s, strlen(s) < 16 ? strlen(s) : 16);
}

/* Empty sections are left out, except one that a symbol is defined in or a
 * relocation points into: both need its section number. */
static void note_needed(bool needed[OS_NUM])
{
    for (int i = 0; i < nobjs; i++) {
        Obj *o = objs[i];
        for (uint32_t k = 1; k < o->nsyms; k++) {
            ObjSym *y = &o->syms[k];
            if (y->shndx == 0 || SHNDX_RESERVED(y->shndx) || y->shndx >= o->nsecs ||
                y->type == STT_SECTION || y->type == STT_FILE || !*y->name)
                continue;
            InSec *s = &o->secs[y->shndx];
            if (s->live && s->out != OS_DROP)
                needed[out_of(s)] = true;
        }
        for (uint32_t k = 1; k < o->nsecs; k++) {
            InSec *s = &o->secs[k];
            if (!s->live || s->out == OS_DROP)
                continue;
            for (uint32_t r = 0; r < s->nrela; r++) {
                uint32_t si = be32(s->rela + (size_t)r * 12 + 4) >> 8;
                if (si == 0 || si >= o->nsyms)
                    continue;
                ObjSym *y = &o->syms[si];
                InSec *t = NULL;
                if (y->g) {
                    const Sym *g = sym_final(y->g);
                    if (g->kind == SK_DEFINED)
                        t = g->sec;
                } else if (y->shndx != 0 && !SHNDX_RESERVED(y->shndx) && y->shndx < o->nsecs) {
                    t = &o->secs[y->shndx];
                }
                if (t && t->live && t->out != OS_DROP)
                    needed[out_of(t)] = true;
            }
        }
    }
}

/* Lay the sections out from 0 in NeXT's section order, as the assembler does. */
static uint32_t object_layout(uint32_t *filesize)
{
    uint32_t addr = 0, nsect = 0;
    bool needed[OS_NUM] = {false};
    note_needed(needed);
    *filesize = 0;
    for (int k = 0; k < OS_NUM; k++) {
        OutSec *os = &outsec[k];
        os->ordinal = 0;
        if (k == OS_COMMON || (k != OS_TEXT && os->size == 0 && !needed[k]))
            continue;
        os->ordinal = (int)++nsect;
        addr = align_up(addr, os->align);
        os->addr = addr;
        addr += os->size;
        if (!os->zerofill)
            *filesize = addr;
    }
    return addr;
}

static uint8_t *build_object(size_t *outsize)
{
    uint32_t filesize;
    uint32_t vmsize = object_layout(&filesize);
    uint32_t nsect = 0;
    for (int k = 0; k < OS_NUM; k++)
        nsect += outsec[k].ordinal != 0;
    Buf sym = {0}, str = {0};
    if (config.gc)
        collect_refs();
    uint32_t nsyms = build_symtab(&sym, &str);
    free(refs);
    refs = NULL;
    nrefs = 0;
    for (int i = 0; i < nobjs; i++)
        for (uint32_t k = 1; k < objs[i]->nsecs; k++) {
            InSec *s = &objs[i]->secs[k];
            if (s->live && s->out != OS_DROP && s->nrela)
                convert_section(s);
        }
    free(symidx);
    symidx = NULL;
    for (int k = 0; k < OS_NUM; k++)
        if (nrel[k])
            sort_relocs(k);
    if (nerrors) {
        free(sym.p);
        free(str.p);
        return NULL;
    }
    uint32_t sizeofcmds = SEGMENT_COMMAND_SIZE_NX + nsect * SECTION_SIZE_NX +
                          SYMTAB_COMMAND_SIZE_NX;
    uint32_t hdr = MACH_HEADER_SIZE_NX + sizeofcmds;
    uint32_t reloff = align_up(hdr + filesize, 4), relsize = 0;
    for (int k = 0; k < OS_NUM; k++)
        relsize += (uint32_t)rel[k].n;
    uint32_t symoff = reloff + relsize;
    uint32_t stroff = symoff + (uint32_t)sym.n;
    size_t fsize = (size_t)stroff + str.n;
    uint8_t *img = xcalloc(fsize, 1);

    put_be32(img, MH_MAGIC_NX);
    put_be32(img + 4, CPU_TYPE_MC680x0_NX);
    put_be32(img + 8, config.cpusubtype);
    put_be32(img + 12, MH_OBJECT_NX);
    put_be32(img + 16, 2);
    put_be32(img + 20, sizeofcmds);
    put_be32(img + 24, 0);
    uint8_t *p = img + MACH_HEADER_SIZE_NX;
    put_be32(p, LC_SEGMENT_NX);
    put_be32(p + 4, SEGMENT_COMMAND_SIZE_NX + nsect * SECTION_SIZE_NX);
    /* segname: all zero, the single unnamed segment of an MH_OBJECT */
    put_be32(p + 24, 0);
    put_be32(p + 28, vmsize);
    put_be32(p + 32, hdr);
    put_be32(p + 36, filesize);
    put_be32(p + 40, VM_PROT_READ_NX | VM_PROT_WRITE_NX | VM_PROT_EXECUTE_NX);
    put_be32(p + 44, VM_PROT_READ_NX | VM_PROT_WRITE_NX | VM_PROT_EXECUTE_NX);
    put_be32(p + 48, nsect);
    put_be32(p + 52, 0);
    p += SEGMENT_COMMAND_SIZE_NX;
    uint32_t r = reloff;
    for (int k = 0; k < OS_NUM; k++) {
        OutSec *os = &outsec[k];
        if (!os->ordinal)
            continue;
        put_name16(p, os->sect);
        put_name16(p + 16, os->seg);
        put_be32(p + 32, os->addr);
        put_be32(p + 36, os->size);
        put_be32(p + 40, os->zerofill ? 0 : hdr + os->addr);
        uint32_t l2 = 0;
        while ((1u << l2) < os->align)
            l2++;
        put_be32(p + 44, l2);
        put_be32(p + 48, nrel[k] ? r : 0);
        put_be32(p + 52, nrel[k]);
        put_be32(p + 56, os->flags);
        if (!os->zerofill && os->size)
            memcpy(img + hdr + os->addr, os->buf, os->size);
        if (rel[k].n)
            memcpy(img + r, rel[k].p, rel[k].n);
        r += (uint32_t)rel[k].n;
        p += SECTION_SIZE_NX;
    }
    put_be32(p, LC_SYMTAB_NX);
    put_be32(p + 4, SYMTAB_COMMAND_SIZE_NX);
    put_be32(p + 8, nsyms ? symoff : 0);
    put_be32(p + 12, nsyms);
    put_be32(p + 16, stroff);
    put_be32(p + 20, (uint32_t)str.n);
    if (sym.n)
        memcpy(img + symoff, sym.p, sym.n);
    memcpy(img + stroff, str.p, str.n);
    free(sym.p);
    free(str.p);
    for (int k = 0; k < OS_NUM; k++) {
        free(rel[k].p);
        rel[k] = (Buf){0};
        nrel[k] = 0;
    }
    *outsize = fsize;
    return img;
}

/* The archive member name for -r --archive: libfoo.a -> libfoo.o. */
static char *member_name(const char *out)
{
    const char *b = strrchr(out, '/');
    b = b ? b + 1 : out;
    char *m = xasprintf("%s.o", b);
    size_t n = strlen(m);
    if (n > 4 && strcmp(m + n - 4, ".a.o") == 0)
        strcpy(m + n - 4, ".o");
    return m;
}

void relocatable_link(Input *in, int nin)
{
    /* There is no entry point.  Without -u or --export every section is
     * kept and archives (a Rust staticlib) contribute all their members;
     * with them, archive members are pulled in as for an executable (the
     * named symbols being the undefined roots) and only the sections those
     * symbols reach are kept (section garbage collection), which cuts a
     * staticlib down to what its API needs and makes `-r -u start` over a
     * program's link inputs give the same sections, in the same order, as
     * linking them directly. */
    config.entry = NULL;
    config.gc = config.nundefs > 0; /* -u/--export SYM: keep only what they reach */
    for (int i = 0; i < nin && !config.gc; i++)
        if (in[i].kind == IN_ARCHIVE)
            in[i].whole = true;
    load_inputs(in, nin);
    for (int i = 0; i < nexports; i++) {
        Sym *g = sym_lookup(exports[i]);
        if (g)
            g = sym_final(g);
        if (!g || (g->kind != SK_DEFINED && g->kind != SK_ABS))
            error("--export %s: no such symbol is defined", exports[i]);
    }
    if (nerrors)
        return;
    mark_live();
    layout();
    if (nerrors)
        return;
    size_t n;
    uint8_t *img = build_object(&n);
    if (!img)
        return;
    if (getenv("NEXT_LD_STATS"))
        for (int f = 0; f <= F_ABS_PCREL; f++)
            fprintf(stderr, "next-ld: -r: %d x %s\n", nforms[f], forms[f].what);
    if (opt_archive) {
        char *mn = member_name(config.output);
        ArMember m = {mn, img, n};
        write_archive(config.output, &m, 1);
        free(mn);
    } else {
        write_out_file(config.output, img, n, 0644);
    }
    free(img);
}
