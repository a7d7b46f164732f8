/*
 * next-otool: the listings of a validated NeXT m68k Mach-O image, laid out
 * like NeXT's/Apple's otool (cctools otool/ofile_print.c) so that listings
 * compare with published NeXTSTEP 3.3 dumps: the mach_header (-h), the load
 * commands (-l: LC_SEGMENT with its sections, LC_SYMTAB, LC_SYMSEG,
 * LC_UNIXTHREAD/LC_THREAD with the m68k thread state flavors,
 * LC_LOADFVMLIB/LC_IDFVMLIB, LC_IDENT, LC_FVMFILE, anything else as raw
 * words), the relocation entries (-r: plain relocation_info and scattered
 * entries with the generic m68k relocation types, reference section 3),
 * an nm-style symbol list (-S) and hex dumps of sections (-s, -d).  Only
 * ranges checked by image.c are read.
 */
#include <stdlib.h>
#include <string.h>

#include "be.h"
#include "macho.h"
#include "otool.h"

/* ---- -h ---------------------------------------------------------------- */

/* Symbolic names of the 3.x file types and header flags (CCT358 loader.h). */
static const char *filetype_name(uint32_t t)
{
    switch (t) {
    case MH_OBJECT_NX: return "OBJECT";
    case MH_EXECUTE_NX: return "EXECUTE";
    case MH_FVMLIB_NX: return "FVMLIB";
    case MH_CORE_NX: return "CORE";
    case MH_PRELOAD_NX: return "PRELOAD";
    default: return NULL;
    }
}

static const char *subtype_name(uint32_t s)
{
    switch (s) {
    case CPU_SUBTYPE_MC680x0_ALL_NX: return "ALL";
    case CPU_SUBTYPE_MC68040_NX: return "MC68040";
    case CPU_SUBTYPE_MC68030_ONLY_NX: return "MC68030";
    default: return NULL;
    }
}

void print_header(const struct nx_image *im, int verbose)
{
    FILE *o = im->out;
    fprintf(o, "Mach header\n");
    fprintf(o, "      magic cputype cpusubtype   filetype ncmds sizeofcmds      flags\n");
    if (!verbose) {
        fprintf(o, " 0x%08x %7u %10u %10u %5u %10u 0x%08x\n", be32(im->d), im->cputype, im->cpusubtype,
                im->filetype, im->ncmds, im->sizeofcmds, im->flags);
        return;
    }
    fprintf(o, "%11s %7s", "MH_MAGIC", "MC680x0");
    if (subtype_name(im->cpusubtype))
        fprintf(o, " %10s", subtype_name(im->cpusubtype));
    else
        fprintf(o, " %10u", im->cpusubtype);
    if (filetype_name(im->filetype))
        fprintf(o, " %10s", filetype_name(im->filetype));
    else
        fprintf(o, " %10u", im->filetype);
    fprintf(o, " %5u %10u", im->ncmds, im->sizeofcmds);
    uint32_t f = im->flags;
    if (f & MH_NOUNDEFS_NX)
        fprintf(o, " NOUNDEFS");
    if (f & MH_INCRLINK_NX)
        fprintf(o, " INCRLINK");
    f &= ~(uint32_t)(MH_NOUNDEFS_NX | MH_INCRLINK_NX);
    if (f)
        fprintf(o, " 0x%08x", f);
    if (!im->flags)
        fprintf(o, " (none)");
    fprintf(o, "\n");
}

/* ---- -l ---------------------------------------------------------------- */

static void print_prot(FILE *o, const char *label, uint32_t prot, int verbose)
{
    if (!verbose || prot & ~7u) {
        fprintf(o, "%s 0x%08x\n", label, prot);
        return;
    }
    fprintf(o, "%s %c%c%c\n", label, prot & VM_PROT_READ_NX ? 'r' : '-', prot & VM_PROT_WRITE_NX ? 'w' : '-',
            prot & VM_PROT_EXECUTE_NX ? 'x' : '-');
}

static const char *section_type_name(uint32_t t)
{
    switch (t) {
    case S_REGULAR_NX: return "S_REGULAR";
    case S_ZEROFILL_NX: return "S_ZEROFILL";
    case S_CSTRING_LITERALS_NX: return "S_CSTRING_LITERALS";
    case S_4BYTE_LITERALS_NX: return "S_4BYTE_LITERALS";
    case S_8BYTE_LITERALS_NX: return "S_8BYTE_LITERALS";
    case S_LITERAL_POINTERS_NX: return "S_LITERAL_POINTERS";
    default: return NULL;
    }
}

static void print_section_header(FILE *o, const struct nx_section *x, int verbose)
{
    fprintf(o, "Section\n");
    fprintf(o, "  sectname %s\n", x->sectname);
    fprintf(o, "   segname %s\n", x->segname);
    fprintf(o, "      addr 0x%08x\n", x->addr);
    fprintf(o, "      size 0x%08x\n", x->size);
    fprintf(o, "    offset %u\n", x->offset);
    if (x->align < 32)
        fprintf(o, "     align 2^%u (%u)\n", x->align, 1u << x->align);
    else
        fprintf(o, "     align 2^%u (?)\n", x->align);
    fprintf(o, "    reloff %u\n", x->reloff);
    fprintf(o, "    nreloc %u\n", x->nreloc);
    if (verbose) {
        const char *t = section_type_name(x->flags & SECTION_TYPE_NX);
        if (t)
            fprintf(o, "      type %s\n", t);
        else
            fprintf(o, "      type 0x%02x\n", x->flags & SECTION_TYPE_NX);
        if (x->flags & SECTION_ATTRIBUTES_NX)
            fprintf(o, "attributes 0x%08x\n", x->flags & SECTION_ATTRIBUTES_NX);
        else
            fprintf(o, "attributes (none)\n");
    } else {
        fprintf(o, "     flags 0x%08x\n", x->flags);
    }
    fprintf(o, " reserved1 %u\n", x->reserved1);
    fprintf(o, " reserved2 %u\n", x->reserved2);
}

static void print_segment(const struct nx_image *im, const uint8_t *lc, uint32_t cmdsize,
                          uint32_t *sectno, int verbose)
{
    FILE *o = im->out;
    char name[17];
    printable_name(name, lc + 8, 16);
    fprintf(o, "      cmd LC_SEGMENT\n");
    fprintf(o, "  cmdsize %u\n", cmdsize);
    fprintf(o, "  segname %s\n", name);
    fprintf(o, "   vmaddr 0x%08x\n", be32(lc + 24));
    fprintf(o, "   vmsize 0x%08x\n", be32(lc + 28));
    fprintf(o, "  fileoff %u\n", be32(lc + 32));
    fprintf(o, " filesize %u\n", be32(lc + 36));
    print_prot(o, "  maxprot", be32(lc + 40), verbose);
    print_prot(o, " initprot", be32(lc + 44), verbose);
    uint32_t nsects = be32(lc + 48), flags = be32(lc + 52);
    fprintf(o, "   nsects %u\n", nsects);
    if (!verbose) {
        fprintf(o, "    flags 0x%x\n", flags);
    } else {
        fprintf(o, "    flags");
        if (!flags)
            fprintf(o, " (none)");
        if (flags & SG_HIGHVM_NX)
            fprintf(o, " HIGHVM");
        if (flags & SG_FVMLIB_NX)
            fprintf(o, " FVMLIB");
        if (flags & SG_NORELOC_NX)
            fprintf(o, " NORELOC");
        if (flags & ~7u)
            fprintf(o, " 0x%x", flags & ~7u);
        fprintf(o, "\n");
    }
    for (uint32_t k = 0; k < nsects; k++)
        print_section_header(o, &im->sects[(*sectno)++], verbose);
}

/* m68k thread states (CCT358 mach/m68k/thread_status.h, reference section 2). */
static void print_thread(const struct nx_image *im, const uint8_t *lc, uint32_t cmdsize)
{
    FILE *o = im->out;
    uint32_t p = THREAD_COMMAND_SIZE_NX;
    while (p + 8 <= cmdsize) {
        uint32_t flavor = be32(lc + p), count = be32(lc + p + 4);
        const uint8_t *st = lc + p + 8;
        p += 8 + 4 * count;   /* validated: fits in cmdsize */
        switch (flavor) {
        case M68K_THREAD_STATE_REGS_NX:
            fprintf(o, "     flavor M68K_THREAD_STATE_REGS\n");
            if (count == M68K_THREAD_STATE_REGS_COUNT_NX)
                fprintf(o, "      count M68K_THREAD_STATE_REGS_COUNT\n");
            else
                fprintf(o, "      count %u (not M68K_THREAD_STATE_REGS_COUNT)\n", count);
            if (count < M68K_THREAD_STATE_REGS_COUNT_NX)
                break;
            for (int r = 0; r < 2; r++) {
                for (int half = 0; half < 2; half++) {
                    fprintf(o, "%s", half ? "       " : r ? " aregs " : " dregs ");
                    for (int k = 0; k < 4; k++)
                        fprintf(o, " %08x", be32(st + 32 * r + 16 * half + 4 * k));
                    fprintf(o, "\n");
                }
            }
            fprintf(o, " pad 0x%04x sr 0x%04x pc 0x%08x\n", be16(st + 64), be16(st + 66),
                    be32(st + THREAD_REGS_PC_OFFSET_NX));
            break;
        case M68K_THREAD_STATE_68882_NX:
            fprintf(o, "     flavor M68K_THREAD_STATE_68882\n");
            if (count == M68K_THREAD_STATE_68882_COUNT_NX)
                fprintf(o, "      count M68K_THREAD_STATE_68882_COUNT\n");
            else
                fprintf(o, "      count %u (not M68K_THREAD_STATE_68882_COUNT)\n", count);
            if (count < M68K_THREAD_STATE_68882_COUNT_NX)
                break;
            for (int r = 0; r < 8; r++)
                fprintf(o, " fp%d %08x %08x %08x\n", r, be32(st + 12 * r), be32(st + 12 * r + 4),
                        be32(st + 12 * r + 8));
            fprintf(o, " cr 0x%08x sr 0x%08x iar 0x%08x state 0x%08x\n", be32(st + 96), be32(st + 100),
                    be32(st + 104), be32(st + 108));
            break;
        case M68K_THREAD_STATE_USER_REG_NX:
            fprintf(o, "     flavor M68K_THREAD_STATE_USER_REG\n");
            if (count == M68K_THREAD_STATE_USER_REG_COUNT_NX)
                fprintf(o, "      count M68K_THREAD_STATE_USER_REG_COUNT\n");
            else
                fprintf(o, "      count %u (not M68K_THREAD_STATE_USER_REG_COUNT)\n", count);
            if (count >= 1)
                fprintf(o, " user_reg 0x%08x\n", be32(st));
            break;
        default:
            fprintf(o, "     flavor %u (unknown)\n", flavor);
            fprintf(o, "      count %u\n", count);
            for (uint32_t k = 0; k < count; k++)
                fprintf(o, "%s%08x%s", k % 4 ? " " : "      ", be32(st + 4 * k),
                        k % 4 == 3 || k + 1 == count ? "\n" : "");
            break;
        }
    }
}

/* A NUL-terminated string inside the command at offset off (validated to be
 * inside it); printed up to the end of the command if no NUL. */
static void print_lc_string(FILE *o, const uint8_t *lc, uint32_t cmdsize, uint32_t off)
{
    const uint8_t *s = lc + off, *z = memchr(s, 0, cmdsize - off);
    fwrite(s, 1, z ? (size_t)(z - s) : cmdsize - off, o);
}

static void print_raw_words(FILE *o, const uint8_t *lc, uint32_t from, uint32_t cmdsize)
{
    for (uint32_t p = from, k = 0; p + 4 <= cmdsize; p += 4, k++)
        fprintf(o, "%s%08x%s", k % 4 ? " " : "      ", be32(lc + p), k % 4 == 3 || p + 8 > cmdsize ? "\n" : "");
}

void print_loads(const struct nx_image *im, int verbose)
{
    FILE *o = im->out;
    const uint8_t *cmds = im->d + MACH_HEADER_SIZE_NX;
    uint32_t off = 0, sectno = 0;
    for (uint32_t i = 0; i < im->ncmds; i++) {
        const uint8_t *lc = cmds + off;
        uint32_t cmd = be32(lc), cmdsize = be32(lc + 4);
        fprintf(o, "Load command %u\n", i);
        switch (cmd) {
        case LC_SEGMENT_NX:
            print_segment(im, lc, cmdsize, &sectno, verbose);
            break;
        case LC_SYMTAB_NX:
            fprintf(o, "     cmd LC_SYMTAB\n");
            fprintf(o, " cmdsize %u\n", cmdsize);
            fprintf(o, "  symoff %u\n", be32(lc + 8));
            fprintf(o, "   nsyms %u\n", be32(lc + 12));
            fprintf(o, "  stroff %u\n", be32(lc + 16));
            fprintf(o, " strsize %u\n", be32(lc + 20));
            break;
        case LC_SYMSEG_NX:
            fprintf(o, "     cmd LC_SYMSEG\n");
            fprintf(o, " cmdsize %u\n", cmdsize);
            fprintf(o, "  offset %u\n", be32(lc + 8));
            fprintf(o, "    size %u\n", be32(lc + 12));
            break;
        case LC_THREAD_NX:
        case LC_UNIXTHREAD_NX:
            fprintf(o, "        cmd %s\n", lc_name(cmd));
            fprintf(o, "    cmdsize %u\n", cmdsize);
            print_thread(im, lc, cmdsize);
            break;
        case LC_LOADFVMLIB_NX:
        case LC_IDFVMLIB_NX:
            fprintf(o, "           cmd %s\n", lc_name(cmd));
            fprintf(o, "       cmdsize %u\n", cmdsize);
            fprintf(o, "          name ");
            print_lc_string(o, lc, cmdsize, be32(lc + 8));
            fprintf(o, " (offset %u)\n", be32(lc + 8));
            fprintf(o, " minor version %u\n", be32(lc + 12));
            fprintf(o, "   header addr 0x%08x\n", be32(lc + 16));
            break;
        case LC_FVMFILE_NX:
            fprintf(o, "           cmd LC_FVMFILE\n");
            fprintf(o, "       cmdsize %u\n", cmdsize);
            fprintf(o, "          name ");
            print_lc_string(o, lc, cmdsize, be32(lc + 8));
            fprintf(o, " (offset %u)\n", be32(lc + 8));
            fprintf(o, "   header addr 0x%08x\n", be32(lc + 12));
            break;
        case LC_IDENT_NX: {
            fprintf(o, "          cmd LC_IDENT\n");
            fprintf(o, "      cmdsize %u\n", cmdsize);
            /* ident_command: NUL-separated strings padded to 4 (CCT358 loader.h). */
            uint32_t p = 8;
            while (p < cmdsize) {
                const uint8_t *z = memchr(lc + p, 0, cmdsize - p);
                uint32_t n = z ? (uint32_t)(z - (lc + p)) : cmdsize - p;
                if (n) {
                    fprintf(o, " ident string ");
                    fwrite(lc + p, 1, n, o);
                    fprintf(o, "\n");
                }
                p += n + 1;
            }
            break;
        }
        default:
            if (lc_name(cmd))
                fprintf(o, "      cmd %s\n", lc_name(cmd));
            else
                fprintf(o, "      cmd 0x%x (unknown load command)\n", cmd);
            fprintf(o, "  cmdsize %u\n", cmdsize);
            print_raw_words(o, lc, 8, cmdsize);
            break;
        }
        off += cmdsize;
    }
}

/* ---- -r ---------------------------------------------------------------- */

/* Generic relocation types used by m68k (CCT358 reloc.h, reference section 3). */
static const char *reloc_type_name(uint32_t t)
{
    switch (t) {
    case GENERIC_RELOC_VANILLA_NX: return "VANILLA";
    case GENERIC_RELOC_PAIR_NX: return "PAIR";
    case GENERIC_RELOC_SECTDIFF_NX: return "SECTDIFF";
    case GENERIC_RELOC_PB_LA_PTR_NX: return "PB_LA_PTR";
    default: return NULL;
    }
}

static void put_field(FILE *o, const char *sym, uint32_t num, int width, int verbose)
{
    if (verbose && sym)
        fprintf(o, "%-*s ", width, sym);
    else
        fprintf(o, "%-*u ", width, num);
}

static const char *const length_names[4] = { "byte", "word", "long", "?(3)" };

void print_relocs(const struct nx_image *im, int verbose)
{
    FILE *o = im->out;
    for (uint32_t k = 0; k < im->nsects; k++) {
        const struct nx_section *x = &im->sects[k];
        if (!x->nreloc)
            continue;
        fprintf(o, "Relocation information (%s,%s) %u entries\n", x->segname, x->sectname, x->nreloc);
        fprintf(o, "address  pcrel length extern type      scattered symbolnum/value\n");
        for (uint32_t r = 0; r < x->nreloc; r++) {
            const uint8_t *e = im->d + x->reloff + (size_t)r * RELOCATION_INFO_SIZE_NX;
            uint32_t w0 = be32(e), w1 = be32(e + 4);
            if (w0 & R_SCATTERED_NX) {
                /* scattered_relocation_info: 1|pcrel|length:2|type:4|address:24, r_value. */
                uint32_t pcrel = (w0 >> 30) & 1, length = (w0 >> 28) & 3, type = (w0 >> 24) & 15;
                fprintf(o, "%08x ", w0 & 0xffffff);
                put_field(o, pcrel ? "True" : "False", pcrel, 5, verbose);
                put_field(o, length_names[length], length, 6, verbose);
                put_field(o, "n/a", 0, 6, 1);
                put_field(o, reloc_type_name(type), type, 9, verbose);
                put_field(o, verbose ? "True" : "1", 1, 9, 1);
                fprintf(o, "0x%08x\n", w1);
                continue;
            }
            /* relocation_info: r_address, symbolnum:24|pcrel|length:2|extern|type:4. */
            uint32_t symnum = w1 >> 8, pcrel = (w1 >> 7) & 1, length = (w1 >> 5) & 3;
            uint32_t ext = (w1 >> 4) & 1, type = w1 & 15;
            fprintf(o, "%08x ", w0);
            put_field(o, pcrel ? "True" : "False", pcrel, 5, verbose);
            put_field(o, length_names[length], length, 6, verbose);
            put_field(o, ext ? "True" : "False", ext, 6, verbose);
            put_field(o, reloc_type_name(type), type, 9, verbose);
            put_field(o, verbose ? "False" : "0", 0, 9, 1);
            if (!verbose)
                fprintf(o, "%u\n", symnum);
            else if (ext && im->syms)
                fprintf(o, "%.*s\n", (int)im->syms[symnum].name_len, im->syms[symnum].name);
            else if (ext)
                fprintf(o, "%u\n", symnum);
            else if (symnum == R_ABS_NX)
                fprintf(o, "R_ABS\n");
            else
                fprintf(o, "%u (%s,%s)\n", symnum, im->sects[symnum - 1].segname,
                        im->sects[symnum - 1].sectname);
        }
    }
}

/* ---- -S ---------------------------------------------------------------- */

/* The letter nm prints for a symbol (CCT358 nlist.h types; nm's rules): T, D,
 * B for __TEXT,__text / __DATA,__data / __DATA,__bss, S for other sections,
 * A absolute, U undefined, C common (undefined external with a size), I
 * indirect; lower case when not N_EXT. */
char nm_type_letter(const struct nx_image *im, const struct nx_symbol *s)
{
    char c;
    switch (s->type & N_TYPE_NX) {
    case N_UNDF_NX:
        c = s->value && (s->type & N_EXT_NX) ? 'C' : 'U';
        break;
    case N_ABS_NX:
        c = 'A';
        break;
    case N_INDR_NX:
        c = 'I';
        break;
    case N_SECT_NX: {
        const struct nx_section *x = &im->sects[s->sect - 1];
        if (!strcmp(x->segname, "__TEXT") && !strcmp(x->sectname, "__text"))
            c = 'T';
        else if (!strcmp(x->segname, "__DATA") && !strcmp(x->sectname, "__data"))
            c = 'D';
        else if (!strcmp(x->segname, "__DATA") && !strcmp(x->sectname, "__bss"))
            c = 'B';
        else
            c = 'S';
        break;
    }
    default:
        c = '?';
        break;
    }
    if (!(s->type & N_EXT_NX) && c != '?')
        c = (char)(c - 'A' + 'a');
    return c;
}

static const struct nx_symbol *sort_syms;
static int cmp_name(const void *a, const void *b)
{
    const struct nx_symbol *x = &sort_syms[*(const uint32_t *)a], *y = &sort_syms[*(const uint32_t *)b];
    size_t n = x->name_len < y->name_len ? x->name_len : y->name_len;
    int c = memcmp(x->name, y->name, n);
    if (c)
        return c;
    if (x->name_len != y->name_len)
        return x->name_len < y->name_len ? -1 : 1;
    if (x->value != y->value)
        return x->value < y->value ? -1 : 1;
    return *(const uint32_t *)a < *(const uint32_t *)b ? -1 : 1;
}

/* Symbols sorted by name like nm; debugger (N_STAB) entries are left out. */
void print_symbols(const struct nx_image *im)
{
    FILE *o = im->out;
    if (!im->nsyms)
        return;
    uint32_t *idx = malloc(im->nsyms * sizeof *idx), n = 0;
    if (!idx)
        return;
    for (uint32_t k = 0; k < im->nsyms; k++)
        if (!(im->syms[k].type & N_STAB_NX))
            idx[n++] = k;
    sort_syms = im->syms;
    qsort(idx, n, sizeof *idx, cmp_name);
    for (uint32_t k = 0; k < n; k++) {
        const struct nx_symbol *s = &im->syms[idx[k]];
        char c = nm_type_letter(im, s);
        if (c == 'U' || c == 'u')
            fprintf(o, "         %c ", c);
        else
            fprintf(o, "%08x %c ", s->value, c);
        fwrite(s->name, 1, s->name_len, o);
        if (c == 'I' || c == 'i')
            fprintf(o, " (indirect for string %u)", s->value);
        fprintf(o, "\n");
    }
    free(idx);
}

/* ---- -s / -d ------------------------------------------------------------ */

/* Contents as big-endian 32-bit words, 16 bytes a line, the way otool dumps
 * sections of big-endian files; a trailing part of a word as bytes. */
void print_section_hex(const struct nx_image *im, const char *seg, const char *sect)
{
    FILE *o = im->out;
    const struct nx_section *x = img_find_section(im, seg, sect, NULL);
    fprintf(o, "Contents of (%s,%s) section\n", seg, sect);
    if (!x) {
        if (im->err)
            fprintf(im->err, "next-otool: warning: %s: no section (%s,%s)\n", im->name, seg, sect);
        return;
    }
    if ((x->flags & SECTION_TYPE_NX) == S_ZEROFILL_NX) {
        fprintf(o, "zerofill section: %u bytes, no contents in the file\n", x->size);
        return;
    }
    const uint8_t *p = im->d + x->offset;
    for (uint32_t i = 0; i < x->size; i += 16) {
        fprintf(o, "%08x\t", x->addr + i);
        uint32_t j = i;
        for (; j < i + 16 && j + 4 <= x->size; j += 4)
            fprintf(o, "%s%08x", j > i ? " " : "", be32(p + j));
        for (; j < i + 16 && j < x->size; j++)
            fprintf(o, "%s%02x", j > i ? " " : "", p[j]);
        fprintf(o, "\n");
    }
}
