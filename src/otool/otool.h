/*
 * next-otool: shared declarations.  The tool reads a NeXTSTEP 3.x m68k
 * Mach-O file (MH_OBJECT, MH_EXECUTE, MH_FVMLIB, ... or a fat file with
 * MC680x0 slices) already loaded in memory, validates every offset and size
 * of its header, load commands, sections, relocation entries and symbol
 * table (image.c) and only then prints what was asked (print.c, disasm.c).
 * The same entry point, otool_image(), is used by main.c and by the
 * libFuzzer harness fuzz/otool_macho.c.  Layouts and numbers come from
 * src/common/macho.h; bytes are read only through src/common/be.h.
 */
#ifndef NX_OTOOL_H
#define NX_OTOOL_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* What to print (command-line options). */
struct otool_opts {
    int header, loads, relocs, text, data, symbols, verbose;
    int nsects;                /* -s SEG SECT, in command-line order */
    const char *seg[16], *sect[16];
};

/* One section header, decoded (names NUL-terminated, at most 16 chars). */
struct nx_section {
    char sectname[17], segname[17];
    uint32_t addr, size, offset, align, reloff, nreloc, flags, reserved1, reserved2;
};

/* A symbol table entry, decoded; name points into the file's string table
 * and is at most name_len bytes (it may lack a NUL at the table's end). */
struct nx_symbol {
    const char *name;
    size_t name_len;
    uint8_t type, sect;
    uint16_t desc;
    uint32_t value;
};

/* A validated Mach-O image: every range below lies inside d[0..len). */
struct nx_image {
    const char *name;          /* file name (with the architecture for a fat slice) */
    const uint8_t *d;
    size_t len;
    FILE *out, *err;
    int nerrors;
    uint32_t cputype, cpusubtype, filetype, ncmds, sizeofcmds, flags;
    struct nx_section *sects;  /* in load-command order: ordinal = index + 1 */
    uint32_t nsects;
    int have_symtab;
    uint32_t symtab_cmd, symoff, nsyms, stroff, strsize;
    struct nx_symbol *syms;
};

/* image.c */
void img_error(struct nx_image *im, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int img_parse(struct nx_image *im);
void img_free(struct nx_image *im);
const char *lc_name(uint32_t cmd);
const struct nx_section *img_find_section(const struct nx_image *im, const char *seg, const char *sect,
                                          uint32_t *ordinal);
void printable_name(char *dst, const uint8_t *src, size_t n);

/* print.c */
void print_header(const struct nx_image *im, int verbose);
void print_loads(const struct nx_image *im, int verbose);
void print_relocs(const struct nx_image *im, int verbose);
void print_symbols(const struct nx_image *im);
void print_section_hex(const struct nx_image *im, const char *seg, const char *sect);
char nm_type_letter(const struct nx_image *im, const struct nx_symbol *s);

/* disasm.c */
int print_disassembly(const struct nx_image *im);

/* main.c (also called by the fuzzing harness): print what opts ask for
 * about the file (thin or fat) of len bytes at d, named name.  Returns 0, or
 * 1 after reporting errors on err. */
int otool_file(const char *name, const uint8_t *d, size_t len, const struct otool_opts *opts,
               FILE *out, FILE *err);
#endif
