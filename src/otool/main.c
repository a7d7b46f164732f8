/*
 * next-otool: command line and file handling of the otool-style inspector
 * for NeXTSTEP 3.x m68k Mach-O files (the tool the project uses to look at
 * what next-ld wrote, and at real NeXT binaries).  A file is read whole,
 * then either handled as one Mach-O image or, if it starts with the fat
 * magic (CCT358 include/mach-o/fat.h: big-endian fat_header and fat_arch
 * table), each MC680x0 slice is handled as an image of its own; NeXTSTEP
 * 3.3 m68k binaries are thin, fat files came with multi-architecture
 * NeXTSTEP/OPENSTEP.  An image is validated completely (image.c) before
 * anything about it is printed, so a bad file gives only error lines
 * naming the file and the place, and exit status 1.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "be.h"
#include "macho.h"
#include "otool.h"

static const char usage_text[] =
    "usage: next-otool [-hlrtdSv] [-s SEGNAME SECTNAME] FILE...\n"
    "Inspect NeXTSTEP 3.x m68k Mach-O files (thin, or the MC680x0 slices of a fat file).\n"
    "  -h             the mach header\n"
    "  -l             the load commands (segments with their sections, symbol table,\n"
    "                 thread state, fixed VM libraries; unknown commands as raw words)\n"
    "  -r             the relocation entries (plain and scattered)\n"
    "  -t             disassemble (__TEXT,__text), symbols as labels and branch targets\n"
    "  -d             hex dump of (__DATA,__data)\n"
    "  -s SEG SECT    hex dump of section (SEG,SECT)\n"
    "  -S, --symbols  the symbol table like nm: value, type letter, name\n"
    "  -v             symbolic output (names instead of numbers) for -h, -l, -r\n"
    "  --help         this text\n";

static const char *fat_arch_name(uint32_t subtype)
{
    switch (subtype) {
    case CPU_SUBTYPE_MC680x0_ALL_NX: return "m68k";
    case CPU_SUBTYPE_MC68040_NX: return "m68040";
    case CPU_SUBTYPE_MC68030_ONLY_NX: return "m68030";
    default: return "m68k?";
    }
}

static int do_image(const char *name, const uint8_t *d, size_t len, const struct otool_opts *op, FILE *out,
                    FILE *err)
{
    struct nx_image im = { .name = name, .d = d, .len = len, .out = out, .err = err };
    if (img_parse(&im)) {
        img_free(&im);
        return 1;
    }
    int rc = 0;
    fprintf(out, "%s:\n", name);
    if (op->header)
        print_header(&im, op->verbose);
    if (op->loads)
        print_loads(&im, op->verbose);
    if (op->relocs)
        print_relocs(&im, op->verbose);
    if (op->symbols)
        print_symbols(&im);
    if (op->text)
        rc |= print_disassembly(&im);
    if (op->data)
        print_section_hex(&im, "__DATA", "__data");
    for (int i = 0; i < op->nsects; i++)
        print_section_hex(&im, op->seg[i], op->sect[i]);
    img_free(&im);
    return rc;
}

int otool_file(const char *name, const uint8_t *d, size_t len, const struct otool_opts *op, FILE *out,
               FILE *err)
{
    if (len < 4 || be32(d) != FAT_MAGIC_NX)
        return do_image(name, d, len, op, out, err);
    /* Fat file: fat_header {magic, nfat_arch}, then fat_arch[nfat_arch]. */
    if (len < FAT_HEADER_SIZE_NX) {
        if (err)
            fprintf(err, "next-otool: error: %s: fat header is truncated\n", name);
        return 1;
    }
    uint32_t n = be32(d + 4);
    if (n > (len - FAT_HEADER_SIZE_NX) / FAT_ARCH_SIZE_NX) {
        if (err)
            fprintf(err, "next-otool: error: %s: fat header: %u architectures extend past the end of the file\n",
                    name, n);
        return 1;
    }
    int found = 0, rc = 0;
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *a = d + FAT_HEADER_SIZE_NX + (size_t)i * FAT_ARCH_SIZE_NX;
        uint32_t cpu = be32(a), sub = be32(a + 4), off = be32(a + 8), size = be32(a + 12);
        if (cpu != CPU_TYPE_MC680x0_NX)
            continue;
        found = 1;
        if (off > len || size > len - off) {
            if (err)
                fprintf(err, "next-otool: error: %s: fat architecture %u (offset %u size %u) extends past "
                        "the end of the file\n", name, i, off, size);
            rc = 1;
            continue;
        }
        char sub_name[1100];
        snprintf(sub_name, sizeof sub_name, "%.1000s (architecture %s)", name, fat_arch_name(sub));
        rc |= do_image(sub_name, d + off, size, op, out, err);
    }
    if (!found) {
        if (err)
            fprintf(err, "next-otool: error: %s: fat file has no MC680x0 (m68k) architecture\n", name);
        return 1;
    }
    return rc;
}

#ifndef OTOOL_NO_MAIN
static uint8_t *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            if (ferror(f)) {
                free(buf);
                buf = NULL;
            }
            break;
        }
        uint8_t *nb = cap > SIZE_MAX / 2 ? NULL : realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            buf = NULL;
            errno = ENOMEM;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    int e = errno;
    fclose(f);
    errno = e;
    *len = n;
    return buf;
}

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "next-otool: error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (next-otool --help)\n");
    return 2;
}

int main(int argc, char **argv)
{
    struct otool_opts op = { 0 };
    const char *files[256];
    int nfiles = 0, any = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help")) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (!strcmp(a, "--symbols")) {
            op.symbols = any = 1;
            continue;
        }
        if (!strcmp(a, "-s")) {
            if (i + 2 >= argc)
                return usage_error("%s needs a segment and a section name", a);
            if (op.nsects == 16)
                return usage_error("%s may be given at most 16 times", a);
            op.seg[op.nsects] = argv[++i];
            op.sect[op.nsects++] = argv[++i];
            any = 1;
            continue;
        }
        if (a[0] == '-' && a[1] && a[1] != '-') {
            for (const char *p = a + 1; *p; p++) {
                switch (*p) {
                case 'h': op.header = any = 1; break;
                case 'l': op.loads = any = 1; break;
                case 'r': op.relocs = any = 1; break;
                case 't': op.text = any = 1; break;
                case 'd': op.data = any = 1; break;
                case 'S': op.symbols = any = 1; break;
                case 'v': op.verbose = 1; break;
                default: return usage_error("unknown option: %s", a);
                }
            }
            continue;
        }
        if (a[0] == '-' && a[1])
            return usage_error("unknown option: %s", a);
        if (nfiles == (int)(sizeof files / sizeof files[0]))
            return usage_error("too many files (at most 256)%s", "");
        files[nfiles++] = a;
    }
    if (!any)
        return usage_error("%s", "one of -h -l -r -t -d -s -S is required");
    if (!nfiles)
        return usage_error("%s", "no file given");
    int rc = 0;
    for (int i = 0; i < nfiles; i++) {
        size_t len = 0;
        uint8_t *d = read_file(files[i], &len);
        if (!d) {
            fprintf(stderr, "next-otool: error: %s: cannot read: %s\n", files[i], strerror(errno));
            rc = 1;
            continue;
        }
        fflush(stdout);
        rc |= otool_file(files[i], d, len, &op, stdout, stderr);
        free(d);
    }
    if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "next-otool: error: cannot write the listing: %s\n", strerror(errno));
        return 1;
    }
    return rc;
}
#endif
