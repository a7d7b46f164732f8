/*
 * libFuzzer harness for next-ld's MH_OBJECT reader (src/ld/macho_in.c).
 * next-ld links objects written by NeXTSTEP's own cc/as and by next-ld -r;
 * its rule is that bad input yields an error line, never a crash.  Each input
 * is one Mach-O file: load commands, sections, the nlist symbol table and the
 * relocation entries (plain, scattered, SECTDIFF + PAIR) converted to RELA,
 * then the section-to-NeXT-section mapping, exactly as parse_objects and
 * load_obj run them.  The reader keeps its section-name block in secs[0].name
 * and its RELA block in secs[0].rela; both are freed here.  main() of next-ld
 * is renamed by the build (-Dmain=next_ld_main) because libFuzzer supplies
 * main.  Error lines go to stderr and are expected.
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
    if (is_macho_obj(copy, size) && parse_macho(&o)) {
        assign_obj_sections(&o);
        volatile uint32_t sink = 0;
        for (uint32_t i = 0; i < o.nsecs; i++)
            for (uint32_t r = 0; r < o.secs[i].nrela * 12; r++)
                sink += o.secs[i].rela[r];
        for (uint32_t i = 0; i < o.nsyms; i++)
            sink += (uint32_t)strlen(o.syms[i].name);
        (void)sink;
        for (uint32_t i = 0; i < o.nsecs; i++)
            free(o.secs[i].pieces);
        free((void *)o.secs[0].name);
        free((void *)o.secs[0].rela);
    }
    free(o.secs);
    free(o.syms);
    free(copy);
    nerrors = 0;
    return 0;
}
