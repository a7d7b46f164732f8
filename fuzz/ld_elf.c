/*
 * libFuzzer harness for next-ld's ELF reader (src/ld/elf.c).  next-ld takes
 * ELF32 big-endian m68k relocatable objects from GNU as, from next-llc and
 * from rustc rlibs, and its rule is that bad input yields an error line, never
 * a crash.  Each input is treated as one object file: the section header
 * table, symbol table (with SHT_SYMTAB_SHNDX), RELA tables and, when that
 * succeeds, the section-to-NeXT-section mapping (which splits mergeable
 * string sections into pieces) are exercised exactly as the linker's
 * parse_objects pass runs them.  The rest of next-ld is linked in unchanged;
 * its main() is renamed by the build (-Dmain=next_ld_main) because libFuzzer
 * supplies main.  Error lines go to stderr and are expected.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ld.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* A private copy with no slack after it, so any over-read is caught. */
    uint8_t *copy = malloc(size ? size : 1);
    memcpy(copy, data, size);
    Obj o = {.name = "fuzz.o", .data = copy, .size = size};
    if (parse_elf(&o)) {
        assign_obj_sections(&o);
        /* Read every byte the linker later treats as relocation records. */
        volatile uint32_t sink = 0;
        for (uint32_t i = 0; i < o.nsecs; i++)
            for (uint32_t r = 0; r < o.secs[i].nrela * 12; r++)
                sink += o.secs[i].rela[r];
        (void)sink;
    }
    for (uint32_t i = 0; i < o.nsecs; i++)
        free(o.secs[i].pieces);
    free(o.secs);
    free(o.syms);
    free(copy);
    nerrors = 0;
    return 0;
}
