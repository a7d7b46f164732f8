/*
 * NeXT MH_OBJECT input: objects written by NeXTSTEP's own cc/as (or by
 * next-ld -r) are read into the same model as ELF objects, so the rest of
 * next-ld links them unchanged.  Reference sections 1 and 3 (CCT358
 * loader.h, nlist.h, reloc.h, ld/generic_reloc.c) give the format:
 *   - every section of every LC_SEGMENT becomes an input section, numbered
 *     from 1 in load-command order like the Mach-O section ordinals;
 *     __TEXT,__text -> code, S_CSTRING_LITERALS -> mergeable strings
 *     (__cstring), other __TEXT sections -> __const, __DATA sections ->
 *     __data, S_ZEROFILL -> __bss; other segments (__OBJC, __ICON) are
 *     refused;
 *   - one local section symbol per section (index = ordinal) is made up as the
 *     target of converted local relocations, followed by the nlist entries;
 *     names lose NeXT's leading underscore unless --no-leading-underscore;
 *     N_UNDF|N_EXT with a value is a common symbol (alignment from n_desc bits
 *     8-11 when set, as later cctools write it, else 2 = NeXT cc's
 *     BIGGEST_ALIGNMENT);
 *   - each relocation entry becomes one ELF RELA entry with the addend that
 *     NeXT's ld would recover from the field (P_in = the field's address in
 *     the object, sections at their own addresses): VANILLA extern: A = field
 *     (absolute) or field + P_in (pc-relative); VANILLA local or scattered:
 *     against the target section's symbol, A = field - section address
 *     (+ P_in when pc-relative), the section being r_symbolnum or, for a
 *     scattered entry, the one holding r_value; SECTDIFF + PAIR whose second
 *     address lies in the relocated section: a pc-relative entry against the
 *     first address's section, A = field + P_in - section address (other
 *     SECTDIFFs have no ELF equivalent and are refused).  R_ABS absolute
 *     entries need nothing; R_ABS pc-relative ones keep the value - P.
 * Every offset, count and index is bounds-checked; bad input gives one error
 * line naming the file (and section), never a crash.  The header, load
 * command chain, segment_command and symtab_command are walked with the
 * checks shared with next-run and next-otool (src/common/macho_walk.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "be.h"
#include "macho.h"
#include "macho_walk.h"
#include "ld.h"

#define SHT_PROGBITS 1
#define SHT_NOBITS 8
#define SHF_WRITE 0x1
#define SHF_ALLOC 0x2
#define SHF_EXECINSTR 0x4
#define SHF_MERGE 0x10
#define SHF_STRINGS 0x20
#define STB_LOCAL 0
#define STB_GLOBAL 1
#define STT_NOTYPE 0
#define STT_OBJECT 1
#define STT_FUNC 2
#define STT_SECTION 3
/* ELF types written for NeXT relocations (GNU binutils include/elf/m68k.h). */
#define R_68K_32 1
#define R_68K_PC32 4

bool is_macho_obj(const uint8_t *p, size_t n)
{
    return n >= MACH_HEADER_SIZE_NX && be32(p) == MH_MAGIC_NX && be32(p + 12) == MH_OBJECT_NX;
}

bool parse_any(Obj *o)
{
    return is_macho_obj(o->data, o->size) ? parse_macho(o) : parse_elf(o);
}

typedef struct MSec {
    char seg[17], sect[17];
    uint32_t addr, size, offset, align, reloff, nreloc, flags;
} MSec;

static void name16(char out[17], const uint8_t *p)
{
    memcpy(out, p, 16);
    out[16] = 0;
}

/* The section holding address a (the end of a section counts as inside). */
static uint32_t sec_at(const MSec *ms, uint32_t nsect, uint32_t a)
{
    for (uint32_t i = 0; i < nsect; i++)
        if (a >= ms[i].addr && a - ms[i].addr < ms[i].size)
            return i + 1;
    for (uint32_t i = 0; i < nsect; i++)
        if (a == ms[i].addr + ms[i].size)
            return i + 1;
    return 0;
}

static void put_rela(uint8_t *e, uint32_t off, uint32_t sym, uint32_t type, int64_t addend)
{
    put_be32(e, off);
    put_be32(e + 4, sym << 8 | type);
    put_be32(e + 8, (uint32_t)addend);
}

static bool fail(Obj *o, MSec *ms, char *names, uint8_t *rela)
{
    free(ms);
    free(names);
    free(rela);
    free(o->secs);
    free(o->syms);
    o->secs = NULL;
    o->syms = NULL;
    o->nsecs = o->nsyms = 0;
    return false;
}

bool parse_macho(Obj *o)
{
    const uint8_t *d = o->data;
    size_t n = o->size;
    if (o->parsed)
        return true;
    if (!is_macho_obj(d, n)) {
        error("%s: not a Mach-O object", o->name);
        return false;
    }
    /* is_macho_obj() has checked the length, magic and filetype: what is
     * left to fail is the cpu type and where the load commands end. */
    struct mw_header h;
    enum mw_status st = mw_header(d, n, MH_OBJECT_NX, &h);
    if (st == MW_BAD_CPU) {
        error("%s: not an m68k Mach-O object (cputype %u)", o->name, h.cputype);
        return false;
    }
    if (st != MW_OK) {
        error("%s: load commands extend past the end of the file", o->name);
        return false;
    }
    /* Pass 1: count sections, find LC_SYMTAB. */
    struct mw_cmds it;
    struct mw_lc lc;
    struct mw_segment sg;
    struct mw_symtab tab = {0};
    uint32_t nsect = 0;
    bool have_symtab = false;
    mw_cmds_init(&it, d + MACH_HEADER_SIZE_NX, h.ncmds, h.sizeofcmds);
    while ((st = mw_next_cmd(&it, &lc)) != MW_END) {
        if (st == MW_LC_CUT) {
            error("%s: load command %u extends past the load commands", o->name, lc.index);
            return false;
        }
        if (st != MW_OK) {
            error("%s: load command %u has bad size %u", o->name, lc.index, lc.cmdsize);
            return false;
        }
        if (lc.cmd == LC_SEGMENT_NX) {
            if (mw_segment(&lc, &sg) != MW_OK || nsect + sg.nsects > MAX_SECT_NX) {
                error("%s: load command %u: bad LC_SEGMENT", o->name, lc.index);
                return false;
            }
            nsect += sg.nsects;
        } else if (lc.cmd == LC_SYMTAB_NX) {
            if (mw_symtab(&lc, &tab) != MW_OK || have_symtab) {
                error("%s: load command %u: bad LC_SYMTAB", o->name, lc.index);
                return false;
            }
            have_symtab = true;
            if (mw_symtab_check(&tab, n) != MW_OK) {
                error("%s: symbol table extends past the end of the file", o->name);
                return false;
            }
        }
    }
    /* Pass 2: sections. */
    MSec *ms = xcalloc(nsect ? nsect : 1, sizeof(MSec));
    char *names = xmalloc((size_t)nsect * 48 + 1);
    uint8_t *rela = NULL;
    names[0] = 0;
    size_t nameoff = 1;
    o->nsecs = nsect + 1;
    o->secs = xcalloc(o->nsecs, sizeof(InSec));
    o->secs[0] = (InSec){.obj = o, .name = names, .out = OS_DROP};
    uint64_t total_reloc = 0;
    uint32_t si = 0;
    mw_cmds_init(&it, d + MACH_HEADER_SIZE_NX, h.ncmds, h.sizeofcmds);
    while (mw_next_cmd(&it, &lc) == MW_OK) { /* all checked in pass 1 */
        if (lc.cmd == LC_SEGMENT_NX) {
            mw_segment(&lc, &sg);
            for (uint32_t j = 0; j < sg.nsects; j++, si++) {
                struct mw_section x;
                mw_section(&sg, j, &x);
                MSec *m = &ms[si];
                name16(m->sect, x.sectname);
                name16(m->seg, x.segname);
                m->addr = x.addr;
                m->size = x.size;
                m->offset = x.offset;
                m->align = x.align;
                m->reloff = x.reloff;
                m->nreloc = x.nreloc;
                m->flags = x.flags;
                uint32_t type = m->flags & SECTION_TYPE_NX;
                bool zf = type == S_ZEROFILL_NX;
                InSec *s = &o->secs[si + 1];
                *s = (InSec){.obj = o, .idx = si + 1, .out = OS_DROP};
                bool cstr = type == S_CSTRING_LITERALS_NX;
                s->name = names + nameoff;
                nameoff += (size_t)sprintf(names + nameoff, "%s%s,%s%s",
                                           cstr ? ".rodata.str(" : "", m->seg, m->sect,
                                           cstr ? ")" : "") + 1;
                if (m->align > 15) {
                    error("%s:(%s): alignment 2^%u is too large", o->name, s->name, m->align);
                    return fail(o, ms, names, rela);
                }
                if ((uint64_t)m->addr + m->size > 0xffffffffu ||
                    (!zf && !mw_in_file(n, m->offset, m->size))) {
                    error("%s:(%s): section extends past the end of the file", o->name,
                          s->name);
                    return fail(o, ms, names, rela);
                }
                if (!mw_in_file(n, m->reloff, (uint64_t)m->nreloc * RELOCATION_INFO_SIZE_NX)) {
                    error("%s:(%s): relocation entries extend past the end of the file",
                          o->name, s->name);
                    return fail(o, ms, names, rela);
                }
                if (strcmp(m->seg, "__TEXT") != 0 && strcmp(m->seg, "__DATA") != 0) {
                    error("%s:(%s): sections of segment %s are not supported", o->name,
                          s->name, m->seg);
                    return fail(o, ms, names, rela);
                }
                total_reloc += m->nreloc;
                s->type = zf ? SHT_NOBITS : SHT_PROGBITS;
                s->flags = SHF_ALLOC;
                if (strcmp(m->seg, "__TEXT") == 0 && strcmp(m->sect, "__text") == 0)
                    s->flags |= SHF_EXECINSTR;
                else if (strcmp(m->seg, "__DATA") == 0)
                    s->flags |= SHF_WRITE;
                if (cstr) {
                    s->flags |= SHF_MERGE | SHF_STRINGS;
                    s->entsize = 1;
                }
                s->size = m->size;
                s->align = 1u << m->align;
                s->data = zf ? NULL : d + m->offset;
            }
        }
    }
    /* Symbols: 0 = null, 1..nsect = section symbols, then the nlist entries. */
    o->nsyms = 1 + nsect + tab.nsyms;
    o->syms = xcalloc(o->nsyms, sizeof(ObjSym));
    o->syms[0].name = "";
    for (uint32_t i = 1; i <= nsect; i++)
        o->syms[i] = (ObjSym){.name = "", .shndx = i, .bind = STB_LOCAL, .type = STT_SECTION};
    for (uint32_t k = 0; k < tab.nsyms; k++) {
        const uint8_t *e = d + tab.symoff + (size_t)k * NLIST_SIZE_NX;
        ObjSym *y = &o->syms[1 + nsect + k];
        uint32_t strx = be32(e);
        uint8_t type = e[4], sect = e[5];
        uint16_t desc = be16(e + 6);
        uint32_t value = be32(e + 8);
        if (strx >= tab.strsize || !memchr(d + tab.stroff + strx, 0, tab.strsize - strx)) {
            error("%s: symbol %u: bad name offset", o->name, k);
            return fail(o, ms, names, rela);
        }
        const char *name = (const char *)d + tab.stroff + strx;
        y->name = "";
        if (type & N_STAB_NX)
            continue; /* debugger entries: kept only so indices line up */
        if (config.underscore && name[0] == '_')
            name++;
        y->name = name;
        y->bind = (type & N_EXT_NX) ? STB_GLOBAL : STB_LOCAL;
        switch (type & N_TYPE_NX) {
        case N_UNDF_NX:
            if (value && (type & N_EXT_NX)) {
                uint32_t al = (desc >> 8) & 0x0f;
                y->shndx = SHNDX_COMMON;
                y->size = value;
                y->value = al ? 1u << al : 2;
            }
            break;
        case N_ABS_NX:
            y->shndx = SHNDX_ABS;
            y->value = value;
            break;
        case N_SECT_NX:
            if (sect == 0 || sect > nsect || value < ms[sect - 1].addr ||
                value - ms[sect - 1].addr > ms[sect - 1].size) {
                error("%s: symbol '%s' has bad section %u or value 0x%x", o->name, name, sect,
                      value);
                return fail(o, ms, names, rela);
            }
            y->shndx = sect;
            y->value = value - ms[sect - 1].addr;
            y->type = o->secs[sect].flags & SHF_EXECINSTR ? STT_FUNC : STT_OBJECT;
            break;
        default:
            error("%s: symbol '%s' has unsupported type 0x%x (N_INDR and 4.x types)", o->name,
                  name, type);
            return fail(o, ms, names, rela);
        }
        if (!(type & N_EXT_NX) && y->shndx == 0) {
            y->name = ""; /* a local undefined symbol means nothing */
            y->type = STT_NOTYPE;
        }
    }
    /* Relocations. */
    rela = xmalloc((size_t)total_reloc * 12 + 1);
    o->secs[0].rela = rela;
    uint8_t *rp = rela;
    for (uint32_t i = 0; i < nsect; i++) {
        MSec *m = &ms[i];
        InSec *s = &o->secs[i + 1];
        s->rela = rp;
        for (uint32_t r = 0; r < m->nreloc; r++) {
            const uint8_t *e = d + m->reloff + (size_t)r * RELOCATION_INFO_SIZE_NX;
            uint32_t w0 = be32(e), w1 = be32(e + 4);
            bool scat = w0 & R_SCATTERED_NX;
            uint32_t raddr, type, len, pcrel;
            if (scat) {
                pcrel = (w0 >> 30) & 1;
                len = (w0 >> 28) & 3;
                type = (w0 >> 24) & 0xf;
                raddr = w0 & R_SCATTERED_MAX_ADDRESS_NX;
            } else {
                raddr = w0;
                pcrel = (w1 >> 7) & 1;
                len = (w1 >> 5) & 3;
                type = w1 & 0xf;
            }
            uint32_t size = 1u << len;
            if (len > 2 || (uint64_t)raddr + size > m->size || !s->data) {
                error("%s:(%s+0x%x): bad relocation entry %u (length %u)", o->name, s->name,
                      raddr, r, len);
                return fail(o, ms, names, rela);
            }
            const uint8_t *f = s->data + raddr;
            int64_t field = size == 4 ? (int32_t)be32(f) : size == 2 ? (int16_t)be16(f)
                                                                     : (int8_t)f[0];
            int64_t P = (int64_t)m->addr + raddr;
            /* ELF type: R_68K_32/16/8 = 1/2/3, R_68K_PC32/16/8 = 4/5/6. */
            uint32_t abs_type = R_68K_32 + (2 - len), pc_type = R_68K_PC32 + (2 - len);
            uint32_t ts;
            if (type == GENERIC_RELOC_SECTDIFF_NX && scat) {
                const uint8_t *pe = e + RELOCATION_INFO_SIZE_NX;
                if (r + 1 >= m->nreloc || !(be32(pe) & R_SCATTERED_NX) ||
                    ((be32(pe) >> 24) & 0xf) != GENERIC_RELOC_PAIR_NX) {
                    error("%s:(%s+0x%x): SECTDIFF not followed by a PAIR", o->name, s->name,
                          raddr);
                    return fail(o, ms, names, rela);
                }
                uint32_t a = w1, b = be32(pe + 4);
                r++;
                ts = sec_at(ms, nsect, a);
                if (!ts || sec_at(ms, nsect, b) != i + 1 || pcrel) {
                    error("%s:(%s+0x%x): SECTDIFF 0x%x - 0x%x is not a difference from the "
                          "relocated section",
                          o->name, s->name, raddr, a, b);
                    return fail(o, ms, names, rela);
                }
                put_rela(rp, raddr, ts, pc_type, field + P - ms[ts - 1].addr);
                rp += 12;
                continue;
            }
            if (type != GENERIC_RELOC_VANILLA_NX) {
                error("%s:(%s+0x%x): relocation type %u is not supported", o->name, s->name,
                      raddr, type);
                return fail(o, ms, names, rela);
            }
            if (scat) {
                ts = sec_at(ms, nsect, w1);
                if (!ts) {
                    error("%s:(%s+0x%x): scattered relocation value 0x%x is outside every "
                          "section",
                          o->name, s->name, raddr, w1);
                    return fail(o, ms, names, rela);
                }
            } else if (w1 & 0x10) { /* r_extern */
                uint32_t sn = w1 >> 8;
                if (sn >= tab.nsyms) {
                    error("%s:(%s+0x%x): relocation has bad symbol index %u", o->name, s->name,
                          raddr, sn);
                    return fail(o, ms, names, rela);
                }
                put_rela(rp, raddr, 1 + nsect + sn, pcrel ? pc_type : abs_type,
                         pcrel ? field + P : field);
                rp += 12;
                continue;
            } else {
                ts = w1 >> 8;
                if (ts == R_ABS_NX) {
                    if (pcrel) { /* pc-relative to an absolute value */
                        put_rela(rp, raddr, 0, pc_type, field + P);
                        rp += 12;
                    }
                    continue;
                }
                if (ts > nsect) {
                    error("%s:(%s+0x%x): relocation has bad section number %u", o->name,
                          s->name, raddr, ts);
                    return fail(o, ms, names, rela);
                }
            }
            int64_t A = field - ms[ts - 1].addr + (pcrel ? P : 0);
            put_rela(rp, raddr, ts, pcrel ? pc_type : abs_type, A);
            rp += 12;
        }
        s->nrela = (uint32_t)((rp - s->rela) / 12);
        if (s->nrela == 0)
            s->rela = NULL;
    }
    free(ms);
    o->parsed = true;
    return true;
}
