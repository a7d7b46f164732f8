/*
 * Mach-O validation for next-run: checks a NeXTSTEP 3.3 m68k MH_EXECUTE or
 * MH_FVMLIB header and its load commands (LC_SEGMENT, LC_UNIXTHREAD /
 * LC_THREAD flavor 1 and 3, LC_LOADFVMLIB, LC_IDFVMLIB; reference section 4)
 * before anything is mapped, and records what the loader needs: segments
 * (with their placement rules: the program below the stack, libraries in
 * 0x04000000-0x06000000, no overlaps), the entry registers and the shared
 * library requests.  It works on bytes already read from the file and
 * never touches guest memory, so the same code is compiled for the host
 * into the libFuzzer harness fuzz/run_macho.c.  Every problem is reported
 * through macho_report() (one line naming the image) and counted in
 * nerrors; parsing never reads outside the given buffer.  The bounds-checked
 * walk itself (header, cmdsize chain, segment_command, thread flavor/count
 * pairs) is the one shared with next-otool and next-ld,
 * src/common/macho_walk.h; this file turns its status codes into next-run's
 * messages and applies the loader's own rules.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "be.h"
#include "macho.h"
#include "macho_parse.h"
#include "macho_walk.h"
#include "nx_abi.h"


#define MAX_ERRORS 10
int nerrors;
const char *cur_image;   /* file named in load errors */
void load_error(const char *fmt, ...)
{
    char buf[700];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (nerrors++ < MAX_ERRORS)
        macho_report(cur_image, buf);
}

static uint32_t trunc_pg(uint32_t a) { return a & ~(NX_PAGE_SIZE - 1); }
static uint64_t round_pg(uint64_t a) { return (a + NX_PAGE_SIZE - 1) & ~(uint64_t)(NX_PAGE_SIZE - 1); }

/* Segments of all images (program + fixed VM libraries), mapped only after
 * every image has been validated. */
struct segment segs[128];
int nsegs;

/* LC_LOADFVMLIB requests of the program. */
struct fvmlib libs[16];
int nlibs;

/* The entry state from LC_UNIXTHREAD, consumed by the asm trampoline. */
uint32_t nx_entry_regs[16];   /* d0-d7, a0-a7 (a7 replaced by the stack pointer) */
uint32_t nx_entry_pc;
uint32_t nx_entry_sp;
uint16_t nx_entry_ccr;

static void copy_name(char *dst, const uint8_t *src)
{
    memcpy(dst, src, 16);
    dst[16] = 0;
    for (int i = 0; i < 16; i++)
        if (dst[i] && (dst[i] < 32 || dst[i] > 126))
            dst[i] = '?';
}

/* Where an image's segments may go: the program below the stack, fixed VM
 * shared libraries in the library area 0x04000000-0x06000000 (reference
 * section 4: libsys text at 0x05000000, data at 0x0401xxxx). */
static void check_segment(struct segment *s, int is_lib)
{
    uint64_t start = trunc_pg(s->vmaddr), end = round_pg((uint64_t)s->vmaddr + s->vmsize);
    if (!is_lib && end > NX_STACK_TOP - NX_STACK_MAPPED) {
        load_error("segment %s (0x%08x-0x%08llx) overlaps the stack or shared library area",
                   s->name, s->vmaddr, (unsigned long long)end);
        return;
    }
    if (is_lib && (start < NX_SHLIB_BASE || end > NX_VM_BASE)) {
        load_error("segment %s (0x%08x-0x%08llx) is outside the shared library area 0x%08x-0x%08x",
                   s->name, s->vmaddr, (unsigned long long)end, NX_SHLIB_BASE, NX_VM_BASE);
        return;
    }
    for (int j = 0; j < nsegs; j++) {
        if (start < round_pg((uint64_t)segs[j].vmaddr + segs[j].vmsize) && end > trunc_pg(segs[j].vmaddr)) {
            if (segs[j].image == s->image)
                load_error("segment %s overlaps segment %s", s->name, segs[j].name);
            else
                load_error("segment %s overlaps segment %s of %s", s->name, segs[j].name, segs[j].image);
            return;
        }
    }
    if (nsegs == (int)(sizeof segs / sizeof segs[0])) {
        load_error("too many segments");
        return;
    }
    segs[nsegs++] = *s;
}

/* Check a Mach-O header (the first 28 bytes of a file of fsize bytes):
 * magic, cpu type, file type, and that the load commands fit in the file.
 * Returns 0 and the command count/size, or -1 after reporting the error. */
int macho_check_header(const uint8_t *hdr, uint64_t fsize, uint32_t want_type,
                       uint32_t *ncmds, uint32_t *sizeofcmds)
{
    int is_lib = want_type == MH_FVMLIB_NX;
    struct mw_header h;
    switch (mw_header(hdr, fsize, want_type, &h)) {
    case MW_OK:
        break;
    case MW_SHORT:
        load_error("file too short for a Mach-O header");
        return -1;
    case MW_BAD_MAGIC:
        if (fsize < MACH_HEADER_SIZE_NX)
            load_error("file too short for a Mach-O header");
        else if (h.magic == FAT_MAGIC_NX)
            load_error("fat (multi-architecture) files are not supported");
        else
            load_error("not a NeXT m68k Mach-O file (magic 0x%08x)", h.magic);
        return -1;
    case MW_BAD_CPU:
        load_error("cputype %u is not MC680x0 (6)", h.cputype);
        return -1;
    case MW_BAD_FILETYPE:
        load_error("filetype %u is not %s", h.filetype, is_lib ? "MH_FVMLIB (3)" : "MH_EXECUTE (2)");
        return -1;
    default: /* MW_CMDS_PAST_EOF */
        load_error("load commands (%u bytes) extend past end of file", h.sizeofcmds);
        return -1;
    }
    if (h.sizeofcmds > (1u << 24)) {
        load_error("load commands (%u bytes) extend past end of file", h.sizeofcmds);
        return -1;
    }
    *ncmds = h.ncmds;
    *sizeofcmds = h.sizeofcmds;
    return 0;
}

/* Validate the load commands of one image (sizeofcmds bytes at cmds) and
 * record its segments, thread state and library requests.  want_type:
 * MH_EXECUTE or MH_FVMLIB; for a library, lib gives the requested minor
 * version and header address.  fd is remembered with each segment for the
 * mapping step (-1 when only validating). */
void macho_parse_cmds(const uint8_t *cmds, uint32_t ncmds, uint32_t sizeofcmds, uint64_t fsize,
                      uint32_t want_type, const struct fvmlib *lib, int fd)
{
    const char *path = cur_image;
    int is_lib = want_type == MH_FVMLIB_NX;
    int have_thread = 0, have_id = 0;
    struct mw_cmds it;
    struct mw_lc lcmd;
    enum mw_status st;
    mw_cmds_init(&it, cmds, ncmds, sizeofcmds);
    while ((st = mw_next_cmd(&it, &lcmd)) != MW_END) {
        uint32_t i = lcmd.index, cmd = lcmd.cmd, cmdsize = lcmd.cmdsize;
        const uint8_t *lc = lcmd.p;
        if (st == MW_LC_CUT) {
            load_error("load command %u extends past sizeofcmds", i);
            break;
        }
        if (st != MW_OK) {
            load_error("load command %u (cmd 0x%x) has bad cmdsize %u", i, cmd, cmdsize);
            break;
        }
        switch (cmd) {
        case LC_SEGMENT_NX: {
            struct mw_segment sg;
            st = mw_segment(&lcmd, &sg);
            if (st == MW_SEG_SHORT || st == MW_SEG_SECTS_OVER) {
                load_error("load command %u: LC_SEGMENT cmdsize %u too small", i, cmdsize);
                break;
            }
            struct segment s;
            copy_name(s.name, sg.segname);
            s.vmaddr = sg.vmaddr; s.vmsize = sg.vmsize;
            s.fileoff = sg.fileoff; s.filesize = sg.filesize;
            s.prot = (int)(sg.initprot & 7);
            s.fd = fd;
            s.image = path;
            if (s.filesize && !mw_in_file(fsize, s.fileoff, s.filesize)) {
                load_error("segment %s extends past end of file", s.name);
                break;
            }
            if (s.filesize > s.vmsize) {
                load_error("segment %s filesize 0x%x larger than vmsize 0x%x", s.name, s.filesize, s.vmsize);
                break;
            }
            if (s.vmsize == 0 || (s.prot == 0 && s.filesize == 0))
                break; /* __PAGEZERO and empty segments: leave unmapped */
            check_segment(&s, is_lib);
            break;
        }
        case LC_THREAD_NX:
        case LC_UNIXTHREAD_NX: {
            if (is_lib)
                break; /* the kernel only takes the thread of the top-level image */
            if (have_thread++) {
                load_error("more than one thread command");
                break;
            }
            uint32_t p = THREAD_COMMAND_SIZE_NX, got = 0, flavor, count;
            const uint8_t *state;
            /* Bytes too few for another flavor/count pair are ignored. */
            while ((st = mw_next_flavor(&lcmd, &p, &flavor, &count, &state)) != MW_END &&
                   st != MW_FLAVOR_CUT) {
                if (st == MW_FLAVOR_PAST_CMD) {
                    load_error("thread command: flavor %u count %u extends past cmdsize", flavor, count);
                    break;
                }
                if (flavor == M68K_THREAD_STATE_REGS_NX) {
                    if (count != M68K_THREAD_STATE_REGS_COUNT_NX) {
                        load_error("thread state flavor 1 has count %u, expected 18", count);
                        break;
                    }
                    for (int r = 0; r < 16; r++)
                        nx_entry_regs[r] = be32(state + 4 * r);
                    nx_entry_ccr = be16(state + 66) & 0x1f;
                    nx_entry_pc = be32(state + THREAD_REGS_PC_OFFSET_NX);
                    got = 1;
                } else if (flavor == M68K_THREAD_STATE_USER_REG_NX && count == 1) {
                    nx_user_reg = be32(state);
                }
            }
            if (!got)
                load_error("thread command has no M68K_THREAD_STATE_REGS (flavor 1) state");
            break;
        }
        case LC_LOADFVMLIB_NX:
        case LC_IDFVMLIB_NX: {
            /* fvmlib_command: name.offset, minor_version, header_addr, name. */
            uint32_t noff = cmdsize >= FVMLIB_COMMAND_SIZE_NX ? be32(lc + 8) : 0;
            if (noff < FVMLIB_COMMAND_SIZE_NX || noff >= cmdsize || !memchr(lc + noff, 0, cmdsize - noff)) {
                load_error("%s has a bad name offset", cmd == LC_IDFVMLIB_NX ? "LC_IDFVMLIB" : "LC_LOADFVMLIB");
                break;
            }
            const char *name = (const char *)lc + noff;
            uint32_t minor = be32(lc + 12), haddr = be32(lc + 16);
            if (cmd == LC_IDFVMLIB_NX) {
                if (!is_lib)
                    break; /* ignored in a program, as by the kernel */
                have_id = 1;
                if (minor < lib->minor)
                    load_error("minor version %u is older than the %u the program needs", minor, lib->minor);
                if (haddr != lib->header_addr)
                    load_error("header address 0x%08x differs from the program's 0x%08x", haddr, lib->header_addr);
                break;
            }
            if (is_lib) {
                load_error("libraries that load other libraries (%s) are not supported", name);
                break;
            }
            if (strlen(name) >= NX_PATH_MAX || nlibs == (int)(sizeof libs / sizeof libs[0])) {
                load_error("too many or too long LC_LOADFVMLIB names");
                break;
            }
            strcpy(libs[nlibs].name, name);
            libs[nlibs].minor = minor;
            libs[nlibs].header_addr = haddr;
            nlibs++;
            break;
        }
        default:
            break; /* the NeXT kernel ignores all other commands */
        }
    }
    if (!is_lib && !have_thread && !nerrors)
        load_error("no LC_UNIXTHREAD command (no entry point)");
    if (is_lib && !have_id && !nerrors)
        load_error("no LC_IDFVMLIB command (not a fixed VM shared library)");
}

/* After all images: the entry point must lie in an executable segment. */
void macho_check_entry(void)
{
    if (nerrors)
        return;
    for (int j = 0; j < nsegs; j++)
        if (nx_entry_pc >= segs[j].vmaddr && nx_entry_pc - segs[j].vmaddr < segs[j].vmsize &&
            (segs[j].prot & VM_PROT_EXECUTE_NX))
            return;
    load_error("entry point 0x%08x is not inside an executable segment", nx_entry_pc);
}

/* Forget everything parsed so far (for the fuzzing harness). */
void macho_reset(void)
{
    nsegs = nlibs = nerrors = 0;
    memset(nx_entry_regs, 0, sizeof nx_entry_regs);
    nx_entry_pc = 0;
    nx_entry_ccr = 0;
}

