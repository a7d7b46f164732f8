/*
 * libFuzzer harness for next-otool (src/otool): the bytes are a whole file
 * as next-otool would read it — a thin NeXTSTEP m68k Mach-O image or a fat
 * file with MC680x0 slices.  Every listing is produced (header, load
 * commands, relocations, symbols, disassembly, section dumps), symbolic
 * or numeric depending on the first byte, into /dev/null: the validation in
 * image.c must keep all later printing inside the buffer, which
 * AddressSanitizer checks (libFuzzer passes a buffer of exactly size bytes).
 * Build: make -f fuzz/fuzz.mk fuzz (src/otool compiled with -DOTOOL_NO_MAIN);
 * smoke test tests/otool/fuzz-smoke.t; seeds in fuzz/corpus/otool_macho.
 */
#include <stdint.h>
#include <stdio.h>

#include "otool.h"

static FILE *sink;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!sink)
        sink = fopen("/dev/null", "w");
    if (!sink)
        return 0;
    struct otool_opts op = { .header = 1, .loads = 1, .relocs = 1, .text = 1, .data = 1, .symbols = 1,
                             .verbose = size && (data[size - 1] & 1), .nsects = 2,
                             .seg = { "__TEXT", "__DATA" }, .sect = { "__cstring", "__bss" } };
    otool_file("fuzz-input", data, size, &op, sink, sink);
    return 0;
}
