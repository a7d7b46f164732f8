/*
 * The ELF companion file for source-level debugging (OUTPUT.dbg, or the name
 * given by --debug-file).  A NeXT Mach-O has no place that gdb-multiarch
 * reads DWARF from, so next-ld writes the debug information of the link into
 * a second file: an ELF32 big-endian m68k ET_EXEC (System V gABI layouts:
 * Elf32_Ehdr 52 bytes, Elf32_Shdr 40, Elf32_Sym 16; input Elf32_Rela 12)
 * whose allocated sections carry the Mach-O's final addresses and contents
 * (__TEXT,__text -> .text, __cstring -> .cstring, __const -> .rodata,
 * __DATA,__data -> .data, __bss -> .bss and __common -> .common, the last
 * two SHT_NOBITS), followed by every .debug_* section of the objects that
 * contribute code or data, concatenated per name in load order (like GNU ld
 * without string merging), and a symbol table with final addresses.
 * `gdb-multiarch OUTPUT.dbg -ex 'target remote :PORT'` then has line tables,
 * variables and call frames for the program next-run executes.
 *
 * Relocations of the debug sections are applied as for a final link, against
 * final addresses: S + A for R_68K_32/16/8 (the only kinds DWARF uses), where
 * S is the address of a live symbol or section, or the offset of a debug
 * section inside its output section (DW_AT_stmt_list, abbreviation and string
 * offsets).  A reference into code or data that --gc-sections removed (or a
 * COMDAT copy that was not kept) gets a tombstone instead, as GNU ld and lld
 * do: 0, which gdb ignores because page zero never holds code, except in
 * .debug_ranges and .debug_loc, where 0..0 would end the list early and
 * 1..1, an empty range, is written.
 *
 * Written only when the link keeps debug information (neither --strip-debug,
 * -S, -s nor --strip-all), some loaded object has .debug_info, and the
 * output is a regular file; the Mach-O itself is not changed by any of this.
 * The file is built in memory and renamed into place like the Mach-O.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "be.h"
#include "ld.h"

#define EHDR_SIZE 52
#define SHDR_SIZE 40
#define SYM_SIZE 16
#define ET_EXEC 2
#define EM_68K 4
#define SHT_PROGBITS 1
#define SHT_SYMTAB 2
#define SHT_STRTAB 3
#define SHT_NOBITS 8
#define SHF_WRITE 0x1
#define SHF_ALLOC 0x2
#define SHF_EXECINSTR 0x4
#define SHN_ABS 0xfff1
#define STB_LOCAL 0
#define STB_GLOBAL 1
#define STT_NOTYPE 0
#define STT_OBJECT 1
#define STT_FUNC 2
#define STT_SECTION 3
#define STT_FILE 4

/* The companion's names for the NeXT output sections (see ld.h OS_*). */
static const char *const alloc_name[OS_NUM] = {
    [OS_TEXT] = ".text", [OS_CSTRING] = ".cstring", [OS_CONST] = ".rodata",
    [OS_DATA] = ".data", [OS_BSS] = ".bss",         [OS_COMMON] = ".common",
};

/* Buf and buf_put are shared with the Mach-O writers (ld.h). */
static void buf_zero(Buf *b, size_t n)
{
    static const uint8_t zeros[256];
    while (n) {
        size_t k = n < sizeof zeros ? n : sizeof zeros;
        buf_put(b, zeros, k);
        n -= k;
    }
}

static uint32_t buf_str(Buf *b, const char *s)
{
    uint32_t off = (uint32_t)b->n;
    buf_put(b, s, strlen(s) + 1);
    return off;
}

/* One section of the companion. */
typedef struct DSec {
    const char *name;
    uint32_t type, flags, addr, align, entsize, link, info;
    Buf data;          /* contents (debug sections, symbol and string tables) */
    const uint8_t *ext; /* contents owned elsewhere (a Mach-O section) */
    uint32_t size, name_off, file_off;
} DSec;

static DSec *secs;
static int nsecs;

static int add_sec(const char *name, uint32_t type, uint32_t flags, uint32_t addr, uint32_t align)
{
    secs = xrealloc(secs, (size_t)(nsecs + 1) * sizeof(DSec));
    secs[nsecs] = (DSec){.name = name, .type = type, .flags = flags, .addr = addr,
                         .align = align ? align : 1};
    return nsecs++;
}

static bool is_debug(const InSec *s)
{
    return strncmp(s->name, ".debug_", 7) == 0 && !(s->flags & SHF_ALLOC) && s->data &&
           s->type == SHT_PROGBITS;
}

/* Does the object contribute a live section to the Mach-O? */
static bool contributes(const Obj *o)
{
    for (uint32_t k = 1; k < o->nsecs; k++)
        if (o->secs[k].live && o->secs[k].out != OS_DROP)
            return true;
    return false;
}

/* Where each input debug section went: companion section and offset. */
typedef struct Place {
    int sec;        /* index into secs, -1 if not copied */
    uint32_t off;
} Place;

static Place **places; /* per object (index in objs), per input section */

static bool is_placed_debug(Obj *o, uint32_t k, int oi)
{
    return places[oi] && k < o->nsecs && places[oi][k].sec >= 0;
}

/* The final value of symbol `si` of object `oi` for a debug relocation;
 * false when it lies in removed code or data (tombstone). */
static bool debug_sym_value(int oi, uint32_t si, uint32_t addend, uint32_t *v)
{
    Obj *o = objs[oi];
    ObjSym *y = &o->syms[si];
    if (si == 0) {
        *v = addend;
        return true;
    }
    if (y->g) {
        Sym *g = y->g;
        for (int depth = 0; g->alias && depth < 64; depth++)
            g = g->alias;
        if (g->kind == SK_ABS || (g->kind == SK_COMMON && g->live) ||
            (g->kind == SK_DEFINED && (g->defsym || (g->sec->live && g->sec->out != OS_DROP)))) {
            *v = sym_addr(g) + addend;
            return true;
        }
        return false;
    }
    if (y->shndx == SHNDX_ABS) {
        *v = y->value + addend;
        return true;
    }
    if (y->shndx == 0 || SHNDX_RESERVED(y->shndx) || y->shndx >= o->nsecs)
        return false;
    if (is_placed_debug(o, y->shndx, oi)) {
        *v = places[oi][y->shndx].off + y->value + addend;
        return true;
    }
    InSec *ts = &o->secs[y->shndx];
    if (!ts->live || ts->out == OS_DROP)
        return false;
    if (ts->merge)
        *v = insec_addr(ts, y->value + addend);
    else
        *v = insec_addr(ts, y->value) + addend;
    return true;
}

static void relocate_debug(int oi, InSec *s, DSec *d, uint32_t base)
{
    Obj *o = objs[oi];
    bool ranges = strcmp(s->name, ".debug_ranges") == 0 || strcmp(s->name, ".debug_loc") == 0;
    for (uint32_t r = 0; r < s->nrela; r++) {
        const uint8_t *e = s->rela + (size_t)r * 12;
        uint32_t off = be32(e), info = be32(e + 4), addend = be32(e + 8);
        uint32_t type = info & 0xff, si = info >> 8;
        uint32_t size = type == 1 ? 4 : type == 2 ? 2 : type == 3 ? 1 : 0;
        if (type == 0)
            continue; /* R_68K_NONE */
        if (size == 0 || si >= o->nsyms || (uint64_t)off + size > s->size) {
            /* Only the debugger would notice: leave the field as the
             * assembler wrote it rather than fail the link. */
            fprintf(stderr, "next-ld: warning: %s:(%s+0x%x): relocation type %u not applied "
                            "in the debug file\n", o->name, s->name, off, type);
            continue;
        }
        uint32_t v;
        if (!debug_sym_value(oi, si, addend, &v))
            v = ranges ? 1 : 0;
        uint8_t *p = d->data.p + base + off;
        if (size == 4)
            put_be32(p, v);
        else if (size == 2)
            put_be16(p, (uint16_t)v);
        else
            *p = (uint8_t)v;
    }
}

static void add_symbol(Buf *sym, Buf *str, const char *name, uint32_t value, uint32_t size,
                       uint8_t bind, uint8_t type, uint16_t shndx)
{
    uint8_t e[SYM_SIZE];
    put_be32(e, *name ? buf_str(str, name) : 0);
    put_be32(e + 4, value);
    put_be32(e + 8, size);
    e[12] = (uint8_t)(bind << 4 | type);
    e[13] = 0;
    put_be16(e + 14, shndx);
    buf_put(sym, e, sizeof e);
}

static uint8_t sym_type(uint8_t t)
{
    return t == STT_FUNC || t == STT_OBJECT ? t : STT_NOTYPE;
}

/* Locals of contributing objects, then globals; ELF wants locals first. */
static void build_symtab(Buf *sym, Buf *str, const int *os_index, uint32_t *nlocals)
{
    buf_str(str, "");
    buf_zero(sym, SYM_SIZE);
    uint32_t n = 1;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1)
            *nlocals = n;
        for (int i = 0; i < nobjs; i++) {
            Obj *o = objs[i];
            for (uint32_t k = 1; k < o->nsyms; k++) {
                ObjSym *y = &o->syms[k];
                if ((pass == 0) != (y->bind == STB_LOCAL) || y->type == STT_SECTION ||
                    y->type == STT_FILE || !*y->name || strncmp(y->name, ".L", 2) == 0)
                    continue;
                if (y->shndx == 0 || SHNDX_RESERVED(y->shndx) || y->shndx >= o->nsecs)
                    continue;
                InSec *s = &o->secs[y->shndx];
                if (!s->live || s->out == OS_DROP || os_index[s->out] < 0)
                    continue;
                /* a global only where its winning definition is */
                if (y->g) {
                    Sym *g = y->g;
                    if (g->alias || g->kind != SK_DEFINED || g->sec != s || g->value != y->value)
                        continue;
                }
                add_symbol(sym, str, y->name, insec_addr(s, y->value), y->size,
                           pass == 0 ? STB_LOCAL : STB_GLOBAL, sym_type(y->type),
                           (uint16_t)os_index[s->out]);
                n++;
            }
        }
    }
    /* COMMON and absolute symbols have no defining section in an object. */
    int ns;
    Sym **v = all_syms(&ns);
    for (int i = 0; i < ns; i++) {
        Sym *g = v[i];
        if (g->kind == SK_COMMON && g->live && !g->alias && os_index[OS_COMMON] >= 0)
            add_symbol(sym, str, g->name, sym_addr(g), g->size, STB_GLOBAL, STT_OBJECT,
                       (uint16_t)os_index[OS_COMMON]);
        else if ((g->kind == SK_ABS && !g->alias) || g->defsym)
            add_symbol(sym, str, g->name, sym_addr(g), 0, STB_GLOBAL, STT_NOTYPE, SHN_ABS);
    }
    free(v);
}

static bool write_file(const char *path, const Buf *img)
{
    char *tmp = xasprintf("%s.tmpXXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        error("cannot create debug file %s: %s", path, strerror(errno));
        free(tmp);
        return false;
    }
    size_t done = 0;
    while (done < img->n) {
        ssize_t w = write(fd, img->p + done, img->n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            error("cannot write debug file %s: %s", path, strerror(errno));
            close(fd);
            unlink(tmp);
            free(tmp);
            return false;
        }
        done += (size_t)w;
    }
    fchmod(fd, 0644);
    if (close(fd) != 0 || rename(tmp, path) != 0) {
        error("cannot write debug file %s: %s", path, strerror(errno));
        unlink(tmp);
        free(tmp);
        return false;
    }
    free(tmp);
    return true;
}

void write_debug_file(void)
{
    if (config.strip_debug || config.strip_all)
        return;
    /* Is there any debug information in the link? */
    bool any = false;
    for (int i = 0; i < nobjs && !any; i++)
        for (uint32_t k = 1; k < objs[i]->nsecs; k++)
            if (strcmp(objs[i]->secs[k].name, ".debug_info") == 0 && contributes(objs[i])) {
                any = true;
                break;
            }
    if (!any)
        return;
    struct stat st;
    if (stat(config.output, &st) != 0 || !S_ISREG(st.st_mode))
        return; /* -o /dev/null and the like: nothing to debug */
    char *path = config.debug_file ? xstrdup(config.debug_file)
                                   : xasprintf("%s.dbg", config.output);

    /* Allocated sections: the Mach-O's, at its addresses. */
    nsecs = 0;
    add_sec("", 0, 0, 0, 0);
    int os_index[OS_NUM];
    for (int k = 0; k < OS_NUM; k++) {
        OutSec *os = &outsec[k];
        os_index[k] = -1;
        if (!os->ordinal)
            continue;
        uint32_t flags = SHF_ALLOC | (k == OS_TEXT ? SHF_EXECINSTR : 0) |
                         (k >= OS_DATA ? SHF_WRITE : 0);
        int d = add_sec(alloc_name[k], os->zerofill ? SHT_NOBITS : SHT_PROGBITS, flags, os->addr,
                        os->align);
        secs[d].size = os->size;
        secs[d].ext = os->zerofill ? NULL : os->buf;
        os_index[k] = d;
    }

    /* Debug sections of the contributing objects, one output section per name. */
    places = xcalloc((size_t)(nobjs ? nobjs : 1), sizeof(Place *));
    for (int i = 0; i < nobjs; i++) {
        Obj *o = objs[i];
        if (!contributes(o))
            continue;
        places[i] = xmalloc(o->nsecs * sizeof(Place));
        for (uint32_t k = 0; k < o->nsecs; k++) {
            InSec *s = &o->secs[k];
            places[i][k].sec = -1;
            if (k == 0 || s->discarded || !is_debug(s))
                continue;
            int d = -1;
            for (int j = 0; j < nsecs; j++)
                if (secs[j].type == SHT_PROGBITS && !(secs[j].flags & SHF_ALLOC) &&
                    strcmp(secs[j].name, s->name) == 0)
                    d = j;
            if (d < 0)
                d = add_sec(s->name, SHT_PROGBITS, 0, 0, 1);
            DSec *ds = &secs[d];
            if (s->align > ds->align)
                ds->align = s->align;
            buf_zero(&ds->data, (s->align - ds->data.n % s->align) % s->align);
            places[i][k] = (Place){d, (uint32_t)ds->data.n};
            buf_put(&ds->data, s->data, s->size);
        }
    }
    for (int i = 0; i < nobjs; i++)
        for (uint32_t k = 1; places[i] && k < objs[i]->nsecs; k++)
            if (places[i][k].sec >= 0)
                relocate_debug(i, &objs[i]->secs[k], &secs[places[i][k].sec], places[i][k].off);
    for (int j = 0; j < nsecs; j++)
        if (!secs[j].ext && secs[j].type == SHT_PROGBITS)
            secs[j].size = (uint32_t)secs[j].data.n;

    /* Symbol, string and section-name tables. */
    int symi = add_sec(".symtab", SHT_SYMTAB, 0, 0, 4);
    int stri = add_sec(".strtab", SHT_STRTAB, 0, 0, 1);
    int shstri = add_sec(".shstrtab", SHT_STRTAB, 0, 0, 1);
    uint32_t nlocals = 1;
    build_symtab(&secs[symi].data, &secs[stri].data, os_index, &nlocals);
    secs[symi].entsize = SYM_SIZE;
    secs[symi].link = (uint32_t)stri;
    secs[symi].info = nlocals;
    buf_str(&secs[shstri].data, "");
    for (int j = 1; j < nsecs; j++)
        secs[j].name_off = buf_str(&secs[shstri].data, secs[j].name);
    for (int j = symi; j < nsecs; j++)
        secs[j].size = (uint32_t)secs[j].data.n;

    /* Image: header, section contents, section headers. */
    Buf img = {0};
    buf_zero(&img, EHDR_SIZE);
    for (int j = 1; j < nsecs; j++) {
        DSec *d = &secs[j];
        buf_zero(&img, (d->align - img.n % d->align) % d->align);
        d->file_off = (uint32_t)img.n;
        if (d->type == SHT_NOBITS)
            continue;
        buf_put(&img, d->ext ? d->ext : d->data.p, d->size);
    }
    buf_zero(&img, (4 - img.n % 4) % 4);
    if (img.n + (size_t)nsecs * SHDR_SIZE > 0xffffffffu) {
        error("debug file %s would exceed 4 GB", path);
        goto out;
    }
    uint32_t shoff = (uint32_t)img.n;
    for (int j = 0; j < nsecs; j++) {
        DSec *d = &secs[j];
        uint8_t h[SHDR_SIZE] = {0};
        if (j > 0) {
            put_be32(h, d->name_off);
            put_be32(h + 4, d->type);
            put_be32(h + 8, d->flags);
            put_be32(h + 12, d->addr);
            put_be32(h + 16, d->file_off);
            put_be32(h + 20, d->size);
            put_be32(h + 24, d->link);
            put_be32(h + 28, d->info);
            put_be32(h + 32, d->align);
            put_be32(h + 36, d->entsize);
        }
        buf_put(&img, h, sizeof h);
    }
    uint8_t *e = img.p;
    e[0] = 0x7f, e[1] = 'E', e[2] = 'L', e[3] = 'F';
    e[4] = 1; /* ELFCLASS32 */
    e[5] = 2; /* ELFDATA2MSB */
    e[6] = 1; /* EV_CURRENT */
    put_be16(e + 16, ET_EXEC);
    put_be16(e + 18, EM_68K);
    put_be32(e + 20, 1);
    Sym *entry = config.entry ? sym_lookup(config.entry) : NULL;
    put_be32(e + 24, entry ? sym_addr(entry) : 0);
    put_be32(e + 32, shoff);
    put_be16(e + 40, EHDR_SIZE);
    put_be16(e + 46, SHDR_SIZE);
    put_be16(e + 48, (uint16_t)nsecs);
    put_be16(e + 50, (uint16_t)shstri);
    write_file(path, &img);
out:
    free(img.p);
    for (int j = 0; j < nsecs; j++)
        free(secs[j].data.p);
    free(secs);
    secs = NULL;
    nsecs = 0;
    for (int i = 0; i < nobjs; i++)
        free(places[i]);
    free(places);
    places = NULL;
    free(path);
}
