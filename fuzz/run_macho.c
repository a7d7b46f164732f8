/*
 * libFuzzer harness for next-run's Mach-O validation (src/run/macho_parse.c):
 * the bytes are a whole NeXTSTEP m68k Mach-O file; the harness runs the same
 * header check, load-command walk (LC_SEGMENT placement and overlap rules,
 * LC_UNIXTHREAD flavors, LC_LOADFVMLIB/LC_IDFVMLIB names) and entry-point
 * check the loader runs before mapping anything.  An MH_FVMLIB input is
 * checked as a library requested with minor version 0 at its own header
 * address.  The load commands are copied into a buffer of exactly
 * sizeofcmds bytes so that AddressSanitizer catches any read past them.
 * Build: clang -fsanitize=fuzzer,address -Isrc/common -Isrc/run
 *        fuzz/run_macho.c src/run/macho_parse.c   (tests/run/fuzz-smoke.t)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "be.h"
#include "macho.h"
#include "macho_parse.h"

uint32_t nx_user_reg;

void macho_report(const char *image, const char *msg)
{
    (void)image;
    (void)msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    macho_reset();
    cur_image = "fuzz-input";
    uint32_t want = size >= MACH_HEADER_SIZE_NX && be32(data + 12) == MH_FVMLIB_NX ? MH_FVMLIB_NX
                                                                               : MH_EXECUTE_NX;
    uint8_t hdr[MACH_HEADER_SIZE_NX] = { 0 };
    memcpy(hdr, data, size < sizeof hdr ? size : sizeof hdr);
    uint32_t ncmds, sizeofcmds;
    if (macho_check_header(hdr, size, want, &ncmds, &sizeofcmds) < 0)
        return 0;
    uint8_t *cmds = malloc(sizeofcmds ? sizeofcmds : 1);
    if (!cmds)
        return 0;
    memcpy(cmds, data + MACH_HEADER_SIZE_NX, sizeofcmds);
    struct fvmlib lib = { "fuzz-lib", 0, 0 };
    /* A library is requested at the address its first segment claims. */
    for (uint32_t off = 0; want == MH_FVMLIB_NX && off + 8 <= sizeofcmds;) {
        uint32_t cmd = be32(cmds + off), cmdsize = be32(cmds + off + 4);
        if (cmd == LC_IDFVMLIB_NX && cmdsize >= FVMLIB_COMMAND_SIZE_NX && off + 20 <= sizeofcmds) {
            lib.header_addr = be32(cmds + off + 16);
            break;
        }
        if (cmdsize < 8 || cmdsize > sizeofcmds - off)
            break;
        off += cmdsize;
    }
    macho_parse_cmds(cmds, ncmds, sizeofcmds, size, want, want == MH_FVMLIB_NX ? &lib : NULL, -1);
    if (want == MH_EXECUTE_NX)
        macho_check_entry();
    free(cmds);
    return 0;
}
