/*
 * Unix `ar` archives: static libraries (libfoo.a) and rustc's .rlib files,
 * which are ar archives holding bitcode `*.rcgu.o` members and a `lib.rmeta`
 * metadata object.  Both the GNU/SysV dialect (member "/" = symbol index,
 * "//" = long-name table, "/N" = name at offset N of that table, short names
 * ending in "/") and the BSD dialect ("#1/N": the name is the first N bytes
 * of the member data, "__.SYMDEF" index) are read.  The symbol index is not
 * used: after bitcode members have been converted to ELF its entries would
 * describe bitcode, so next-ld always reads each member's own ELF symbol
 * table to decide which members to pull in (resolve.c).  Layout: 8-byte
 * magic "!<arch>\n", then per member a 60-byte ASCII header (name 16, date 12,
 * uid 6, gid 6, mode 8, size 10, "`\n"), data, and a pad byte to even size.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ld.h"

#define AR_MAGIC "!<arch>\n"
#define AR_HDR 60

bool is_archive(const uint8_t *p, size_t n)
{
    return n >= 8 && (memcmp(p, AR_MAGIC, 8) == 0 || memcmp(p, "!<thin>\n", 8) == 0);
}

/* Parse a decimal ASCII field; false if it holds anything but digits and blanks. */
static bool parse_dec(const uint8_t *f, int len, uint64_t *out)
{
    uint64_t v = 0;
    int i = 0, digits = 0;
    while (i < len && f[i] >= '0' && f[i] <= '9') {
        v = v * 10 + (uint64_t)(f[i++] - '0');
        digits++;
        if (v > 0xffffffffu)
            return false;
    }
    while (i < len && f[i] == ' ')
        i++;
    if (i != len || digits == 0)
        return false;
    *out = v;
    return true;
}

static const char *basename_of(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

Archive *parse_archive(const char *path, const uint8_t *data, size_t size)
{
    if (size >= 8 && memcmp(data, "!<thin>\n", 8) == 0) {
        error("%s: thin archives are not supported", path);
        return NULL;
    }
    Archive *a = xcalloc(1, sizeof *a);
    a->path = xstrdup(path);
    const uint8_t *longnames = NULL;
    size_t longsize = 0;
    int cap = 0;
    size_t off = 8;
    while (off < size) {
        if (size - off < AR_HDR) {
            /* A lone trailing newline pad is tolerated. */
            if (size - off == 1 && data[off] == '\n')
                break;
            error("%s: truncated archive member header at offset %zu", path, off);
            goto bad;
        }
        const uint8_t *h = data + off;
        uint64_t msize;
        if (h[58] != '`' || h[59] != '\n' || !parse_dec(h + 48, 10, &msize)) {
            error("%s: bad archive member header at offset %zu", path, off);
            goto bad;
        }
        size_t doff = off + AR_HDR;
        if (msize > size - doff) {
            error("%s: archive member at offset %zu extends past end of file", path, off);
            goto bad;
        }
        const uint8_t *md = data + doff;
        size_t mlen = (size_t)msize;
        char name[512];
        int nl = 16;
        while (nl > 0 && h[nl - 1] == ' ')
            nl--;
        bool special = false;
        if (nl == 1 && h[0] == '/') {
            special = true;                       /* GNU symbol index */
        } else if (nl == 2 && h[0] == '/' && h[1] == '/') {
            special = true;                       /* GNU long-name table */
            longnames = md;
            longsize = mlen;
        } else if (nl == 7 && memcmp(h, "/SYM64/", 7) == 0) {
            special = true;
        } else if (nl >= 9 && memcmp(h, "__.SYMDEF", 9) == 0) {
            special = true;                       /* BSD symbol index */
        } else if (nl > 1 && h[0] == '/' && h[1] >= '0' && h[1] <= '9') {
            uint64_t lo;
            if (!parse_dec(h + 1, nl - 1, &lo) || !longnames || lo >= longsize) {
                error("%s: bad long member name at offset %zu", path, off);
                goto bad;
            }
            size_t e = (size_t)lo;
            while (e < longsize && longnames[e] != '\n' && longnames[e] != 0)
                e++;
            size_t len = e - (size_t)lo;
            if (len > 0 && longnames[e - 1] == '/')
                len--;
            if (len >= sizeof name)
                len = sizeof name - 1;
            memcpy(name, longnames + lo, len);
            name[len] = 0;
        } else if (nl > 3 && memcmp(h, "#1/", 3) == 0) {
            uint64_t len;
            if (!parse_dec(h + 3, nl - 3, &len) || len > mlen) {
                error("%s: bad BSD member name at offset %zu", path, off);
                goto bad;
            }
            size_t cl = len < sizeof name ? (size_t)len : sizeof name - 1;
            memcpy(name, md, cl);
            name[cl] = 0;
            name[strnlen(name, cl)] = 0;
            md += len;
            mlen -= (size_t)len;
        } else {
            if (nl > 0 && h[nl - 1] == '/')
                nl--;
            memcpy(name, h, (size_t)nl);
            name[nl] = 0;
        }
        if (!special) {
            if (a->n == cap) {
                cap = cap ? cap * 2 : 16;
                a->m = xrealloc(a->m, (size_t)cap * sizeof(Member));
            }
            Member *m = &a->m[a->n++];
            memset(m, 0, sizeof *m);
            m->name = xasprintf("%s(%s)", basename_of(path), name);
            m->data = md;
            m->size = mlen;
        }
        off = doff + (size_t)msize;
        if (off & 1)
            off++;
    }
    return a;
bad:
    free_archive(a);
    return NULL;
}

void free_archive(Archive *a)
{
    for (int k = 0; k < a->n; k++)
        free(a->m[k].name);
    free(a->m);
    free(a->path);
    free(a);
}
