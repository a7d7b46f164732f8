/*
 * The bounds-checked walk over a NeXTSTEP 3.x m68k Mach-O file that all three
 * Mach-O readers share: next-run (executables and fixed VM libraries, in the
 * m68k loader and the host fuzz harness), next-otool (validation before any
 * listing) and next-ld (MH_OBJECT input).  It covers the mach_header (28
 * bytes: magic, cputype, filetype, sizeofcmds inside the file), the chain of
 * load commands (each cmdsize at least 8, a multiple of 4 and inside
 * sizeofcmds), the segment_command with its section headers, the
 * symtab_command with the ranges of its tables, and the flavor/count pairs of
 * a thread_command (layouts: reference section 1, CCT358 loader.h, via
 * macho.h).  Nothing here prints: every check gives a status code and the
 * caller turns it into its own tool's message (the texts are listed in
 * docs/errors.md per tool), so each tool keeps its wording and the order in
 * which it reports problems.  Header-only (static inline) so that it builds
 * unchanged for the host tools, the m68k loader and the libFuzzer harnesses,
 * whatever file list each of them compiles.
 */
#ifndef NX_MACHO_WALK_H
#define NX_MACHO_WALK_H
#include <stdbool.h>
#include <stdint.h>

#include "be.h"
#include "macho.h"

enum mw_status {
    MW_OK = 0,
    MW_END,              /* no more load commands / thread flavors */
    /* mw_header() */
    MW_SHORT,            /* file shorter than a mach_header (magic unread if < 4 bytes) */
    MW_BAD_MAGIC,        /* magic is not MH_MAGIC (fat, little-endian or not Mach-O) */
    MW_BAD_CPU,          /* cputype is not MC680x0 */
    MW_BAD_FILETYPE,     /* filetype is not the one asked for */
    MW_CMDS_PAST_EOF,    /* the sizeofcmds bytes after the header leave the file */
    /* mw_next_cmd() */
    MW_LC_CUT,           /* fewer than 8 bytes (cmd, cmdsize) left in sizeofcmds */
    MW_LC_BAD_SIZE,      /* cmdsize < 8 or not a multiple of 4 */
    MW_LC_PAST_CMDS,     /* cmdsize runs past the end of sizeofcmds */
    /* mw_segment() */
    MW_SEG_SHORT,        /* cmdsize smaller than a segment_command */
    MW_SEG_SECTS_OVER,   /* the nsects section headers do not fit in cmdsize */
    MW_SEG_SECTS_UNDER,  /* cmdsize has bytes after the nsects headers (segment still decoded) */
    /* mw_symtab(), mw_symtab_check() */
    MW_SYMTAB_SHORT,     /* cmdsize smaller than a symtab_command */
    MW_SYMS_PAST_EOF,    /* nlist entries leave the file */
    MW_STRS_PAST_EOF,    /* string table leaves the file */
    /* mw_next_flavor() */
    MW_FLAVOR_CUT,       /* a flavor/count pair cut off by cmdsize */
    MW_FLAVOR_PAST_CMD,  /* count longs of state run past cmdsize */
};

/* Does [off, off+size) lie inside n bytes?  64-bit, so no sum can wrap. */
static inline bool mw_in_file(uint64_t n, uint64_t off, uint64_t size)
{
    return off <= n && size <= n - off;
}

/* mach_header: 7 big-endian words (CCT358 loader.h). */
struct mw_header {
    uint32_t magic, cputype, cpusubtype, filetype, ncmds, sizeofcmds, flags;
};

/* Check the header of a file of len bytes whose first bytes are d (at least
 * min(len, 28) of them readable).  The checks, in this order: magic (when 4
 * bytes exist), length >= 28, cputype, filetype (only if want_filetype is
 * not 0), load commands inside the file.  h is filled as far as the bytes
 * allow (all of it from length 28 on), also when a check fails. */
static inline enum mw_status mw_header(const uint8_t *d, uint64_t len, uint32_t want_filetype,
                                       struct mw_header *h)
{
    *h = (struct mw_header){ 0 };
    if (len < 4)
        return MW_SHORT;
    h->magic = be32(d);
    if (h->magic != MH_MAGIC_NX)
        return MW_BAD_MAGIC;
    if (len < MACH_HEADER_SIZE_NX)
        return MW_SHORT;
    h->cputype = be32(d + 4);
    h->cpusubtype = be32(d + 8);
    h->filetype = be32(d + 12);
    h->ncmds = be32(d + 16);
    h->sizeofcmds = be32(d + 20);
    h->flags = be32(d + 24);
    if (h->cputype != CPU_TYPE_MC680x0_NX)
        return MW_BAD_CPU;
    if (want_filetype && h->filetype != want_filetype)
        return MW_BAD_FILETYPE;
    if (!mw_in_file(len, MACH_HEADER_SIZE_NX, h->sizeofcmds))
        return MW_CMDS_PAST_EOF;
    return MW_OK;
}

/* The load commands: sizeofcmds bytes at cmds (the 28 bytes after the
 * header; not necessarily inside a whole-file buffer), ncmds of them. */
struct mw_cmds {
    const uint8_t *cmds;
    uint32_t ncmds, sizeofcmds;
    uint32_t next, off;  /* index and offset of the next command */
};
/* One load command; p points at its cmdsize bytes. */
struct mw_lc {
    uint32_t index, cmd, cmdsize;
    const uint8_t *p;
};

static inline void mw_cmds_init(struct mw_cmds *it, const uint8_t *cmds, uint32_t ncmds,
                                uint32_t sizeofcmds)
{
    *it = (struct mw_cmds){ .cmds = cmds, .ncmds = ncmds, .sizeofcmds = sizeofcmds };
}

/* The next load command: MW_OK (lc filled), MW_END after ncmds commands, or
 * an MW_LC_* error with lc->index (and lc->cmd/cmdsize once readable) set
 * for the message; after an error the walk is over (MW_END). */
static inline enum mw_status mw_next_cmd(struct mw_cmds *it, struct mw_lc *lc)
{
    if (it->next >= it->ncmds)
        return MW_END;
    *lc = (struct mw_lc){ .index = it->next, .p = it->cmds + it->off };
    enum mw_status st = MW_OK;
    if (it->sizeofcmds - it->off < 8) {
        st = MW_LC_CUT;
    } else {
        lc->cmd = be32(lc->p);
        lc->cmdsize = be32(lc->p + 4);
        if (lc->cmdsize < 8 || lc->cmdsize % 4)
            st = MW_LC_BAD_SIZE;
        else if (lc->cmdsize > it->sizeofcmds - it->off)
            st = MW_LC_PAST_CMDS;
    }
    if (st != MW_OK) {
        it->next = it->ncmds;
        return st;
    }
    it->off += lc->cmdsize;
    it->next++;
    return MW_OK;
}

/* segment_command (56 bytes) followed by nsects section headers (68 bytes). */
struct mw_segment {
    const uint8_t *segname;  /* the raw 16-byte field */
    uint32_t vmaddr, vmsize, fileoff, filesize, maxprot, initprot, nsects, flags;
    const uint8_t *sects;    /* first section header */
};

/* Decode an LC_SEGMENT.  MW_SEG_SHORT: nothing decoded.  MW_OK (cmdsize is
 * exactly the command plus nsects headers) or MW_SEG_SECTS_UNDER (extra
 * bytes after them): s is filled and all nsects headers lie inside the
 * command.  MW_SEG_SECTS_OVER: s is filled, but the headers do not fit. */
static inline enum mw_status mw_segment(const struct mw_lc *lc, struct mw_segment *s)
{
    if (lc->cmdsize < SEGMENT_COMMAND_SIZE_NX)
        return MW_SEG_SHORT;
    const uint8_t *p = lc->p;
    s->segname = p + 8;
    s->vmaddr = be32(p + 24);
    s->vmsize = be32(p + 28);
    s->fileoff = be32(p + 32);
    s->filesize = be32(p + 36);
    s->maxprot = be32(p + 40);
    s->initprot = be32(p + 44);
    s->nsects = be32(p + 48);
    s->flags = be32(p + 52);
    s->sects = p + SEGMENT_COMMAND_SIZE_NX;
    uint64_t need = (uint64_t)s->nsects * SECTION_SIZE_NX, have = lc->cmdsize - SEGMENT_COMMAND_SIZE_NX;
    return need > have ? MW_SEG_SECTS_OVER : need < have ? MW_SEG_SECTS_UNDER : MW_OK;
}

/* section header (68 bytes, CCT358 loader.h). */
struct mw_section {
    const uint8_t *sectname, *segname;  /* raw 16-byte fields */
    uint32_t addr, size, offset, align, reloff, nreloc, flags, reserved1, reserved2;
};

/* Section header k of a segment that mw_segment() accepted (MW_OK or
 * MW_SEG_SECTS_UNDER) with k < nsects.  Where the section's bytes and
 * relocation entries lie is for the caller to check (mw_in_file). */
static inline void mw_section(const struct mw_segment *seg, uint32_t k, struct mw_section *x)
{
    const uint8_t *h = seg->sects + (uint64_t)k * SECTION_SIZE_NX;
    x->sectname = h;
    x->segname = h + 16;
    x->addr = be32(h + 32);
    x->size = be32(h + 36);
    x->offset = be32(h + 40);
    x->align = be32(h + 44);
    x->reloff = be32(h + 48);
    x->nreloc = be32(h + 52);
    x->flags = be32(h + 56);
    x->reserved1 = be32(h + 60);
    x->reserved2 = be32(h + 64);
}

/* symtab_command: symoff, nsyms (12-byte nlist entries), stroff, strsize. */
struct mw_symtab {
    uint32_t symoff, nsyms, stroff, strsize;
};

static inline enum mw_status mw_symtab(const struct mw_lc *lc, struct mw_symtab *st)
{
    if (lc->cmdsize < SYMTAB_COMMAND_SIZE_NX)
        return MW_SYMTAB_SHORT;
    st->symoff = be32(lc->p + 8);
    st->nsyms = be32(lc->p + 12);
    st->stroff = be32(lc->p + 16);
    st->strsize = be32(lc->p + 20);
    return MW_OK;
}

/* Do the symbol table and then the string table lie in a file of len bytes? */
static inline enum mw_status mw_symtab_check(const struct mw_symtab *st, uint64_t len)
{
    if (!mw_in_file(len, st->symoff, (uint64_t)st->nsyms * NLIST_SIZE_NX))
        return MW_SYMS_PAST_EOF;
    if (!mw_in_file(len, st->stroff, st->strsize))
        return MW_STRS_PAST_EOF;
    return MW_OK;
}

/* The flavor/count pairs of an LC_THREAD/LC_UNIXTHREAD, each followed by
 * count longs of state.  *pos starts at THREAD_COMMAND_SIZE_NX (8).  MW_OK:
 * flavor, count and state (count * 4 bytes inside the command) are set and
 * *pos is past them.  MW_END at cmdsize.  MW_FLAVOR_CUT: fewer than 8 bytes
 * left.  MW_FLAVOR_PAST_CMD: flavor and count set, the state does not fit. */
static inline enum mw_status mw_next_flavor(const struct mw_lc *lc, uint32_t *pos, uint32_t *flavor,
                                            uint32_t *count, const uint8_t **state)
{
    if (*pos >= lc->cmdsize)
        return MW_END;
    if (lc->cmdsize - *pos < 8)
        return MW_FLAVOR_CUT;
    *flavor = be32(lc->p + *pos);
    *count = be32(lc->p + *pos + 4);
    *pos += 8;
    if (*count > (lc->cmdsize - *pos) / 4)
        return MW_FLAVOR_PAST_CMD;
    *state = lc->p + *pos;
    *pos += 4 * *count;
    return MW_OK;
}
#endif
