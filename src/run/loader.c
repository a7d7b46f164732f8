/*
 * next-run loader: a static m68k Linux program that qemu-m68k runs, which
 * turns its own address space into a NeXTSTEP 3.3 process.  It maps an
 * MH_EXECUTE Mach-O file the way the NeXT kernel's mach_loader does
 * (reference section 4: LC_SEGMENT at trunc_page(vmaddr), file bytes from
 * fileoff/filesize, zero fill up to vmsize, initprot; entry registers from
 * LC_UNIXTHREAD flavor 1), builds the initial user stack exactly as NeXT's
 * kern_exec.c does (section 5: strings at the top, argc/argv/envp below, sp
 * -> argc, top 0x04000000), and jumps to the entry point.  Fixed VM shared
 * libraries named by LC_LOADFVMLIB are looked up in the guest root and
 * mapped at their own addresses (0x04000000-0x06000000) the same way.  NeXT system calls
 * are `trap #N` instructions which qemu delivers to us as SIGILL/ILL_ILLTRP
 * with the saved pc past the trap; the handler dispatches them (trap #4 Unix,
 * #3 Mach, #2 cache flush, #5/#6 user register) and edits the saved d0/d1/SR.
 * Any other fault in guest code is reported with a register dump.
 * The loader itself is linked at 0x80000000 and qemu puts its own stack and
 * heap near 0x40000000, so 0x0-0x30000000 is free for the guest.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/ucontext.h>
#include <unistd.h>

#include "be.h"
#include "loader.h"
#include "macho.h"
#include "nx_abi.h"

int nx_strace;
const char *nx_progname = "?";
uint32_t nx_user_reg;
extern char **environ;

void say(const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf - 1, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if (n > (int)sizeof buf - 2)
        n = (int)sizeof buf - 2;
    buf[n++] = '\n';
    ssize_t w = write(2, buf, (size_t)n);
    (void)w;
}

_Noreturn void fatal(const char *fmt, ...)
{
    char buf[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    say("next-run: error: %s", buf);
    _exit(1);
}

/* ---- Guest memory region map ------------------------------------------- */

struct region { uint32_t start, end; int prot, kind; };
static struct region regions[512];
static int nregions;

int region_add(uint32_t start, uint32_t end, int prot, int kind)
{
    if (nregions == (int)(sizeof regions / sizeof regions[0]))
        return -1;
    regions[nregions++] = (struct region){ start, end, prot, kind };
    return 0;
}

/* Remove [start, end) from the map, splitting regions where needed. */
void region_remove(uint32_t start, uint32_t end)
{
    for (int i = 0; i < nregions; i++) {
        struct region r = regions[i];
        if (r.end <= start || r.start >= end)
            continue;
        regions[i] = regions[--nregions];
        if (r.start < start)
            region_add(r.start, start, r.prot, r.kind);
        if (r.end > end)
            region_add(end, r.end, r.prot, r.kind);
        i = -1; /* rescan: the array changed */
    }
}

void region_set_prot(uint32_t start, uint32_t end, int prot)
{
    for (int i = 0; i < nregions; i++) {
        struct region r = regions[i];
        if (r.end <= start || r.start >= end || r.prot == prot)
            continue;
        region_remove(r.start > start ? r.start : start, r.end < end ? r.end : end);
        region_add(r.start > start ? r.start : start, r.end < end ? r.end : end, prot, r.kind);
        i = -1;
    }
}

int guest_ok(uint32_t addr, uint32_t len, int access)
{
    uint64_t a = addr, e = (uint64_t)addr + len;
    while (a < e) {
        int found = 0;
        for (int i = 0; i < nregions; i++) {
            if (a >= regions[i].start && a < regions[i].end) {
                if ((regions[i].prot & access) != access)
                    return 0;
                a = regions[i].end;
                found = 1;
                break;
            }
        }
        if (!found)
            return 0;
    }
    return 1;
}

int region_overlaps(uint32_t start, uint32_t end)
{
    for (int i = 0; i < nregions; i++)
        if (regions[i].start < end && regions[i].end > start)
            return 1;
    return 0;
}

uint32_t region_find_free(uint32_t lo, uint32_t hi, uint32_t len)
{
    uint64_t cand = lo;
    for (;;) {
        if (cand + len > hi)
            return 0;
        int moved = 0;
        for (int i = 0; i < nregions; i++) {
            if (regions[i].start < cand + len && regions[i].end > cand) {
                cand = ((uint64_t)regions[i].end + NX_PAGE_SIZE - 1) & ~(uint64_t)(NX_PAGE_SIZE - 1);
                moved = 1;
            }
        }
        if (!moved)
            return (uint32_t)cand;
    }
}

/* ---- Mach-O loading ------------------------------------------------------ */

#define MAX_ERRORS 10
static int nerrors;
static const char *cur_image;   /* file named in load errors */
static void load_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void load_error(const char *fmt, ...)
{
    char buf[700];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (nerrors++ < MAX_ERRORS)
        say("next-run: error: %s: %s", cur_image, buf);
}

static uint32_t trunc_pg(uint32_t a) { return a & ~(NX_PAGE_SIZE - 1); }
static uint64_t round_pg(uint64_t a) { return (a + NX_PAGE_SIZE - 1) & ~(uint64_t)(NX_PAGE_SIZE - 1); }

static int prot_host(int nxprot)
{
    int p = 0;
    if (nxprot & VM_PROT_READ_NX) p |= PROT_READ | PROT_EXEC; /* 68k MMUs have no exec bit */
    if (nxprot & VM_PROT_WRITE_NX) p |= PROT_WRITE;
    if (nxprot & VM_PROT_EXECUTE_NX) p |= PROT_EXEC;
    return p;
}

/* Segments of all images (program + fixed VM libraries), mapped only after
 * every image has been validated. */
struct segment { char name[17]; uint32_t vmaddr, vmsize, fileoff, filesize; int prot, fd; const char *image; };
static struct segment segs[128];
static int nsegs;

/* LC_LOADFVMLIB requests of the program. */
struct fvmlib { char name[NX_PATH_MAX]; uint32_t minor, header_addr; };
static struct fvmlib libs[16];
static int nlibs;

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

/* Parse and validate one image.  want_type: MH_EXECUTE or MH_FVMLIB;
 * for a library, lib gives the requested minor version. */
static void parse_image(int fd, uint32_t want_type, const struct fvmlib *lib)
{
    const char *path = cur_image;
    int is_lib = want_type == MH_FVMLIB_NX;
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        load_error("not a regular file");
        return;
    }
    uint64_t fsize = (uint64_t)st.st_size;
    uint8_t hdr[MACH_HEADER_SIZE_NX];
    if (fsize < MACH_HEADER_SIZE_NX || pread(fd, hdr, sizeof hdr, 0) != (ssize_t)sizeof hdr) {
        load_error("file too short for a Mach-O header");
        return;
    }
    uint32_t magic = be32(hdr);
    if (magic == 0xcafebabeu) {
        load_error("fat (multi-architecture) files are not supported");
        return;
    }
    if (magic != MH_MAGIC_NX) {
        load_error("not a NeXT m68k Mach-O file (magic 0x%08x)", magic);
        return;
    }
    if (be32(hdr + 4) != CPU_TYPE_MC680x0_NX) {
        load_error("cputype %u is not MC680x0 (6)", be32(hdr + 4));
        return;
    }
    if (be32(hdr + 12) != want_type) {
        load_error("filetype %u is not %s", be32(hdr + 12), is_lib ? "MH_FVMLIB (3)" : "MH_EXECUTE (2)");
        return;
    }
    uint32_t ncmds = be32(hdr + 16), sizeofcmds = be32(hdr + 20);
    if (sizeofcmds > fsize - MACH_HEADER_SIZE_NX || sizeofcmds > (1u << 24)) {
        load_error("load commands (%u bytes) extend past end of file", sizeofcmds);
        return;
    }
    uint8_t *cmds = malloc(sizeofcmds ? sizeofcmds : 1);
    if (!cmds || pread(fd, cmds, sizeofcmds, MACH_HEADER_SIZE_NX) != (ssize_t)sizeofcmds)
        fatal("%s: cannot read load commands", path);

    int have_thread = 0, have_id = 0;
    uint32_t off = 0;
    for (uint32_t i = 0; i < ncmds; i++) {
        if (sizeofcmds - off < 8) {
            load_error("load command %u extends past sizeofcmds", i);
            break;
        }
        uint8_t *lc = cmds + off;
        uint32_t cmd = be32(lc), cmdsize = be32(lc + 4);
        if (cmdsize < 8 || cmdsize % 4 || cmdsize > sizeofcmds - off) {
            load_error("load command %u (cmd 0x%x) has bad cmdsize %u", i, cmd, cmdsize);
            break;
        }
        switch (cmd) {
        case LC_SEGMENT_NX: {
            if (cmdsize < SEGMENT_COMMAND_SIZE_NX ||
                (cmdsize - SEGMENT_COMMAND_SIZE_NX) / SECTION_SIZE_NX < be32(lc + 48)) {
                load_error("load command %u: LC_SEGMENT cmdsize %u too small", i, cmdsize);
                break;
            }
            struct segment s;
            copy_name(s.name, lc + 8);
            s.vmaddr = be32(lc + 24); s.vmsize = be32(lc + 28);
            s.fileoff = be32(lc + 32); s.filesize = be32(lc + 36);
            s.prot = (int)(be32(lc + 44) & 7);
            s.fd = fd;
            s.image = path;
            if (s.filesize && (uint64_t)s.fileoff + s.filesize > fsize) {
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
            uint32_t p = 8, got = 0;
            while (p + 8 <= cmdsize) {
                uint32_t flavor = be32(lc + p), count = be32(lc + p + 4);
                p += 8;
                if (count > (cmdsize - p) / 4) {
                    load_error("thread command: flavor %u count %u extends past cmdsize", flavor, count);
                    break;
                }
                if (flavor == M68K_THREAD_STATE_REGS_NX) {
                    if (count != M68K_THREAD_STATE_REGS_COUNT_NX) {
                        load_error("thread state flavor 1 has count %u, expected 18", count);
                        break;
                    }
                    for (int r = 0; r < 16; r++)
                        nx_entry_regs[r] = be32(lc + p + 4 * r);
                    nx_entry_ccr = be16(lc + p + 66) & 0x1f;
                    nx_entry_pc = be32(lc + p + THREAD_REGS_PC_OFFSET_NX);
                    got = 1;
                } else if (flavor == M68K_THREAD_STATE_USER_REG_NX && count == 1) {
                    nx_user_reg = be32(lc + p);
                }
                p += 4 * count;
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
        off += cmdsize;
    }
    if (!is_lib && !have_thread && !nerrors)
        load_error("no LC_UNIXTHREAD command (no entry point)");
    if (is_lib && !have_id && !nerrors)
        load_error("no LC_IDFVMLIB command (not a fixed VM shared library)");
    free(cmds);
}

/* Load the program and the fixed VM shared libraries it names (looked up
 * inside the guest root, as the NeXT kernel would), validate everything,
 * then map all segments and check the entry point. */
static void load_program(const char *path)
{
    cur_image = path;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        fatal("%s: cannot open: %s", path, strerror(errno));
    parse_image(fd, MH_EXECUTE_NX, NULL);
    for (int l = 0; l < nlibs && !nerrors; l++) {
        static char host[NX_PATH_MAX * 4];
        cur_image = libs[l].name;
        int e = root_resolve(libs[l].name, 1, host, sizeof host);
        int lfd = e ? -1 : open(host, O_RDONLY | O_CLOEXEC);
        if (lfd < 0) {
            cur_image = path;
            load_error("needs shared library %s, which is not in the guest root (use -R)", libs[l].name);
            break;
        }
        parse_image(lfd, MH_FVMLIB_NX, &libs[l]);
    }
    cur_image = path;
    if (!nerrors) {
        int ok = 0;
        for (int j = 0; j < nsegs; j++)
            if (nx_entry_pc >= segs[j].vmaddr && nx_entry_pc - segs[j].vmaddr < segs[j].vmsize &&
                (segs[j].prot & VM_PROT_EXECUTE_NX))
                ok = 1;
        if (!ok)
            load_error("entry point 0x%08x is not inside an executable segment", nx_entry_pc);
    }
    if (nerrors)
        _exit(1);

    /* Map: anonymous zeroed pages, copy the file part, then set protections. */
    for (int j = 0; j < nsegs; j++) {
        struct segment *s = &segs[j];
        uint32_t start = trunc_pg(s->vmaddr);
        uint32_t end = (uint32_t)round_pg((uint64_t)s->vmaddr + s->vmsize);
        void *m = mmap(gptr(start), end - start, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (m == MAP_FAILED)
            fatal("%s: cannot map segment %s at 0x%08x: %s", s->image, s->name, start, strerror(errno));
        uint32_t done = 0;
        while (done < s->filesize) {
            ssize_t n = pread(s->fd, gptr(s->vmaddr + done), s->filesize - done, (off_t)s->fileoff + done);
            if (n <= 0)
                fatal("%s: cannot read segment %s", s->image, s->name);
            done += (uint32_t)n;
        }
        if (mprotect(m, end - start, prot_host(s->prot)) < 0)
            fatal("%s: mprotect segment %s: %s", s->image, s->name, strerror(errno));
        region_add(start, end, s->prot, REG_SEGMENT);
    }
    for (int j = 0; j < nsegs; j++)
        if (segs[j].fd >= 0) {
            int f = segs[j].fd;
            for (int k = j; k < nsegs; k++)
                if (segs[k].fd == f)
                    segs[k].fd = -1;
            close(f);
        }
}

/* ---- Initial stack (reference section 5, kern_exec.c) ------------------- */

static void build_stack(int argc, char **argv, char **envp)
{
    uint32_t top = NX_STACK_TOP;
    if (nx_entry_regs[15] != 0) {
        /* ld -stack_addr: the thread state names the stack top; it must lie
         * in (or just past) a writable segment of the program. */
        top = nx_entry_regs[15];
        if (!guest_ok(top - 4, 4, 3))
            fatal("%s: thread state stack pointer 0x%08x is not in writable memory", nx_progname, top);
    } else {
        uint32_t lo = NX_STACK_TOP - NX_STACK_MAPPED;
        if (mmap(gptr(lo), NX_STACK_MAPPED, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
            fatal("cannot map the stack: %s", strerror(errno));
        region_add(lo, NX_STACK_TOP, VM_PROT_READ_NX | VM_PROT_WRITE_NX, REG_STACK);
    }
    int envc = 0;
    uint64_t nc = 0;
    for (int i = 0; i < argc; i++)
        nc += strlen(argv[i]) + 1;
    for (; envp[envc]; envc++)
        nc += strlen(envp[envc]) + 1;
    nc = (nc + 3) & ~3ull;
    uint64_t need = nc + 4 + 4ull * ((uint64_t)argc + envc + 3);
    if (need > NX_STACK_MAPPED / 2)
        fatal("arguments and environment too large (%llu bytes)", (unsigned long long)need);
    uint32_t ucp = top - (uint32_t)nc - 4;
    uint32_t sp = ucp - 4 * (uint32_t)(argc + envc) - 12;
    if (!guest_ok(sp, top - sp, 3))
        fatal("initial stack does not fit below 0x%08x", top);
    uint32_t strp = ucp, vp = sp;
    put_be32(gptr(vp), (uint32_t)argc);
    vp += 4;
    for (int i = 0; i < argc; i++) {
        size_t l = strlen(argv[i]) + 1;
        memcpy(gptr(strp), argv[i], l);
        put_be32(gptr(vp), strp);
        vp += 4;
        strp += (uint32_t)l;
    }
    put_be32(gptr(vp), 0);
    vp += 4;
    for (int i = 0; i < envc; i++) {
        size_t l = strlen(envp[i]) + 1;
        memcpy(gptr(strp), envp[i], l);
        put_be32(gptr(vp), strp);
        vp += 4;
        strp += (uint32_t)l;
    }
    put_be32(gptr(vp), 0);
    while (strp < top) /* rounding bytes and the gap word */
        *(uint8_t *)gptr(strp++) = 0;
    nx_entry_sp = sp;
}

/* ---- Traps and crashes ---------------------------------------------------- */

static const char *signame(int sig)
{
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGFPE: return "SIGFPE";
    case SIGTRAP: return "SIGTRAP";
    default: return "signal";
    }
}

static _Noreturn void crash(int sig, siginfo_t *si, int *g)
{
    uint32_t pc = (uint32_t)g[R_PC];
    if (pc >= 0x80000000u)
        say("next-run: internal error: %s in the loader at pc 0x%08x (address 0x%08x)",
            signame(sig), pc, (uint32_t)(uintptr_t)si->si_addr);
    else
        say("next-run: guest crashed: %s at pc 0x%08x", signame(sig), pc);
    if (sig == SIGSEGV || sig == SIGBUS)
        say("next-run: fault address 0x%08x", (uint32_t)(uintptr_t)si->si_addr);
    say("next-run: d0 %08x d1 %08x d2 %08x d3 %08x d4 %08x d5 %08x d6 %08x d7 %08x",
        g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7]);
    say("next-run: a0 %08x a1 %08x a2 %08x a3 %08x a4 %08x a5 %08x a6 %08x a7 %08x",
        g[8], g[9], g[10], g[11], g[12], g[13], g[14], g[15]);
    say("next-run: sr %04x", (unsigned)g[R_PS] & 0xffff);
    _exit(128 + sig);
}

static void on_fault(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    int *g = uc->uc_mcontext.gregs;
    uint32_t pc = (uint32_t)g[R_PC];
    if (sig == SIGILL && si->si_code == ILL_ILLTRP && pc >= 2 && pc < 0x80000000u &&
        guest_ok(pc - 2, 2, VM_PROT_READ_NX)) {
        uint16_t op = be16(gptr(pc - 2));
        if ((op & 0xfff0) == 0x4e40) {
            switch (op & 15) {
            case TRAP_UNIX_NX: unix_syscall(g); return;
            case TRAP_MACH_NX: mach_trap(g); return;
            case TRAP_CACHE_FLUSH_NX: return;
            case TRAP_GET_UREG_NX: g[R_D0] = (int)nx_user_reg; return;
            case TRAP_SET_UREG_NX: nx_user_reg = (uint32_t)g[R_D0]; return;
            default: break;
            }
            say("next-run: unsupported trap #%d", op & 15);
            g[R_PC] = (int)(pc - 2); /* report the trap instruction itself */
        }
    }
    crash(sig, si, g);
}

static void install_handlers(void)
{
    static uint8_t altstack[256 * 1024];
    stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0 };
    if (sigaltstack(&ss, NULL) < 0)
        fatal("sigaltstack: %s", strerror(errno));
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    /* No extra signals blocked: a guest blocked in read() must still die
     * on SIGINT. */
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    int sigs[] = { SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGTRAP };
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        if (sigaction(sigs[i], &sa, NULL) < 0)
            fatal("sigaction: %s", strerror(errno));
}

/* Load the entry registers and jump: a7 = the NeXT stack, pc pushed just
 * below it and popped by rts so that every general register can be set. */
_Noreturn void nx_enter_guest(void);
__asm__(
    "	.text\n"
    "	.globl nx_enter_guest\n"
    "nx_enter_guest:\n"
    "	move.l nx_entry_sp, %sp\n"
    "	move.l nx_entry_pc, -(%sp)\n"
    "	lea nx_entry_regs, %a0\n"
    "	move.w nx_entry_ccr, %ccr\n"
    "	movem.l (%a0), %d0-%d7/%a0-%a6\n"
    "	rts\n");

static void usage(void)
{
    say("usage: next-run-loader [-s] [-R root] [--] program [args...] (started by next-run)");
    _exit(2);
}

int main(int argc, char **argv)
{
    const char *root = "/";
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--")) {
            i++;
            break;
        } else if (!strcmp(argv[i], "-s")) {
            nx_strace = 1;
        } else if (!strcmp(argv[i], "-R") && i + 1 < argc) {
            root = argv[++i];
        } else {
            usage();
        }
    }
    if (i >= argc)
        usage();
    nx_progname = argv[i];
    root_init(root);
    syscall_init();
    load_program(argv[i]);
    build_stack(argc - i, argv + i, environ);
    install_handlers();
    nx_enter_guest();
}
