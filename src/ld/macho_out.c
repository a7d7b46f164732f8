/*
 * Writing the NeXTSTEP 3.3 m68k Mach-O MH_EXECUTE (reference sections 1, 2 and
 * 4; constants in src/common/macho.h). Load commands come in NeXT ld's order:
 * LC_SEGMENT __PAGEZERO, __TEXT (with the headers at its start), __DATA,
 * __LINKEDIT, then LC_SYMTAB and LC_UNIXTHREAD (flavor M68K_THREAD_STATE_REGS,
 * 18 longs, everything zero but pc, and a7 when -stack_addr is given), with a
 * __UNIXSTACK segment after __LINKEDIT when -stack_addr/-stack_size ask for one
 * (CCT358 ld/layout.c). The symbol table is classic nlist: local symbols first
 * (N_SECT), then external ones (N_SECT|N_EXT, N_ABS|N_EXT) in name order;
 * section numbers are 1-based in load-command order; names get the leading
 * underscore NeXT's C compiler gives every C identifier, unless
 * --no-leading-underscore. No timestamps or host data go into the file, so
 * identical inputs give identical bytes. The file is written under a temporary
 * name in the output directory and renamed into place only when complete; on
 * any error the temporary file is removed.  An output that exists and is not a
 * regular file (-o /dev/null, a FIFO) is written directly, as GNU ld does:
 * renaming over it would replace a device node with a regular file.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "be.h"
#include "macho.h"
#include "ld.h"

#define STB_LOCAL 0
#define STT_SECTION 3
#define STT_FILE 4

static char *tmp_path;

void cleanup_output(void)
{
    if (tmp_path) {
        unlink(tmp_path);
        tmp_path = NULL;
    }
}

void buf_put(Buf *b, const void *d, size_t n)
{
    if (b->n + n > b->cap) {
        b->cap = (b->n + n) * 2 + 256;
        b->p = xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->n, d, n);
    b->n += n;
}

void buf_word(Buf *b, uint32_t v)
{
    uint8_t e[4];
    put_be32(e, v);
    buf_put(b, e, 4);
}

void nlist_put(Buf *sym, Buf *str, const char *name, uint8_t type, uint8_t sect, uint32_t value)
{
    uint8_t e[NLIST_SIZE_NX] = {0};
    put_be32(e, (uint32_t)str->n);
    e[4] = type;
    e[5] = sect;
    put_be16(e + 6, 0);
    put_be32(e + 8, value);
    buf_put(sym, e, sizeof e);
    if (config.underscore)
        buf_put(str, "_", 1);
    buf_put(str, name, strlen(name) + 1);
}

static uint32_t nsyms_out;

uint32_t put_local_syms(Buf *sym, Buf *str)
{
    uint32_t n = 0;
    for (int i = 0; i < nobjs; i++) {
        Obj *o = objs[i];
        for (uint32_t k = 1; k < o->nsyms; k++) {
            ObjSym *y = &o->syms[k];
            if (y->bind != STB_LOCAL || y->type == STT_SECTION || y->type == STT_FILE ||
                !*y->name)
                continue;
            if (y->shndx == SHNDX_ABS) {
                nlist_put(sym, str, y->name, N_ABS_NX, NO_SECT_NX, y->value);
            } else if (y->shndx != 0 && !SHNDX_RESERVED(y->shndx)) {
                InSec *s = &o->secs[y->shndx];
                if (!s->live || s->out == OS_DROP)
                    continue;
                nlist_put(sym, str, y->name, N_SECT_NX, (uint8_t)outsec[s->out].ordinal,
                      insec_addr(s, y->value));
            } else {
                continue;
            }
            n++;
        }
    }
    return n;
}


static void build_symtab(Buf *sym, Buf *str)
{
    nsyms_out = 0;
    if (config.strip_all)
        return; /* NeXT ld -s: no symbol or string table at all */
    buf_put(str, "", 1); /* n_strx 0 is the empty name */
    nsyms_out = put_local_syms(sym, str);
    int n;
    Sym **v = all_syms(&n);
    for (int i = 0; i < n; i++) {
        Sym *g = v[i];
        if (g->alias) {
            if (sym_final(g)->kind == SK_UNDEF)
                continue;
            nlist_put(sym, str, g->name, N_ABS_NX | N_EXT_NX, NO_SECT_NX, sym_addr(g));
        } else if (g->kind == SK_ABS) {
            nlist_put(sym, str, g->name, N_ABS_NX | N_EXT_NX, NO_SECT_NX, g->value);
        } else if (g->kind == SK_DEFINED) {
            if (!g->sec->live || g->sec->out == OS_DROP)
                continue;
            nlist_put(sym, str, g->name, N_SECT_NX | N_EXT_NX,
                  (uint8_t)outsec[g->sec->out].ordinal, sym_addr(g));
        } else if (g->kind == SK_COMMON && g->live) {
            nlist_put(sym, str, g->name, N_SECT_NX | N_EXT_NX, (uint8_t)outsec[OS_COMMON].ordinal,
                  sym_addr(g));
        } else {
            continue;
        }
        nsyms_out++;
    }
    free(v);
    while (str->n % 4)
        buf_put(str, "", 1);
}

static uint8_t *segment_cmd(uint8_t *p, const char *name, const Segment *s, uint32_t maxprot,
                            uint32_t initprot, uint32_t nsect, uint32_t flags)
{
    put_be32(p, LC_SEGMENT_NX);
    put_be32(p + 4, SEGMENT_COMMAND_SIZE_NX + nsect * SECTION_SIZE_NX);
    strncpy((char *)p + 8, name, 16);
    put_be32(p + 24, s->vmaddr);
    put_be32(p + 28, s->vmsize);
    put_be32(p + 32, s->fileoff);
    put_be32(p + 36, s->filesize);
    put_be32(p + 40, maxprot);
    put_be32(p + 44, initprot);
    put_be32(p + 48, nsect);
    put_be32(p + 52, flags);
    return p + SEGMENT_COMMAND_SIZE_NX;
}

static uint8_t *section_hdr(uint8_t *p, const OutSec *os)
{
    strncpy((char *)p, os->sect, 16);
    strncpy((char *)p + 16, os->seg, 16);
    put_be32(p + 32, os->addr);
    put_be32(p + 36, os->size);
    put_be32(p + 40, os->zerofill ? 0 : os->fileoff);
    put_be32(p + 44, os->align_log2);
    put_be32(p + 48, 0); /* reloff */
    put_be32(p + 52, 0); /* nreloc */
    put_be32(p + 56, os->flags);
    put_be32(p + 60, 0);
    put_be32(p + 64, 0);
    return p + SECTION_SIZE_NX;
}

static uint32_t count_sects(int from, int to)
{
    uint32_t n = 0;
    for (int k = from; k <= to; k++)
        n += outsec[k].ordinal != 0;
    return n;
}

void write_output(void)
{
    Buf sym = {0}, str = {0};
    build_symtab(&sym, &str);
    seg_linkedit.filesize = (uint32_t)(sym.n + str.n);
    seg_linkedit.vmsize = (seg_linkedit.filesize + config.segalign - 1) & ~(config.segalign - 1);

    size_t fsize = (size_t)seg_linkedit.fileoff + seg_linkedit.filesize;
    uint8_t *img = xcalloc(fsize, 1);

    /* mach_header */
    put_be32(img, MH_MAGIC_NX);
    put_be32(img + 4, CPU_TYPE_MC680x0_NX);
    put_be32(img + 8, config.cpusubtype);
    put_be32(img + 12, MH_EXECUTE_NX);
    put_be32(img + 16, ncmds);
    put_be32(img + 20, sizeofcmds);
    put_be32(img + 24, MH_NOUNDEFS_NX);
    uint8_t *p = img + MACH_HEADER_SIZE_NX;

    if (config.pagezero) {
        Segment pagezero = {0, config.segalign, 0, 0};
        p = segment_cmd(p, "__PAGEZERO", &pagezero, 0, 0, 0, SG_NORELOC_NX);
    }
    p = segment_cmd(p, "__TEXT", &seg_text, 7, 5, count_sects(OS_TEXT, OS_CONST), 0);
    for (int k = OS_TEXT; k <= OS_CONST; k++)
        if (outsec[k].ordinal)
            p = section_hdr(p, &outsec[k]);
    if (have_data) {
        p = segment_cmd(p, "__DATA", &seg_data, 7, 7, count_sects(OS_DATA, OS_COMMON), 0);
        for (int k = OS_DATA; k <= OS_COMMON; k++)
            if (outsec[k].ordinal)
                p = section_hdr(p, &outsec[k]);
    }
    p = segment_cmd(p, "__LINKEDIT", &seg_linkedit, 7, 5, 0, SG_NORELOC_NX);
    if (config.unixstack) {
        Segment stack = {config.stack_addr - config.stack_size, config.stack_size, 0, 0};
        p = segment_cmd(p, "__UNIXSTACK", &stack, 7, 7, 0, 0);
    }

    if (config.libsys) /* NeXT ld's order: segments, LC_LOADFVMLIB, LC_SYMTAB */
        p = libsys_write_cmd(p);

    put_be32(p, LC_SYMTAB_NX);
    put_be32(p + 4, SYMTAB_COMMAND_SIZE_NX);
    put_be32(p + 8, config.strip_all ? 0 : seg_linkedit.fileoff);
    put_be32(p + 12, nsyms_out);
    put_be32(p + 16, config.strip_all ? 0 : seg_linkedit.fileoff + (uint32_t)sym.n);
    put_be32(p + 20, (uint32_t)str.n);
    p += SYMTAB_COMMAND_SIZE_NX;

    put_be32(p, LC_UNIXTHREAD_NX);
    put_be32(p + 4, UNIXTHREAD_CMDSIZE_NX);
    put_be32(p + 8, M68K_THREAD_STATE_REGS_NX);
    put_be32(p + 12, M68K_THREAD_STATE_REGS_COUNT_NX);
    Sym *e = config.entry ? sym_lookup(config.entry) : NULL;
    put_be32(p + 16 + THREAD_REGS_PC_OFFSET_NX, e ? sym_addr(e) : outsec[OS_TEXT].addr);
    put_be32(p + 16 + THREAD_REGS_SP_OFFSET_NX, config.stack_addr);
    p += UNIXTHREAD_CMDSIZE_NX;
    if ((uint32_t)(p - img) != header_size)
        fatal("internal error: load command size mismatch");

    for (int k = 0; k < OS_NUM; k++)
        if (outsec[k].ordinal && !outsec[k].zerofill && outsec[k].size)
            memcpy(img + outsec[k].fileoff, outsec[k].buf, outsec[k].size);
    if (sym.n)
        memcpy(img + seg_linkedit.fileoff, sym.p, sym.n);
    if (str.n)
        memcpy(img + seg_linkedit.fileoff + sym.n, str.p, str.n);

    struct stat ost;
    bool special = stat(config.output, &ost) == 0 && !S_ISREG(ost.st_mode);
    int fd;
    if (special) {
        fd = open(config.output, O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            fatal("cannot open output file %s: %s", config.output, strerror(errno));
    } else {
        tmp_path = xasprintf("%s.tmpXXXXXX", config.output);
        fd = mkstemp(tmp_path);
        if (fd < 0) {
            free(tmp_path);
            tmp_path = NULL;
            fatal("cannot create output file %s: %s", config.output, strerror(errno));
        }
    }
    size_t done = 0;
    while (done < fsize) {
        ssize_t w = write(fd, img + done, fsize - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            close(fd);
            fatal("cannot write %s: %s", config.output, strerror(errno));
        }
        done += (size_t)w;
    }
    if (special) {
        if (close(fd) != 0)
            fatal("cannot write %s: %s", config.output, strerror(errno));
        free(img);
        free(sym.p);
        free(str.p);
        return;
    }
    if (fchmod(fd, 0755) != 0 || close(fd) != 0)
        fatal("cannot write %s: %s", config.output, strerror(errno));
    /* Renaming over an existing file makes ext4 (auto_da_alloc) write the
     * new data back before the rename completes, which costs more than the
     * whole link; removing the old output first avoids that wait.  The new
     * file is complete before either step, so an interrupted link still
     * leaves no partial output. */
    if (unlink(config.output) != 0 && errno != ENOENT)
        fatal("cannot replace %s: %s", config.output, strerror(errno));
    if (rename(tmp_path, config.output) != 0)
        fatal("cannot rename %s to %s: %s", tmp_path, config.output, strerror(errno));
    char *done_path = tmp_path;
    tmp_path = NULL;
    free(done_path);
    free(img);
    free(sym.p);
    free(str.p);
}

/* Defined symbols ordered by (object, section, value, name) for the map. */
static int cmp_by_place(const void *a, const void *b)
{
    const Sym *x = *(Sym *const *)a, *y = *(Sym *const *)b;
    if (x->sec->obj->order != y->sec->obj->order)
        return x->sec->obj->order < y->sec->obj->order ? -1 : 1;
    if (x->sec->idx != y->sec->idx)
        return x->sec->idx < y->sec->idx ? -1 : 1;
    if (x->value != y->value)
        return x->value < y->value ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* A human-readable link map: segments, sections, input sections, symbols. */
void write_map(void)
{
    FILE *f = fopen(config.map, "w");
    if (!f) {
        error("cannot open map file %s: %s", config.map, strerror(errno));
        return;
    }
    fprintf(f, "# next-ld link map for %s\n\n", config.output);
    fprintf(f, "Segments:\n");
    if (config.pagezero)
        fprintf(f, "  %-12s vmaddr 0x%08x vmsize 0x%08x fileoff 0x%08x filesize 0x%08x\n",
                "__PAGEZERO", 0u, config.segalign, 0u, 0u);
    fprintf(f, "  %-12s vmaddr 0x%08x vmsize 0x%08x fileoff 0x%08x filesize 0x%08x\n", "__TEXT",
            seg_text.vmaddr, seg_text.vmsize, seg_text.fileoff, seg_text.filesize);
    if (have_data)
        fprintf(f, "  %-12s vmaddr 0x%08x vmsize 0x%08x fileoff 0x%08x filesize 0x%08x\n",
                "__DATA", seg_data.vmaddr, seg_data.vmsize, seg_data.fileoff, seg_data.filesize);
    fprintf(f, "  %-12s vmaddr 0x%08x vmsize 0x%08x fileoff 0x%08x filesize 0x%08x\n",
            "__LINKEDIT", seg_linkedit.vmaddr, seg_linkedit.vmsize, seg_linkedit.fileoff,
            seg_linkedit.filesize);
    Sym *e = config.entry ? sym_lookup(config.entry) : NULL;
    fprintf(f, "\nEntry point: %s = 0x%08x\n", config.entry ? config.entry : "(none)",
            e ? sym_addr(e) : 0);
    int n;
    Sym **v = all_syms(&n);
    Sym **placed = xmalloc((size_t)(n ? n : 1) * sizeof(Sym *));
    int np = 0;
    for (int i = 0; i < n; i++)
        if (v[i]->kind == SK_DEFINED && !v[i]->alias && !v[i]->defsym && v[i]->sec->live)
            placed[np++] = v[i];
    qsort(placed, (size_t)np, sizeof(Sym *), cmp_by_place);
    for (int k = 0; k < OS_NUM; k++) {
        OutSec *os = &outsec[k];
        if (!os->ordinal)
            continue;
        fprintf(f, "\nSection %s,%s  addr 0x%08x  size 0x%08x  align 2^%u\n", os->seg, os->sect,
                os->addr, os->size, os->align_log2);
        if (k == OS_COMMON) {
            for (int i = 0; i < n; i++)
                if (v[i]->kind == SK_COMMON && v[i]->live && !v[i]->alias)
                    fprintf(f, "  0x%08x  0x%08x  %s (common from %s)\n", sym_addr(v[i]),
                            v[i]->size, v[i]->name, v[i]->file->name);
            continue;
        }
        for (int i = 0; i < nobjs; i++) {
            Obj *o = objs[i];
            for (uint32_t j = 1; j < o->nsecs; j++) {
                InSec *s = &o->secs[j];
                if (!s->live || s->out != k)
                    continue;
                fprintf(f, "  0x%08x  0x%08x  %s:(%s)%s\n",
                        s->merge ? os->addr : insec_addr(s, 0), s->size, o->name, s->name,
                        s->merge ? " merged" : "");
                int lo = 0, hi = np; /* first symbol at or after section s */
                while (lo < hi) {
                    int mid = (lo + hi) / 2;
                    const InSec *m = placed[mid]->sec;
                    if (m->obj->order < o->order || (m->obj->order == o->order && m->idx < j))
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                for (int q = lo; q < np && placed[q]->sec == s; q++)
                    fprintf(f, "      0x%08x  %s\n", sym_addr(placed[q]), placed[q]->name);
            }
        }
    }
    fprintf(f, "\nDiscarded input sections (--gc-sections):\n");
    for (int i = 0; i < nobjs; i++)
        for (uint32_t j = 1; j < objs[i]->nsecs; j++) {
            InSec *s = &objs[i]->secs[j];
            if (!s->live && s->out != OS_DROP)
                fprintf(f, "  0x%08x  %s:(%s)\n", s->size, objs[i]->name, s->name);
        }
    fprintf(f, "\nAbsolute symbols:\n");
    for (int i = 0; i < n; i++)
        if (v[i]->kind == SK_ABS || v[i]->alias)
            fprintf(f, "  0x%08x  %s\n", sym_addr(v[i]), v[i]->name);
    free(placed);
    free(v);
    if (fclose(f) != 0)
        error("cannot write map file %s", config.map);
}
