/*
 * ELF32 big-endian m68k relocatable objects (ET_REL, EM_68K), the input format
 * of next-ld.  GNU as and next-llc (via GNU as) write them; rustc's lib.rmeta
 * is one too, holding only a non-alloc .rmeta section.  This file reads the
 * section header table, the symbol table (with SHT_SYMTAB_SHNDX for objects
 * with more than 65279 sections, which -ffunction-sections can produce) and
 * attaches each SHT_RELA table to the section it patches.  Every offset and
 * count taken from the file is bounds-checked before use, so a truncated or
 * hostile object yields one error line naming the file, never a crash.
 * Layouts: System V gABI, Elf32_Ehdr (52 bytes), Elf32_Shdr (40), Elf32_Sym
 * (16), Elf32_Rela (12); m68k psABI for EM_68K = 4 and big-endian data.
 */
#include <stdio.h>
#include <string.h>
#include "be.h"
#include "ld.h"

#define EHDR_SIZE 52
#define SHDR_SIZE 40
#define SYM_SIZE 16
#define RELA_SIZE 12
#define ET_REL 1
#define EM_68K 4
#define SHT_SYMTAB 2
#define SHT_RELA 4
#define SHT_NOBITS 8
#define SHT_REL 9
#define SHT_GROUP 17
#define SHT_SYMTAB_SHNDX 18
#define SHN_LORESERVE 0xff00
#define SHN_XINDEX 0xffff
#define SHF_ALLOC 0x2

bool is_elf(const uint8_t *p, size_t n)
{
    return n >= 4 && p[0] == 0x7f && p[1] == 'E' && p[2] == 'L' && p[3] == 'F';
}

/* Is [off, off+len) inside a buffer of n bytes? */
static bool in_bounds(size_t n, uint64_t off, uint64_t len)
{
    return off <= n && len <= n - off;
}

/* A NUL-terminated string at `off` of a string table, or NULL if unterminated. */
static const char *str_at(const uint8_t *tab, uint32_t tabsize, uint32_t off)
{
    if (off >= tabsize)
        return NULL;
    if (!memchr(tab + off, 0, tabsize - off))
        return NULL;
    return (const char *)tab + off;
}

bool parse_elf(Obj *o)
{
    const uint8_t *d = o->data;
    size_t n = o->size;
    if (o->parsed)
        return true;
    if (n < EHDR_SIZE || !is_elf(d, n)) {
        error("%s: not an ELF file", o->name);
        return false;
    }
    if (d[4] != 1 || d[5] != 2) {
        error("%s: not a 32-bit big-endian ELF file", o->name);
        return false;
    }
    if (be16(d + 16) != ET_REL) {
        error("%s: not a relocatable object (ELF type %u)", o->name, be16(d + 16));
        return false;
    }
    if (be16(d + 18) != EM_68K) {
        error("%s: not an m68k object (ELF machine %u)", o->name, be16(d + 18));
        return false;
    }
    uint32_t shoff = be32(d + 32);
    uint32_t shentsize = be16(d + 46);
    uint32_t shnum = be16(d + 48);
    uint32_t shstrndx = be16(d + 50);
    if (shoff == 0) {
        o->secs = NULL;
        o->nsecs = 0;
        o->parsed = true;
        return true;
    }
    if (shentsize != SHDR_SIZE || !in_bounds(n, shoff, SHDR_SIZE)) {
        error("%s: bad section header table", o->name);
        return false;
    }
    /* Extended numbering: the real counts live in section header 0. */
    if (shnum == 0)
        shnum = be32(d + shoff + 20);
    if (shstrndx == SHN_XINDEX)
        shstrndx = be32(d + shoff + 24);
    /* Section 0 is the null section: its offset fields are not checked below,
     * so it can never serve as the name table. */
    if (!in_bounds(n, shoff, (uint64_t)shnum * SHDR_SIZE) || shstrndx == 0 ||
        shstrndx >= shnum) {
        error("%s: bad section header table", o->name);
        return false;
    }
    const uint8_t *sh = d + shoff;
#define SH(i, f) be32(sh + (size_t)(i) * SHDR_SIZE + (f))
    /* Every section's contents must lie inside the file. */
    for (uint32_t i = 1; i < shnum; i++) {
        if (SH(i, 4) != SHT_NOBITS && !in_bounds(n, SH(i, 16), SH(i, 20))) {
            error("%s: section %u extends past end of file", o->name, i);
            return false;
        }
    }
    const uint8_t *shstr = d + SH(shstrndx, 16);
    uint32_t shstrsize = SH(shstrndx, 20);
    if (SH(shstrndx, 4) == SHT_NOBITS) {
        error("%s: bad section name table", o->name);
        return false;
    }

    o->nsecs = shnum;
    o->secs = xcalloc(shnum, sizeof(InSec));
    uint32_t symtab = 0, symtab_shndx = 0;
    for (uint32_t i = 0; i < shnum; i++) {
        InSec *s = &o->secs[i];
        s->obj = o;
        s->idx = i;
        s->out = OS_DROP;
        if (i == 0) {
            s->name = "";
            continue;
        }
        s->name = str_at(shstr, shstrsize, SH(i, 0));
        if (!s->name) {
            error("%s: section %u: bad name offset", o->name, i);
            return false;
        }
        s->type = SH(i, 4);
        s->flags = SH(i, 8);
        s->size = SH(i, 20);
        s->align = SH(i, 32) ? SH(i, 32) : 1;
        s->entsize = SH(i, 36);
        s->link = SH(i, 24);
        s->info = SH(i, 28);
        s->data = s->type == SHT_NOBITS ? NULL : d + SH(i, 16);
        if (s->align & (s->align - 1)) {
            error("%s:(%s): alignment %u is not a power of two", o->name, s->name, s->align);
            return false;
        }
        if (s->type == SHT_SYMTAB) {
            if (symtab) {
                error("%s: more than one symbol table", o->name);
                return false;
            }
            symtab = i;
        }
        if (s->type == SHT_SYMTAB_SHNDX)
            symtab_shndx = i;
    }

    /* Relocation tables: SHT_RELA only (the m68k psABI uses RELA). */
    for (uint32_t i = 1; i < shnum; i++) {
        InSec *s = &o->secs[i];
        if (s->type != SHT_RELA && s->type != SHT_REL)
            continue;
        uint32_t target = SH(i, 28);
        if (target == 0 || target >= shnum) {
            error("%s:(%s): relocation section has bad target %u", o->name, s->name, target);
            continue;
        }
        InSec *t = &o->secs[target];
        if (s->type == SHT_REL) {
            if (t->flags & SHF_ALLOC)
                error("%s:(%s): SHT_REL relocations are unsupported (m68k uses RELA)",
                      o->name, s->name);
            continue;
        }
        if (SH(i, 36) != RELA_SIZE || s->size % RELA_SIZE) {
            error("%s:(%s): bad relocation entry size", o->name, s->name);
            continue;
        }
        if (SH(i, 24) != symtab) {
            error("%s:(%s): relocations do not use the symbol table", o->name, s->name);
            continue;
        }
        t->rela = s->data;
        t->nrela = s->size / RELA_SIZE;
    }

    /* Symbol table. */
    if (symtab) {
        InSec *st = &o->secs[symtab];
        uint32_t strndx = SH(symtab, 24);
        if (SH(symtab, 36) != SYM_SIZE || st->size % SYM_SIZE || strndx == 0 ||
            strndx >= shnum || o->secs[strndx].type == SHT_NOBITS) {
            error("%s: bad symbol table", o->name);
            return false;
        }
        const uint8_t *strtab = o->secs[strndx].data;
        uint32_t strsize = o->secs[strndx].size;
        const uint8_t *xidx = NULL;
        if (symtab_shndx) {
            xidx = o->secs[symtab_shndx].data;
            if (!xidx || o->secs[symtab_shndx].size < st->size / SYM_SIZE * 4) {
                error("%s: SHT_SYMTAB_SHNDX too small", o->name);
                return false;
            }
        }
        o->nsyms = st->size / SYM_SIZE;
        o->syms = xcalloc(o->nsyms ? o->nsyms : 1, sizeof(ObjSym));
        for (uint32_t i = 0; i < o->nsyms; i++) {
            const uint8_t *e = st->data + (size_t)i * SYM_SIZE;
            ObjSym *y = &o->syms[i];
            y->name = str_at(strtab, strsize, be32(e));
            if (!y->name) {
                error("%s: symbol %u: bad name offset", o->name, i);
                return false;
            }
            y->value = be32(e + 4);
            y->size = be32(e + 8);
            y->bind = e[12] >> 4;
            y->type = e[12] & 0xf;
            y->other = e[13];
            y->shndx = be16(e + 14);
            if (y->shndx >= SHN_LORESERVE && y->shndx != SHN_XINDEX)
                y->shndx |= 0xffff0000u; /* reserved: SHNDX_ABS, SHNDX_COMMON, ... */
            if (y->shndx == SHN_XINDEX) {
                if (!xidx) {
                    error("%s: symbol %u uses SHN_XINDEX without SHT_SYMTAB_SHNDX", o->name, i);
                    return false;
                }
                y->shndx = be32(xidx + (size_t)i * 4);
            }
            if (y->shndx != 0 && y->shndx < 0xffff0000u && y->shndx >= shnum) {
                error("%s: symbol '%s' has bad section index %u", o->name, y->name, y->shndx);
                return false;
            }
        }
    }
#undef SH
    o->parsed = true;
    return true;
}
