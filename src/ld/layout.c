/*
 * Section mapping and address assignment for a NeXTSTEP 3.3 MH_EXECUTE.
 * ELF input sections are sorted into the fixed NeXT sections by name and
 * flags (.text* -> __TEXT,__text; mergeable .rodata.str* -> __TEXT,__cstring,
 * deduplicated string by string; other .rodata* -> __TEXT,__const; .data*,
 * .data.rel.ro*, .sdata, .init_array, .fini_array -> __DATA,__data; SHT_NOBITS
 * -> __DATA,__bss; COMMON symbols -> __DATA,__common).  Addresses follow NeXT
 * ld (reference section 4, CCT358 ld/layout.c, checked against DUMMY):
 * __PAGEZERO covers [0, segalign); __TEXT starts at -seg1addr (default: right
 * after __PAGEZERO, 0x2000) with file offset 0, so the Mach-O header and load
 * commands are its first bytes, and its sections are pushed towards the END
 * of the segment, the padding sitting between the load commands and the
 * first section; __DATA starts at the next segment boundary (-segalign,
 * 0x2000) with __data first; __LINKEDIT follows and holds the symbol and
 * string tables.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "macho.h"
#include "ld.h"

#define SHF_WRITE 0x1
#define SHF_ALLOC 0x2
#define SHF_EXECINSTR 0x4
#define SHF_MERGE 0x10
#define SHF_STRINGS 0x20
#define SHT_PROGBITS 1
#define SHT_NOBITS 8
#define SHT_INIT_ARRAY 14
#define SHT_FINI_ARRAY 15
#define SHT_PREINIT_ARRAY 16

OutSec outsec[OS_NUM] = {
    [OS_TEXT] = {.seg = "__TEXT", .sect = "__text", .flags = S_REGULAR_NX,
                .align = 1, .zerofill = false},
    [OS_CSTRING] = {.seg = "__TEXT", .sect = "__cstring", .flags = S_CSTRING_LITERALS_NX,
                   .align = 1, .zerofill = false},
    [OS_CONST] = {.seg = "__TEXT", .sect = "__const", .flags = S_REGULAR_NX,
                 .align = 1, .zerofill = false},
    [OS_DATA] = {.seg = "__DATA", .sect = "__data", .flags = S_REGULAR_NX,
                .align = 1, .zerofill = false},
    [OS_BSS] = {.seg = "__DATA", .sect = "__bss", .flags = S_ZEROFILL_NX,
               .align = 1, .zerofill = true},
    [OS_COMMON] = {.seg = "__DATA", .sect = "__common", .flags = S_ZEROFILL_NX,
                  .align = 1, .zerofill = true},
};

Segment seg_text, seg_data, seg_linkedit;
uint32_t header_size, ncmds, sizeofcmds, nsects;
bool have_data;

static bool prefix(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

/* "name" or "name.anything" */
static bool named(const char *s, const char *p)
{
    size_t n = strlen(p);
    return strncmp(s, p, n) == 0 && (s[n] == 0 || s[n] == '.');
}

/* Split a SHF_MERGE|SHF_STRINGS section into its strings; false if malformed. */
static bool split_strings(InSec *s)
{
    if (s->entsize != 1 || !s->data || s->size == 0 || s->data[s->size - 1] != 0)
        return false;
    uint32_t n = 0;
    for (uint32_t i = 0; i < s->size; i++)
        n += s->data[i] == 0;
    s->pieces = xcalloc(n, sizeof(Piece));
    uint32_t start = 0, k = 0;
    for (uint32_t i = 0; i < s->size; i++) {
        if (s->data[i] == 0) {
            s->pieces[k].in_off = start;
            s->pieces[k].len = i + 1 - start;
            k++;
            start = i + 1;
        }
    }
    s->npieces = n;
    return true;
}

static int map_section(InSec *s)
{
    const char *n = s->name;
    if (s->discarded || !(s->flags & SHF_ALLOC))
        return OS_DROP;
    if (s->type != SHT_PROGBITS && s->type != SHT_NOBITS && s->type != SHT_INIT_ARRAY &&
        s->type != SHT_FINI_ARRAY && s->type != SHT_PREINIT_ARRAY)
        return OS_DROP; /* notes, groups, symbol tables, relocations ... */
    if (prefix(n, ".comment") || prefix(n, ".note") || prefix(n, ".debug") ||
        prefix(n, ".eh_frame") || prefix(n, ".rmeta") || prefix(n, ".llvm") ||
        prefix(n, ".group"))
        return OS_DROP;
    if (s->type == SHT_NOBITS)
        return OS_BSS;
    if (named(n, ".text") || prefix(n, ".text."))
        return OS_TEXT;
    if (prefix(n, ".rodata.str") || prefix(n, ".rodata.cst")) {
        if ((s->flags & (SHF_MERGE | SHF_STRINGS)) == (SHF_MERGE | SHF_STRINGS) &&
            s->nrela == 0 && split_strings(s)) {
            s->merge = true;
            return OS_CSTRING;
        }
        return OS_CONST;
    }
    if (named(n, ".rodata"))
        return OS_CONST;
    if (named(n, ".data") || named(n, ".data.rel.ro") || named(n, ".sdata") ||
        named(n, ".init_array") || named(n, ".fini_array") || named(n, ".tdata"))
        return OS_DATA;
    if (s->flags & SHF_EXECINSTR)
        return OS_TEXT;
    if (s->flags & SHF_WRITE)
        return OS_DATA;
    return OS_CONST;
}

void assign_obj_sections(Obj *o)
{
    for (uint32_t i = 1; i < o->nsecs; i++)
        o->secs[i].out = map_section(&o->secs[i]);
}

uint32_t insec_addr(const InSec *s, uint32_t off)
{
    if (s->merge) {
        uint32_t lo = 0, hi = s->npieces;
        while (hi - lo > 1) {
            uint32_t mid = (lo + hi) / 2;
            if (s->pieces[mid].in_off <= off)
                lo = mid;
            else
                hi = mid;
        }
        const Piece *p = &s->pieces[lo];
        return outsec[OS_CSTRING].addr + p->out_off + (off - p->in_off);
    }
    return outsec[s->out].addr + s->out_off + off;
}

static uint32_t align_up(uint32_t v, uint32_t a)
{
    return (v + a - 1) & ~(a - 1);
}

/* String pool for __cstring: identical strings share one copy. */
typedef struct Str {
    const uint8_t *p;
    uint32_t len, off;
    struct Str *next;
} Str;

static uint32_t strhash(const uint8_t *p, uint32_t n)
{
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

static void layout_cstrings(void)
{
    OutSec *os = &outsec[OS_CSTRING];
    size_t nb = 4096;
    Str **b = xcalloc(nb, sizeof(Str *));
    size_t count = 0;
    uint32_t off = 0;
    for (int i = 0; i < nobjs; i++) {
        for (uint32_t k = 1; k < objs[i]->nsecs; k++) {
            InSec *s = &objs[i]->secs[k];
            if (!s->live || s->out != OS_CSTRING)
                continue;
            if (s->align > os->align)
                os->align = s->align;
            for (uint32_t j = 0; j < s->npieces; j++) {
                Piece *pc = &s->pieces[j];
                const uint8_t *p = s->data + pc->in_off;
                uint32_t h = strhash(p, pc->len);
                Str *e;
                for (e = b[h & (nb - 1)]; e; e = e->next)
                    if (e->len == pc->len && memcmp(e->p, p, pc->len) == 0 &&
                        (e->off & (s->align - 1)) == 0)
                        break;
                if (!e) {
                    off = align_up(off, s->align);
                    e = xmalloc(sizeof *e);
                    e->p = p;
                    e->len = pc->len;
                    e->off = off;
                    e->next = b[h & (nb - 1)];
                    b[h & (nb - 1)] = e;
                    off += pc->len;
                    count++;
                    if (count * 2 > nb) {
                        size_t nnb = nb * 2;
                        Str **nbk = xcalloc(nnb, sizeof(Str *));
                        for (size_t q = 0; q < nb; q++)
                            for (Str *x = b[q], *nx; x; x = nx) {
                                nx = x->next;
                                uint32_t hh = strhash(x->p, x->len) & (uint32_t)(nnb - 1);
                                x->next = nbk[hh];
                                nbk[hh] = x;
                            }
                        free(b);
                        b = nbk;
                        nb = nnb;
                    }
                }
                pc->out_off = e->off;
            }
        }
    }
    os->size = off;
    os->buf = xcalloc(off ? off : 1, 1);
    for (size_t q = 0; q < nb; q++)
        for (Str *x = b[q], *nx; x; x = nx) {
            nx = x->next;
            memcpy(os->buf + x->off, x->p, x->len);
            free(x);
        }
    free(b);
}

/* Place live input sections inside each output section, in load order. */
static void place_sections(void)
{
    /* A segment cannot honour an alignment larger than its own: reject such
     * sections before their padding is allocated (a hostile sh_addralign of
     * 2^30 would otherwise cost gigabytes). */
    for (int i = 0; i < nobjs; i++)
        for (uint32_t j = 1; j < objs[i]->nsecs; j++) {
            InSec *s = &objs[i]->secs[j];
            if (s->live && s->out != OS_DROP && s->align > config.segalign) {
                error("%s:(%s): section alignment %u exceeds -segalign 0x%x", objs[i]->name,
                      s->name, s->align, config.segalign);
                s->align = 1;
            }
        }
    for (int k = 0; k < OS_NUM; k++) {
        if (k == OS_CSTRING) {
            layout_cstrings();
            continue;
        }
        if (k == OS_COMMON)
            continue;
        OutSec *os = &outsec[k];
        uint32_t off = 0;
        for (int i = 0; i < nobjs; i++) {
            for (uint32_t j = 1; j < objs[i]->nsecs; j++) {
                InSec *s = &objs[i]->secs[j];
                if (!s->live || s->out != k)
                    continue;
                off = align_up(off, s->align);
                s->out_off = off;
                if ((uint64_t)off + s->size > 0x7fffffff)
                    fatal("output section %s,%s is too large", os->seg, os->sect);
                off += s->size;
                if (s->align > os->align)
                    os->align = s->align;
            }
        }
        os->size = off;
        if (!os->zerofill) {
            os->buf = xcalloc(off ? off : 1, 1);
            for (int i = 0; i < nobjs; i++)
                for (uint32_t j = 1; j < objs[i]->nsecs; j++) {
                    InSec *s = &objs[i]->secs[j];
                    if (s->live && s->out == k && s->data)
                        memcpy(os->buf + s->out_off, s->data, s->size);
                }
        }
    }
    /* COMMON symbols, in name order so the result does not depend on hashing. */
    int n;
    Sym **v = all_syms(&n);
    OutSec *cs = &outsec[OS_COMMON];
    uint32_t off = 0;
    for (int i = 0; i < n; i++) {
        Sym *g = v[i];
        if (g->kind != SK_COMMON || !g->live || g->defsym)
            continue;
        uint32_t al = g->align;
        if (al & (al - 1)) {
            error("%s: common symbol '%s' has bad alignment %u", g->file->name, g->name, al);
            al = 1;
        }
        off = align_up(off, al);
        g->common_off = off;
        if ((uint64_t)off + g->size > 0x7fffffff) {
            error("output section %s,%s is too large (common symbol '%s' of size 0x%x)",
                  cs->seg, cs->sect, g->name, g->size);
            break;
        }
        off += g->size;
        if (al > cs->align)
            cs->align = al;
    }
    cs->size = off;
    free(v);
}

static uint32_t log2u(uint32_t a)
{
    uint32_t l = 0;
    while ((1u << l) < a)
        l++;
    return l;
}

void layout(void)
{
    place_sections();
    uint32_t segalign = config.segalign;
    /* Which sections appear: __text always, the others when non-empty. */
    nsects = 0;
    have_data = false;
    for (int k = 0; k < OS_NUM; k++) {
        OutSec *os = &outsec[k];
        os->ordinal = (k == OS_TEXT || os->size > 0) ? (int)++nsects : 0;
        if (os->ordinal && k >= OS_DATA)
            have_data = true;
        os->align_log2 = log2u(os->align);
    }
    uint32_t nsegs = 2 + (config.pagezero ? 1 : 0) + (have_data ? 1 : 0) +
                     (config.unixstack ? 1 : 0);
    ncmds = nsegs + 2;
    sizeofcmds = nsegs * SEGMENT_COMMAND_SIZE_NX + nsects * SECTION_SIZE_NX +
                 SYMTAB_COMMAND_SIZE_NX + UNIXTHREAD_CMDSIZE_NX;
    if (config.libsys) {                /* LC_LOADFVMLIB (libsys.c) */
        ncmds++;
        sizeofcmds += libsys_cmdsize();
    }
    header_size = MACH_HEADER_SIZE_NX + sizeofcmds;

    /* __TEXT: NeXT ld's rule (CCT358 ld/layout.c, same code in later cctools):
     * size = the sections laid out from 0; M = their largest alignment;
     * pad = whole multiples of M that fit between round(headers, M) + size
     * and the next segment boundary; the sections are then laid out forward
     * from headers + pad, so they end at (or just before) the segment end. */
    uint64_t size = 0, maxal = 1;
    for (int k = OS_TEXT; k <= OS_CONST; k++) {
        OutSec *os = &outsec[k];
        if (!os->ordinal)
            continue;
        size = ((size + os->align - 1) & ~(uint64_t)(os->align - 1)) + os->size;
        if (os->align > maxal)
            maxal = os->align;
    }
    if (maxal > segalign)
        fatal("section alignment %u exceeds -segalign 0x%x", (unsigned)maxal, segalign);
    uint64_t hr = ((uint64_t)header_size + maxal - 1) & ~(maxal - 1);
    uint64_t used = size + hr;
    uint64_t pad = (((used + segalign - 1) & ~(uint64_t)(segalign - 1)) - used) / maxal * maxal;
    uint64_t addr = header_size + pad;
    for (int k = OS_TEXT; k <= OS_CONST; k++) {
        OutSec *os = &outsec[k];
        if (!os->ordinal)
            continue;
        addr = (addr + os->align - 1) & ~(uint64_t)(os->align - 1);
        os->fileoff = (uint32_t)addr;
        addr += os->size;
    }
    uint64_t segsize = (addr + segalign - 1) & ~(uint64_t)(segalign - 1);
    if ((uint64_t)config.seg1addr + segsize > 0xffffffffu)
        fatal("__TEXT segment does not fit in the address space");
    seg_text.vmaddr = config.seg1addr;
    seg_text.vmsize = (uint32_t)segsize;
    seg_text.fileoff = 0;
    seg_text.filesize = (uint32_t)segsize;
    for (int k = OS_TEXT; k <= OS_CONST; k++) {
        OutSec *os = &outsec[k];
        if (!os->ordinal)
            os->fileoff = (uint32_t)addr; /* unused; keeps addresses in range */
        os->addr = seg_text.vmaddr + os->fileoff;
    }

    /* __DATA: __data from the segment start, then the zero-fill sections. */
    seg_data.vmaddr = seg_text.vmaddr + seg_text.vmsize;
    seg_data.fileoff = seg_text.fileoff + seg_text.filesize;
    uint64_t d = 0, filepart = 0;
    for (int k = OS_DATA; k <= OS_COMMON; k++) {
        OutSec *os = &outsec[k];
        d = (d + os->align - 1) & ~(uint64_t)(os->align - 1);
        os->addr = seg_data.vmaddr + (uint32_t)d;
        os->fileoff = os->zerofill ? 0 : seg_data.fileoff + (uint32_t)d;
        d += os->size;
        if (!os->zerofill)
            filepart = d;
    }
    uint64_t vms = (d + segalign - 1) & ~(uint64_t)(segalign - 1);
    if ((uint64_t)seg_data.vmaddr + vms > 0xffffffffu)
        fatal("__DATA segment does not fit in the address space");
    seg_data.vmsize = (uint32_t)vms;
    seg_data.filesize = (uint32_t)((filepart + segalign - 1) & ~(uint64_t)(segalign - 1));
    if (!have_data) {
        seg_data.vmsize = 0;
        seg_data.filesize = 0;
    }
    seg_linkedit.vmaddr = seg_data.vmaddr + seg_data.vmsize;
    seg_linkedit.fileoff = seg_data.fileoff + seg_data.filesize;
    if (seg_data.filesize == 0)
        seg_data.fileoff = 0; /* NeXT ld: a segment without file data has offset 0 */
}
