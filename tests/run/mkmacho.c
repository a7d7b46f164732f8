/*
 * Test-only tool: wrap flat m68k code/data images into a NeXTSTEP 3.3
 * MH_EXECUTE file laid out like NeXT ld output (reference section 4):
 * __PAGEZERO (0-0x2000, no access), __TEXT at 0x2000 whose first page holds
 * the mach header and load commands followed by the code at TEXTADDR,
 * optional __DATA (file data + zero-filled bss), optional LC_LOADFVMLIB, and
 * LC_UNIXTHREAD (flavor 1, count 18) with pc = entry.  With -i it writes a
 * fixed VM shared library (MH_FVMLIB) instead: no __PAGEZERO, __TEXT at -B
 * (the header address), LC_IDFVMLIB, no thread.  It lets next-run be tested
 * before next-ld exists.
 *   mkmacho -o OUT -t TEXT.bin [-T TEXTADDR(0x3000)] [-e ENTRY(=TEXTADDR)]
 *           [-d DATA.bin -D DATAADDR] [-b BSSSIZE] [-s STACKTOP]
 *           [-l LIBPATH [-m MINOR(55)] [-H HEADERADDR(0x05000000)]]
 *           [-i LIBPATH -B BASE [-m MINOR]]        (library)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "be.h"
#include "macho.h"

static uint8_t *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(1);
    }
    uint8_t *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? 2 * cap : 65536;
            buf = realloc(buf, cap);
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (!r)
            break;
        n += r;
    }
    fclose(f);
    *len = n;
    return buf;
}

static uint32_t rnd(uint32_t v) { return (v + NX_SEGALIGN - 1) & ~(NX_SEGALIGN - 1); }

static uint8_t *cmdp;
static void seg(const char *name, uint32_t vmaddr, uint32_t vmsize, uint32_t fileoff,
                uint32_t filesize, uint32_t maxprot, uint32_t initprot, uint32_t flags)
{
    memset(cmdp, 0, SEGMENT_COMMAND_SIZE_NX);
    put_be32(cmdp, LC_SEGMENT_NX);
    put_be32(cmdp + 4, SEGMENT_COMMAND_SIZE_NX);
    strncpy((char *)cmdp + 8, name, 16);
    put_be32(cmdp + 24, vmaddr);
    put_be32(cmdp + 28, vmsize);
    put_be32(cmdp + 32, fileoff);
    put_be32(cmdp + 36, filesize);
    put_be32(cmdp + 40, maxprot);
    put_be32(cmdp + 44, initprot);
    put_be32(cmdp + 48, 0);
    put_be32(cmdp + 52, flags);
    cmdp += SEGMENT_COMMAND_SIZE_NX;
}

int main(int argc, char **argv)
{
    const char *out = NULL, *text = NULL, *data = NULL, *lib = NULL, *id = NULL;
    uint32_t taddr = 0x3000, daddr = 0, bss = 0, entry = 0, stack = 0;
    uint32_t base = NX_TEXT_ADDR, minor = 55, haddr = NX_LIBSYS_ADDR;
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *o = argv[i], *v = argv[i + 1];
        uint32_t n = (uint32_t)strtoul(v, NULL, 0);
        if (!strcmp(o, "-o")) out = v;
        else if (!strcmp(o, "-t")) text = v;
        else if (!strcmp(o, "-T")) taddr = n;
        else if (!strcmp(o, "-e")) entry = n;
        else if (!strcmp(o, "-d")) data = v;
        else if (!strcmp(o, "-D")) daddr = n;
        else if (!strcmp(o, "-b")) bss = n;
        else if (!strcmp(o, "-l")) lib = v;
        else if (!strcmp(o, "-s")) stack = n;
        else if (!strcmp(o, "-i")) id = v;
        else if (!strcmp(o, "-B")) base = n;
        else if (!strcmp(o, "-m")) minor = n;
        else if (!strcmp(o, "-H")) haddr = n;
        else {
            fprintf(stderr, "mkmacho: unknown option %s\n", o);
            return 2;
        }
    }
    if (!out || !text || taddr < base + 0x400) {
        fprintf(stderr, "usage: mkmacho -o OUT -t TEXT.bin [-T ADDR] [-e ENTRY] [-d DATA.bin -D ADDR] [-b BSS] [-l LIB] [-s STACK]\n");
        return 2;
    }
    if (!entry)
        entry = taddr;
    size_t tlen, dlen = 0;
    uint8_t *tbuf = slurp(text, &tlen), *dbuf = data ? slurp(data, &dlen) : NULL;
    uint32_t tseg_size = rnd(taddr - base + (uint32_t)tlen);
    if (!daddr)
        daddr = base + tseg_size;
    int has_data = data || bss;
    uint32_t dseg_size = rnd((uint32_t)dlen + bss);
    uint32_t dfileoff = tseg_size;
    size_t fsize = tseg_size + (has_data ? rnd((uint32_t)dlen) : 0);
    uint8_t *f = calloc(1, fsize + 1);

    cmdp = f + MACH_HEADER_SIZE_NX;
    int ncmds = 0;
    if (!id)
        seg("__PAGEZERO", 0, NX_PAGEZERO_SIZE, 0, 0, 0, 0, SG_NORELOC_NX), ncmds++;
    seg("__TEXT", base, tseg_size, 0, tseg_size, 7, 5, id ? SG_FVMLIB_NX : 0), ncmds++;
    if (has_data)
        seg("__DATA", daddr, dseg_size, dfileoff, (uint32_t)dlen, 7, 3, id ? SG_FVMLIB_NX : 0), ncmds++;
    if (lib || id) {
        const char *name = id ? id : lib;
        uint32_t l = (uint32_t)strlen(name) + 1, sz = (FVMLIB_COMMAND_SIZE_NX + l + 3) & ~3u;
        memset(cmdp, 0, sz);
        put_be32(cmdp, id ? LC_IDFVMLIB_NX : LC_LOADFVMLIB_NX);
        put_be32(cmdp + 4, sz);
        put_be32(cmdp + 8, FVMLIB_COMMAND_SIZE_NX);
        put_be32(cmdp + 12, minor);
        put_be32(cmdp + 16, id ? base : haddr);
        memcpy(cmdp + FVMLIB_COMMAND_SIZE_NX, name, l);
        cmdp += sz;
        ncmds++;
    }
    if (!id) {
        memset(cmdp, 0, UNIXTHREAD_CMDSIZE_NX);
        put_be32(cmdp, LC_UNIXTHREAD_NX);
        put_be32(cmdp + 4, UNIXTHREAD_CMDSIZE_NX);
        put_be32(cmdp + 8, M68K_THREAD_STATE_REGS_NX);
        put_be32(cmdp + 12, M68K_THREAD_STATE_REGS_COUNT_NX);
        put_be32(cmdp + 16 + THREAD_REGS_SP_OFFSET_NX, stack);
        put_be32(cmdp + 16 + THREAD_REGS_PC_OFFSET_NX, entry);
        cmdp += UNIXTHREAD_CMDSIZE_NX;
        ncmds++;
    }
    uint32_t sizeofcmds = (uint32_t)(cmdp - (f + MACH_HEADER_SIZE_NX));
    if (MACH_HEADER_SIZE_NX + sizeofcmds > taddr - base) {
        fprintf(stderr, "mkmacho: headers overlap the code\n");
        return 1;
    }
    put_be32(f, MH_MAGIC_NX);
    put_be32(f + 4, CPU_TYPE_MC680x0_NX);
    put_be32(f + 8, CPU_SUBTYPE_MC68040_NX);
    put_be32(f + 12, id ? MH_FVMLIB_NX : MH_EXECUTE_NX);
    put_be32(f + 16, (uint32_t)ncmds);
    put_be32(f + 20, sizeofcmds);
    put_be32(f + 24, MH_NOUNDEFS_NX);
    memcpy(f + (taddr - base), tbuf, tlen);
    if (dlen)
        memcpy(f + dfileoff, dbuf, dlen);
    FILE *o = fopen(out, "wb");
    if (!o || fwrite(f, 1, fsize, o) != fsize || fclose(o)) {
        perror(out);
        return 1;
    }
    return 0;
}
