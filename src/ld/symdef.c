/*
 * next-ld --archive: static libraries for NeXT's ld.  `cc main.c -L. -lfoo`
 * on NeXTSTEP searches libfoo.a, an ar(5) archive whose first member is the
 * table of contents ranlib(1) writes: a member named "__.SYMDEF" holding the
 * ranlib array {ran_strx, ran_off} (one entry per external symbol defined by a
 * member, in archive order, ran_off = file offset of that member's ar header)
 * and its string table (CCT358 include/mach-o/ranlib.h; big-endian on m68k,
 * the byte order NeXT's ranlib writes on its own machine).  NeXT's ld refuses
 * an archive whose table is older than the file ("table of contents ... is out
 * of date; rerun ranlib(1)", CCT358 ld/pass1.c), so the table's ar_date and
 * the file's modification time are set to the same instant: $SOURCE_DATE_EPOCH
 * if set (reproducible builds), else the current time.  Member names are the
 * inputs' basenames cut to 15 characters, as the 4.3BSD ar NeXT shipped stores
 * them (no "#1/" long names: NeXTSTEP 3.x's ar predates them).
 * Members must already be NeXT MH_OBJECT files (next-ld -r writes them; with
 * -r --archive both steps happen at once).  The output file is written under
 * a temporary name and renamed into place only when complete.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "be.h"
#include "macho.h"
#include "ld.h"

void write_out_file_at(const char *path, const uint8_t *p, size_t n, int mode, int64_t mtime)
{
    struct stat st;
    bool special = stat(path, &st) == 0 && !S_ISREG(st.st_mode);
    char *tmp = special ? NULL : xasprintf("%s.tmpXXXXXX", path);
    int fd = special ? open(path, O_WRONLY | O_CLOEXEC) : mkstemp(tmp);
    if (fd < 0) {
        free(tmp);
        fatal("cannot create output file %s: %s", path, strerror(errno));
    }
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, p + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        done += (size_t)w;
    }
    bool ok = done == n;
    if (ok && !special && fchmod(fd, (mode_t)mode) != 0)
        ok = false;
    if (ok && !special && mtime >= 0) {
        struct timespec ts[2] = {{(time_t)mtime, 0}, {(time_t)mtime, 0}};
        ok = futimens(fd, ts) == 0;
    }
    int err = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (ok && !special && rename(tmp, path) != 0) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        if (tmp)
            unlink(tmp);
        free(tmp);
        fatal("cannot write %s: %s", path, strerror(err));
    }
    free(tmp);
}

void write_out_file(const char *path, const uint8_t *p, size_t n, int mode)
{
    write_out_file_at(path, p, n, mode, -1);
}


/* The external symbols a member defines: N_EXT and N_SECT or N_ABS (CCT358
 * ranlib: undefined and common symbols do not pull a member in).  Calls
 * f(name) for each in symbol-table order; false (with an error) if the
 * member is not a well-formed MH_OBJECT. */
static bool member_symbols(const ArMember *m, void (*f)(const char *, void *), void *arg)
{
    const uint8_t *d = m->data;
    size_t n = m->size;
    if (!is_macho_obj(d, n)) {
        error("%s: not a NeXT Mach-O object (convert ELF objects with next-ld -r first)",
              m->name);
        return false;
    }
    uint32_t ncmds = be32(d + 16), sizeofcmds = be32(d + 20);
    if ((uint64_t)MACH_HEADER_SIZE_NX + sizeofcmds > n) {
        error("%s: load commands extend past the end of the file", m->name);
        return false;
    }
    size_t off = MACH_HEADER_SIZE_NX, end = MACH_HEADER_SIZE_NX + sizeofcmds;
    for (uint32_t i = 0; i < ncmds; i++) {
        if (off + 8 > end) {
            error("%s: load command %u extends past the load commands", m->name, i);
            return false;
        }
        uint32_t cmd = be32(d + off), cs = be32(d + off + 4);
        if (cs < 8 || cs % 4 || cs > end - off) {
            error("%s: load command %u has bad size %u", m->name, i, cs);
            return false;
        }
        if (cmd == LC_SYMTAB_NX) {
            if (cs < SYMTAB_COMMAND_SIZE_NX) {
                error("%s: LC_SYMTAB too small", m->name);
                return false;
            }
            uint32_t symoff = be32(d + off + 8), nsyms = be32(d + off + 12);
            uint32_t stroff = be32(d + off + 16), strsize = be32(d + off + 20);
            if ((uint64_t)symoff + (uint64_t)nsyms * NLIST_SIZE_NX > n ||
                (uint64_t)stroff + strsize > n) {
                error("%s: symbol table extends past the end of the file", m->name);
                return false;
            }
            for (uint32_t k = 0; k < nsyms; k++) {
                const uint8_t *e = d + symoff + (size_t)k * NLIST_SIZE_NX;
                uint32_t strx = be32(e);
                uint8_t type = e[4];
                if ((type & N_STAB_NX) || !(type & N_EXT_NX))
                    continue;
                if ((type & N_TYPE_NX) != N_SECT_NX && (type & N_TYPE_NX) != N_ABS_NX)
                    continue;
                if (strx >= strsize || !memchr(d + stroff + strx, 0, strsize - strx)) {
                    error("%s: symbol %u: bad name offset", m->name, k);
                    return false;
                }
                f((const char *)d + stroff + strx, arg);
            }
        }
        off += cs;
    }
    return true;
}

typedef struct Toc {
    Buf ranlib, strs;
    uint32_t member_off;
} Toc;

static void add_toc(const char *name, void *arg)
{
    Toc *t = arg;
    uint8_t e[RANLIB_SIZE_NX];
    put_be32(e, (uint32_t)t->strs.n);
    put_be32(e + 4, t->member_off);
    buf_put(&t->ranlib, e, sizeof e);
    buf_put(&t->strs, name, strlen(name) + 1);
}

static void ar_header(Buf *b, const char *name, int64_t date, size_t size)
{
    char h[AR_HDR_SIZE_NX + 1];
    snprintf(h, sizeof h, "%-16.16s%-12lld%-6u%-6u%-8o%-10zu%s", name, (long long)date, 0u, 0u,
             0100644u, size, ARFMAG_NX);
    buf_put(b, h, AR_HDR_SIZE_NX);
}

static const char *base15(const char *path, char out[16])
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    snprintf(out, 16, "%s", b);
    return out;
}

void write_archive(const char *path, const ArMember *m, int n)
{
    int64_t date = time(NULL);
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        long long v = strtoll(sde, &end, 10);
        if (*end || v < 0)
            fatal("SOURCE_DATE_EPOCH '%s' is not a number of seconds", sde);
        date = v;
    }
    /* Pass 1: the table's size, from which every member's offset follows. */
    Toc toc = {0};
    for (int i = 0; i < n; i++)
        member_symbols(&m[i], add_toc, &toc);
    if (nerrors) {
        free(toc.ranlib.p);
        free(toc.strs.p);
        return;
    }
    size_t strsize = (toc.strs.n + 3) & ~(size_t)3;
    size_t tocsize = 4 + toc.ranlib.n + 4 + strsize;
    /* Pass 2: the real offsets. */
    free(toc.ranlib.p);
    free(toc.strs.p);
    toc = (Toc){0};
    size_t off = SARMAG_NX + AR_HDR_SIZE_NX + tocsize;
    for (int i = 0; i < n; i++) {
        toc.member_off = (uint32_t)off;
        member_symbols(&m[i], add_toc, &toc);
        off += AR_HDR_SIZE_NX + ((m[i].size + 1) & ~(size_t)1);
    }
    while (toc.strs.n < strsize)
        buf_put(&toc.strs, "", 1);
    Buf a = {0};
    buf_put(&a, ARMAG_NX, SARMAG_NX);
    ar_header(&a, SYMDEF_NAME_NX, date, tocsize);
    uint8_t w[4];
    put_be32(w, (uint32_t)toc.ranlib.n);
    buf_put(&a, w, 4);
    if (toc.ranlib.n)
        buf_put(&a, toc.ranlib.p, toc.ranlib.n);
    put_be32(w, (uint32_t)strsize);
    buf_put(&a, w, 4);
    if (toc.strs.n)
        buf_put(&a, toc.strs.p, toc.strs.n);
    for (int i = 0; i < n; i++) {
        char nm[16];
        ar_header(&a, base15(m[i].name, nm), date, m[i].size);
        buf_put(&a, m[i].data, m[i].size);
        if (m[i].size % 2)
            buf_put(&a, "\n", 1);
    }
    free(toc.ranlib.p);
    free(toc.strs.p);
    if (a.n != off)
        fatal("internal error: archive size mismatch");
    write_out_file_at(path, a.p, a.n, 0644, date);
    free(a.p);
}

/* --archive without -r: the inputs are MH_OBJECT files. */
void archive_inputs(Input *in, int nin)
{
    ArMember *m = xcalloc((size_t)nin + 1, sizeof(ArMember));
    int n = 0;
    for (int i = 0; i < nin; i++) {
        if (in[i].kind == IN_ARCHIVE) {
            error("%s: --archive takes objects, not archives", in[i].ar->path);
            continue;
        }
        if (in[i].kind != IN_OBJ)
            continue;
        m[n++] = (ArMember){in[i].obj->name, in[i].obj->data, in[i].obj->size};
    }
    if (!nerrors) {
        if (n == 0)
            error("--archive: no input files");
        else
            write_archive(config.output, m, n);
    }
    free(m);
}
