/*
 * Object comparison for next-llc -g: do two ELF32 big-endian m68k
 * relocatable objects written by GNU as hold the same program?  Compared are
 * the allocated sections other than .debug_* (name, type, flags, alignment,
 * size, bytes) in file order, the SHT_RELA entries that patch them (offset,
 * type, addend, and the symbol by name, or by section name and value for
 * section symbols and assembler-local .L labels, whose indices move when
 * debug sections are added), and the named symbols defined in them or
 * undefined (name, value, size, binding, type, section name).  Debug
 * sections and their relocations are ignored.  Layouts from the System V
 * gABI: Elf32_Ehdr 52 bytes, Elf32_Shdr 40, Elf32_Sym 16, Elf32_Rela 12.
 */
#include "llc.h"
#include "be.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHF_ALLOC 0x2
#define SHT_SYMTAB 2
#define SHT_RELA 4
#define SHT_NOBITS 8
#define STT_SECTION 3
#define STT_FILE 4

struct elf {
    uint8_t *d;
    size_t n;
    uint32_t shoff, shnum, shstrndx, symtab;
};

static uint8_t *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *d = len > 0 ? malloc((size_t)len) : NULL;
    if (d && fread(d, 1, (size_t)len, f) != (size_t)len) { free(d); d = NULL; }
    fclose(f);
    *n = d ? (size_t)len : 0;
    return d;
}

static uint32_t sh(const struct elf *e, uint32_t i, uint32_t field)
{
    return be32(e->d + e->shoff + (size_t)i * 40 + field);
}

static int in_file(const struct elf *e, uint64_t off, uint64_t len)
{
    return off <= e->n && len <= e->n - off;
}

static const char *str(const struct elf *e, uint32_t tab, uint32_t off)
{
    uint32_t base = sh(e, tab, 16), size = sh(e, tab, 20);
    if (off >= size || !in_file(e, base, size) || !memchr(e->d + base + off, 0, size - off))
        return "?";
    return (const char *)e->d + base + off;
}

static const char *secname(const struct elf *e, uint32_t i)
{
    return i < e->shnum ? str(e, e->shstrndx, sh(e, i, 0)) : "?";
}

static int load(const char *path, struct elf *e)
{
    memset(e, 0, sizeof *e);
    e->d = slurp(path, &e->n);
    if (!e->d || e->n < 52 || memcmp(e->d, "\177ELF\001\002", 6) != 0) return -1;
    e->shoff = be32(e->d + 32);
    e->shnum = be16(e->d + 48);
    e->shstrndx = be16(e->d + 50);
    if (!in_file(e, e->shoff, (uint64_t)e->shnum * 40) || e->shstrndx >= e->shnum) return -1;
    for (uint32_t i = 1; i < e->shnum; i++) {
        if (sh(e, i, 4) != SHT_NOBITS && !in_file(e, sh(e, i, 16), sh(e, i, 20))) return -1;
        if (sh(e, i, 4) == SHT_SYMTAB) e->symtab = i;
    }
    if (!e->symtab || sh(e, e->symtab, 24) >= e->shnum) return -1;
    return 0;
}

static int is_code_section(const struct elf *e, uint32_t i)
{
    return (sh(e, i, 8) & SHF_ALLOC) && strncmp(secname(e, i), ".debug", 6) != 0;
}

static const uint8_t *sym(const struct elf *e, uint32_t k)
{
    uint32_t off = sh(e, e->symtab, 16), size = sh(e, e->symtab, 20);
    if ((uint64_t)k * 16 + 16 > size) return NULL;
    return e->d + off + (size_t)k * 16;
}

/* A relocation's target as text: the symbol's name, or for a section symbol
 * or a .L label, "section+value". */
static void reloc_target(const struct elf *e, uint32_t k, char *buf, size_t cap)
{
    const uint8_t *y = sym(e, k);
    if (!y) { snprintf(buf, cap, "#%u", k); return; }
    const char *name = str(e, sh(e, e->symtab, 24), be32(y));
    if ((y[12] & 0xf) == STT_SECTION || !*name || strncmp(name, ".L", 2) == 0)
        snprintf(buf, cap, "%s+%u", secname(e, be16(y + 14)), be32(y + 4));
    else
        snprintf(buf, cap, "%s", name);
}

/* The i-th code section of e (file order), or 0. */
static uint32_t nth_code_section(const struct elf *e, int nth)
{
    for (uint32_t i = 1; i < e->shnum; i++)
        if (is_code_section(e, i) && nth-- == 0) return i;
    return 0;
}

/* Relocation table patching section i, or 0. */
static uint32_t rela_for(const struct elf *e, uint32_t i)
{
    for (uint32_t r = 1; r < e->shnum; r++)
        if (sh(e, r, 4) == SHT_RELA && sh(e, r, 28) == i) return r;
    return 0;
}

/* Named symbols of the program, one line each, sorted. */
static char **symbol_lines(const struct elf *e, size_t *count)
{
    uint32_t nsyms = sh(e, e->symtab, 20) / 16;
    char **v = calloc(nsyms + 1, sizeof *v);
    size_t n = 0;
    for (uint32_t k = 1; v && k < nsyms; k++) {
        const uint8_t *y = sym(e, k);
        const char *name = str(e, sh(e, e->symtab, 24), be32(y));
        uint16_t shndx = be16(y + 14);
        int type = y[12] & 0xf;
        if (!*name || type == STT_SECTION || type == STT_FILE || strncmp(name, ".L", 2) == 0) continue;
        if (shndx != 0 && shndx < e->shnum && !is_code_section(e, shndx)) continue;
        char line[4096];
        snprintf(line, sizeof line, "%s %u %u %u %s", name, be32(y + 4), be32(y + 8), y[12],
                 shndx == 0 ? "UND" : shndx < e->shnum ? secname(e, shndx) : "ABS");
        v[n++] = strdup(line);
    }
    *count = n;
    return v;
}

static int cmpstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int compare(const struct elf *a, const struct elf *b, const char **why)
{
    static char msg[256];
    for (int nth = 0;; nth++) {
        uint32_t i = nth_code_section(a, nth), j = nth_code_section(b, nth);
        if (!i || !j) {
            if (i || j) { *why = "different sections"; return 0; }
            break;
        }
        const char *name = secname(a, i);
        if (strcmp(name, secname(b, j)) != 0 || sh(a, i, 4) != sh(b, j, 4) || sh(a, i, 8) != sh(b, j, 8) ||
            sh(a, i, 20) != sh(b, j, 20) || sh(a, i, 32) != sh(b, j, 32) ||
            (sh(a, i, 4) != SHT_NOBITS &&
             memcmp(a->d + sh(a, i, 16), b->d + sh(b, j, 16), sh(a, i, 20)) != 0)) {
            snprintf(msg, sizeof msg, "section %s", name);
            *why = msg;
            return 0;
        }
        uint32_t ra = rela_for(a, i), rb = rela_for(b, j);
        uint32_t na = ra ? sh(a, ra, 20) / 12 : 0, nb = rb ? sh(b, rb, 20) / 12 : 0;
        if (na != nb) {
            snprintf(msg, sizeof msg, "relocations of %s", name);
            *why = msg;
            return 0;
        }
        for (uint32_t k = 0; k < na; k++) {
            const uint8_t *x = a->d + sh(a, ra, 16) + (size_t)k * 12, *y = b->d + sh(b, rb, 16) + (size_t)k * 12;
            char ta[4096], tb[4096];
            reloc_target(a, be32(x + 4) >> 8, ta, sizeof ta);
            reloc_target(b, be32(y + 4) >> 8, tb, sizeof tb);
            if (be32(x) != be32(y) || (be32(x + 4) & 0xff) != (be32(y + 4) & 0xff) ||
                be32(x + 8) != be32(y + 8) || strcmp(ta, tb) != 0) {
                snprintf(msg, sizeof msg, "relocation at %s+0x%x", name, be32(x));
                *why = msg;
                return 0;
            }
        }
    }
    size_t ca, cb;
    char **sa = symbol_lines(a, &ca), **sb = symbol_lines(b, &cb);
    int same = sa && sb && ca == cb;
    if (same) {
        qsort(sa, ca, sizeof *sa, cmpstr);
        qsort(sb, cb, sizeof *sb, cmpstr);
        for (size_t k = 0; k < ca && same; k++) same = strcmp(sa[k], sb[k]) == 0;
    }
    for (size_t k = 0; sa && k < ca; k++) free(sa[k]);
    for (size_t k = 0; sb && k < cb; k++) free(sb[k]);
    free(sa);
    free(sb);
    if (!same) *why = "symbols";
    return same;
}

int objcmp_same_code(const char *pa, const char *pb, const char **why)
{
    struct elf a = { 0 }, b = { 0 };
    int same = 0;
    *why = "unreadable object";
    if (load(pa, &a) == 0 && load(pb, &b) == 0)
        same = compare(&a, &b, why);
    free(a.d);
    free(b.d);
    return same;
}
