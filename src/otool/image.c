/*
 * next-otool: validation of a NeXTSTEP 3.x m68k Mach-O image before anything
 * is printed.  It walks the mach_header (28 bytes), every load command
 * (cmd/cmdsize chain inside sizeofcmds), the LC_SEGMENT section headers and
 * the byte ranges they name (section contents, relocation entries), the
 * LC_SYMTAB symbol and string tables, the LC_UNIXTHREAD/LC_THREAD
 * flavor/count chain, LC_LOADFVMLIB/LC_IDFVMLIB/LC_FVMFILE name offsets and
 * LC_SYMSEG ranges (layouts: reference section 1, CCT358 loader.h and
 * nlist.h, via src/common/macho.h), plus the symbol numbers of relocation
 * entries.  Every check is done in 64-bit arithmetic against the file size
 * so no later printing step can read outside the file.  Each problem is one
 * line naming the file and the place; the first problem of an image is
 * reported and the caller stops without printing anything about it.  The
 * header, cmdsize chain, segment/section, symtab and thread flavor walks are
 * the bounds-checked ones shared with next-run and next-ld
 * (src/common/macho_walk.h); this file gives their status codes
 * next-otool's messages and adds the checks only a full listing needs.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "be.h"
#include "macho.h"
#include "macho_walk.h"
#include "otool.h"


void img_error(struct nx_image *im, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    /* Only the first problem is reported: later ones are mostly its
     * consequences (a truncated file cuts several tables at once). */
    if (im->nerrors++ == 0 && im->err)
        fprintf(im->err, "next-otool: error: %s: %s\n", im->name, buf);
}

/* Load command names (CCT358 loader.h, the NeXTSTEP 3.x set). */
const char *lc_name(uint32_t cmd)
{
    switch (cmd) {
    case LC_SEGMENT_NX: return "LC_SEGMENT";
    case LC_SYMTAB_NX: return "LC_SYMTAB";
    case LC_SYMSEG_NX: return "LC_SYMSEG";
    case LC_THREAD_NX: return "LC_THREAD";
    case LC_UNIXTHREAD_NX: return "LC_UNIXTHREAD";
    case LC_LOADFVMLIB_NX: return "LC_LOADFVMLIB";
    case LC_IDFVMLIB_NX: return "LC_IDFVMLIB";
    case LC_IDENT_NX: return "LC_IDENT";
    case LC_FVMFILE_NX: return "LC_FVMFILE";
    case LC_PREPAGE_NX: return "LC_PREPAGE";
    default: return NULL;
    }
}

/* A fixed 16-byte name field as a C string, non-printable bytes as '?'
 * (names end up in one-line error messages and in listings). */
void printable_name(char *dst, const uint8_t *src, size_t n)
{
    size_t i;
    for (i = 0; i < n && src[i]; i++)
        dst[i] = src[i] >= 32 && src[i] < 127 ? (char)src[i] : '?';
    dst[i] = 0;
}

/* Does [off, off+size) lie inside the file? */
static int in_file(const struct nx_image *im, uint64_t off, uint64_t size)
{
    return mw_in_file(im->len, off, size);
}

const struct nx_section *img_find_section(const struct nx_image *im, const char *seg, const char *sect,
                                          uint32_t *ordinal)
{
    for (uint32_t i = 0; i < im->nsects; i++)
        if (!strcmp(im->sects[i].segname, seg) && !strcmp(im->sects[i].sectname, sect)) {
            if (ordinal)
                *ordinal = i + 1;
            return &im->sects[i];
        }
    return NULL;
}

static void parse_segment(struct nx_image *im, const struct mw_lc *lc)
{
    uint32_t i = lc->index, cmdsize = lc->cmdsize;
    char segname[17], what[40];
    struct mw_segment sg;
    enum mw_status st = mw_segment(lc, &sg);
    if (st == MW_SEG_SHORT) {
        img_error(im, "load command %u (LC_SEGMENT) cmdsize %u is smaller than a segment_command (%u)",
                  i, cmdsize, SEGMENT_COMMAND_SIZE_NX);
        return;
    }
    printable_name(segname, sg.segname, 16);
    snprintf(what, sizeof what, "LC_SEGMENT%s%s", segname[0] ? " " : "", segname);
    uint32_t nsects = sg.nsects;
    if (st != MW_OK) {
        img_error(im, "load command %u (%s) cmdsize %u does not match nsects %u", i, what,
                  cmdsize, nsects);
        return;
    }
    if (!in_file(im, sg.fileoff, sg.filesize))
        img_error(im, "load command %u (%s) extends past the end of the file "
                  "(fileoff %u filesize %u, file size %zu)", i, what, sg.fileoff, sg.filesize, im->len);
    struct nx_section *ns = realloc(im->sects, (im->nsects + (size_t)nsects) * sizeof *ns);
    if (!ns && im->nsects + nsects) {
        img_error(im, "out of memory");
        return;
    }
    im->sects = ns;
    for (uint32_t k = 0; k < nsects; k++) {
        struct mw_section h;
        mw_section(&sg, k, &h);
        struct nx_section *x = &im->sects[im->nsects++];
        printable_name(x->sectname, h.sectname, 16);
        printable_name(x->segname, h.segname, 16);
        x->addr = h.addr;
        x->size = h.size;
        x->offset = h.offset;
        x->align = h.align;
        x->reloff = h.reloff;
        x->nreloc = h.nreloc;
        x->flags = h.flags;
        x->reserved1 = h.reserved1;
        x->reserved2 = h.reserved2;
        if ((x->flags & SECTION_TYPE_NX) != S_ZEROFILL_NX && !in_file(im, x->offset, x->size))
            img_error(im, "section (%s,%s) of load command %u extends past the end of the file "
                      "(offset %u size %u)", x->segname, x->sectname, i, x->offset, x->size);
        if (x->nreloc && !in_file(im, x->reloff, (uint64_t)x->nreloc * RELOCATION_INFO_SIZE_NX))
            img_error(im, "relocation entries of section (%s,%s) extend past the end of the file "
                      "(reloff %u nreloc %u)", x->segname, x->sectname, x->reloff, x->nreloc);
    }
}

static void parse_thread(struct nx_image *im, const struct mw_lc *lc)
{
    uint32_t p = THREAD_COMMAND_SIZE_NX, flavor, count;
    const uint8_t *state;
    enum mw_status st;
    while ((st = mw_next_flavor(lc, &p, &flavor, &count, &state)) == MW_OK)
        ;
    if (st == MW_FLAVOR_CUT)
        img_error(im, "load command %u (%s) has a flavor/count pair cut off by cmdsize %u", lc->index,
                  lc_name(lc->cmd), lc->cmdsize);
    else if (st == MW_FLAVOR_PAST_CMD)
        img_error(im, "load command %u (%s) flavor %u count %u extends past cmdsize %u", lc->index,
                  lc_name(lc->cmd), flavor, count, lc->cmdsize);
}

/* fvmlib_command / fvmfile_command: the name offset must point inside the command. */
static void check_name_offset(struct nx_image *im, uint32_t i, uint32_t cmd, const uint8_t *lc,
                              uint32_t cmdsize, uint32_t fixed)
{
    if (cmdsize < fixed) {
        img_error(im, "load command %u (%s) cmdsize %u is smaller than %u", i, lc_name(cmd), cmdsize, fixed);
        return;
    }
    uint32_t off = be32(lc + 8);
    if (off < fixed || off >= cmdsize)
        img_error(im, "load command %u (%s) name offset %u is outside the command (cmdsize %u)", i,
                  lc_name(cmd), off, cmdsize);
}

static void parse_symtab(struct nx_image *im)
{
    struct mw_symtab tab = { im->symoff, im->nsyms, im->stroff, im->strsize };
    switch (mw_symtab_check(&tab, im->len)) {
    case MW_SYMS_PAST_EOF:
        img_error(im, "load command %u (LC_SYMTAB): symbol table extends past the end of the file "
                  "(symoff %u nsyms %u)", im->symtab_cmd, im->symoff, im->nsyms);
        return;
    case MW_STRS_PAST_EOF:
        img_error(im, "load command %u (LC_SYMTAB): string table extends past the end of the file "
                  "(stroff %u strsize %u)", im->symtab_cmd, im->stroff, im->strsize);
        return;
    default:
        break;
    }
    im->syms = calloc(im->nsyms ? im->nsyms : 1, sizeof *im->syms);
    if (!im->syms) {
        img_error(im, "out of memory");
        return;
    }
    const char *strtab = (const char *)im->d + im->stroff;
    for (uint32_t k = 0; k < im->nsyms; k++) {
        const uint8_t *n = im->d + im->symoff + (size_t)k * NLIST_SIZE_NX;
        struct nx_symbol *s = &im->syms[k];
        uint32_t strx = be32(n);
        s->type = n[4];
        s->sect = n[5];
        s->desc = be16(n + 6);
        s->value = be32(n + 8);
        s->name = "";
        if (strx) {
            if (strx >= im->strsize) {
                img_error(im, "symbol %u: n_strx %u is past the end of the string table (strsize %u)", k,
                          strx, im->strsize);
                continue;
            }
            s->name = strtab + strx;
            const char *z = memchr(s->name, 0, im->strsize - strx);
            s->name_len = z ? (size_t)(z - s->name) : im->strsize - strx;
        }
        if (!(s->type & N_STAB_NX) && (s->type & N_TYPE_NX) == N_SECT_NX &&
            (s->sect == NO_SECT_NX || s->sect > im->nsects))
            img_error(im, "symbol %u (%.*s): n_sect %u is not a section (the file has %u)", k,
                      (int)(s->name_len > 60 ? 60 : s->name_len), s->name, s->sect, im->nsects);
    }
}

/* Relocation entries: extern entries name a symbol, local ones a section. */
static void check_relocs(struct nx_image *im)
{
    for (uint32_t k = 0; k < im->nsects; k++) {
        const struct nx_section *x = &im->sects[k];
        for (uint32_t r = 0; r < x->nreloc; r++) {
            const uint8_t *e = im->d + x->reloff + (size_t)r * RELOCATION_INFO_SIZE_NX;
            uint32_t w0 = be32(e), w1 = be32(e + 4);
            if (w0 & R_SCATTERED_NX)
                continue;
            uint32_t symnum = w1 >> 8, ext = (w1 >> 4) & 1;
            if (ext && symnum >= im->nsyms)
                img_error(im, "relocation entry %u of section (%s,%s): symbol number %u is out of range "
                          "(%u symbols)", r, x->segname, x->sectname, symnum, im->nsyms);
            else if (!ext && symnum > im->nsects)
                img_error(im, "relocation entry %u of section (%s,%s): section number %u is out of range "
                          "(%u sections)", r, x->segname, x->sectname, symnum, im->nsects);
        }
    }
}

/* Validate the image; 0 if it is sound, else the number of errors (all reported). */
int img_parse(struct nx_image *im)
{
    struct mw_header h;
    enum mw_status st = mw_header(im->d, im->len, 0, &h);
    im->cputype = h.cputype;
    im->cpusubtype = h.cpusubtype;
    im->filetype = h.filetype;
    im->ncmds = h.ncmds;
    im->sizeofcmds = h.sizeofcmds;
    im->flags = h.flags;
    switch (st) {
    case MW_OK:
        break;
    case MW_BAD_MAGIC:
        if (h.magic == MH_CIGAM_NX)
            img_error(im, "little-endian Mach-O file (not NeXT m68k)");
        else
            img_error(im, "not a Mach-O file (magic 0x%08x)", h.magic);
        return im->nerrors;
    case MW_SHORT:
        img_error(im, "file too short for a Mach-O header (%zu bytes, need %u)", im->len, MACH_HEADER_SIZE_NX);
        return im->nerrors;
    case MW_BAD_CPU:
        img_error(im, "cputype %u is not MC680x0 (%u)", im->cputype, CPU_TYPE_MC680x0_NX);
        return im->nerrors;
    default: /* MW_CMDS_PAST_EOF */
        img_error(im, "load commands (sizeofcmds %u) extend past the end of the file (%zu bytes)",
                  im->sizeofcmds, im->len);
        return im->nerrors;
    }
    struct mw_cmds it;
    struct mw_lc lcmd;
    mw_cmds_init(&it, im->d + MACH_HEADER_SIZE_NX, im->ncmds, im->sizeofcmds);
    while ((st = mw_next_cmd(&it, &lcmd)) != MW_END) {
        uint32_t i = lcmd.index, cmd = lcmd.cmd, cmdsize = lcmd.cmdsize;
        const uint8_t *lc = lcmd.p;
        if (st == MW_LC_CUT) {
            img_error(im, "load command %u extends past the end of the load commands (sizeofcmds %u)", i,
                      im->sizeofcmds);
            break;
        }
        char what[32];
        if (!lc_name(cmd))
            snprintf(what, sizeof what, "cmd 0x%x", cmd);
        else
            snprintf(what, sizeof what, "%s", lc_name(cmd));
        if (st == MW_LC_BAD_SIZE) {
            img_error(im, "load command %u (%s) has a bad cmdsize %u", i, what, cmdsize);
            break;
        }
        if (st == MW_LC_PAST_CMDS) {
            img_error(im, "load command %u (%s) extends past the end of the load commands "
                      "(cmdsize %u, sizeofcmds %u)", i, what, cmdsize, im->sizeofcmds);
            break;
        }
        switch (cmd) {
        case LC_SEGMENT_NX:
            parse_segment(im, &lcmd);
            break;
        case LC_SYMTAB_NX: {
            struct mw_symtab tab;
            if (mw_symtab(&lcmd, &tab) != MW_OK) {
                img_error(im, "load command %u (LC_SYMTAB) cmdsize %u is smaller than %u", i, cmdsize,
                          SYMTAB_COMMAND_SIZE_NX);
                break;
            }
            if (im->have_symtab++) {
                img_error(im, "load command %u: more than one LC_SYMTAB", i);
                break;
            }
            im->symtab_cmd = i;
            im->symoff = tab.symoff;
            im->nsyms = tab.nsyms;
            im->stroff = tab.stroff;
            im->strsize = tab.strsize;
            break;
        }
        case LC_THREAD_NX:
        case LC_UNIXTHREAD_NX:
            parse_thread(im, &lcmd);
            break;
        case LC_LOADFVMLIB_NX:
        case LC_IDFVMLIB_NX:
            check_name_offset(im, i, cmd, lc, cmdsize, FVMLIB_COMMAND_SIZE_NX);
            break;
        case LC_FVMFILE_NX:
            check_name_offset(im, i, cmd, lc, cmdsize, FVMFILE_COMMAND_SIZE_NX);
            break;
        case LC_SYMSEG_NX:
            if (cmdsize < SYMSEG_COMMAND_SIZE_NX)
                img_error(im, "load command %u (LC_SYMSEG) cmdsize %u is smaller than %u", i, cmdsize,
                          SYMSEG_COMMAND_SIZE_NX);
            else if (!in_file(im, be32(lc + 8), be32(lc + 12)))
                img_error(im, "load command %u (LC_SYMSEG) extends past the end of the file "
                          "(offset %u size %u)", i, be32(lc + 8), be32(lc + 12));
            break;
        default:
            break; /* shown raw */
        }
    }
    if (im->have_symtab && !im->nerrors)
        parse_symtab(im);
    if (!im->nerrors)
        check_relocs(im);
    return im->nerrors;
}

void img_free(struct nx_image *im)
{
    free(im->sects);
    free(im->syms);
    im->sects = NULL;
    im->syms = NULL;
}
