/*
 * libFuzzer harness for next-ld's ar reader (src/ld/archive.c): static
 * libraries and rustc .rlib files in the GNU/SysV dialect ("/" symbol index,
 * "//" long-name table, "/N" names) and the BSD dialect ("#1/N" names,
 * "__.SYMDEF").  Member headers are ASCII with decimal sizes taken from the
 * file, so the reader must bounds-check every one.  After the archive is
 * split, each member is classified as the linker's open_inputs pass does
 * (bitcode / ELF) and ELF members go through the ELF reader, so both
 * readers see member data at the odd offsets archives produce.  libFuzzer
 * supplies main; the build renames next-ld's (-Dmain=next_ld_main).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ld.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *copy = malloc(size ? size : 1);
    memcpy(copy, data, size);
    if (is_archive(copy, size)) {
        Archive *a = parse_archive("fuzz.a", copy, size);
        if (a) {
            for (int k = 0; k < a->n; k++) {
                Member *m = &a->m[k];
                (void)is_bitcode(m->data, m->size);
                if (is_elf(m->data, m->size)) {
                    Obj o = {.name = m->name, .data = m->data, .size = m->size};
                    if (parse_elf(&o))
                        assign_obj_sections(&o);
                    for (uint32_t i = 0; i < o.nsecs; i++)
                        free(o.secs[i].pieces);
                    free(o.secs);
                    free(o.syms);
                }
            }
            free_archive(a);
        }
    }
    free(copy);
    nerrors = 0;
    return 0;
}
