/*
 * libFuzzer harness for the whole of next-ld's link after reading: one ELF
 * object (the fuzz input) goes through symbol resolution and COMDAT groups
 * (resolve.c), section gc, layout of the NeXT segments including merged
 * strings and COMMON symbols (layout.c), relocation (reloc.c) and writing
 * of the Mach-O file and link map (macho_out.c), as the passes in main.c
 * run them.  This is where field values from the file become addresses,
 * sizes and buffer offsets, so it is where a hostile object could make the
 * linker write out of bounds.  Output goes to a private temporary directory
 * (under $TMPDIR, else /tmp), overwritten by the next input, removed at exit.  The entry symbol `start` is supplied as an
 * absolute --defsym so that inputs need not define it; --gc-sections is on
 * for inputs of even size and off for odd sizes (then every section is live
 * and relocated).  next-ld stops with exit(1) on fatal errors; the build
 * renames exit to fuzz_exit (-Dexit=fuzz_exit), which returns here by
 * longjmp, and its main() to next_ld_main because libFuzzer supplies main.
 * The global state (symbol table, output sections, configuration) is reset
 * after each input.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ld.h"

static jmp_buf on_exit_jb;
static char *out_dir, *out, *map;

static void remove_outputs(void)
{
    unlink(out);
    unlink(map);
    rmdir(out_dir);
}

__attribute__((noreturn)) void fuzz_exit(int status)
{
    (void)status;
    longjmp(on_exit_jb, 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static OutSec outsec0[OS_NUM];
    static Config config0;
    static bool saved;
    static Defsym start_sym = {.name = "start", .target = NULL, .value = 0x3000};
    if (!saved) {
        memcpy(outsec0, outsec, sizeof outsec);
        config0 = config;
        saved = true;
        const char *tmp = getenv("TMPDIR");
        out_dir = xasprintf("%s/next-ld-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(out_dir))
            abort();
        out = xasprintf("%s/out", out_dir);
        map = xasprintf("%s/out.map", out_dir);
        atexit(remove_outputs);
    }
    config = config0;
    config.output = out;
    config.map = map;
    config.defsyms = &start_sym;
    config.ndefsyms = 1;
    config.gc = (size & 1) == 0;
    config.pagezero = true;
    config.seg1addr = config.segalign;  /* as parse_args sets it without -seg1addr */

    uint8_t *copy = malloc(size ? size : 1);
    memcpy(copy, data, size);
    Obj *o = calloc(1, sizeof *o);
    o->name = "fuzz.o";
    o->data = copy;
    o->size = size;
    Input in = {.kind = IN_OBJ, .obj = o};
    if (setjmp(on_exit_jb) == 0) {
        if (parse_elf(o) && nerrors == 0) {
            load_inputs(&in, 1);
            check_undefined();
            if (nerrors == 0) {
                mark_live();
                layout();
                if (nerrors == 0)
                    apply_relocs();
                if (nerrors == 0) {
                    write_output();
                    write_map();
                }
            }
        }
    }
    resolve_reset();
    for (int k = 0; k < OS_NUM; k++)
        free(outsec[k].buf);
    memcpy(outsec, outsec0, sizeof outsec);
    for (uint32_t i = 0; i < o->nsecs; i++)
        free(o->secs[i].pieces);
    free(o->secs);
    free(o->syms);
    free(o);
    free(copy);
    nerrors = 0;
    return 0;
}
