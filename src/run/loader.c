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
#include "libsys.h"
#include "loader.h"
#include "macho.h"
#include "macho_parse.h"
#include "nx_abi.h"

int nx_strace;
const char *nx_progname = "?";
uint32_t nx_user_reg;
static int opt_hle_libsys;      /* -H: emulate libsys_s.B.shlib even if present */
static const char *opt_libsys_file; /* -L FILE: the real library, a host path */

/* Where say() writes: stderr, or for the crash report the pipe the
 * launcher gave with -c (it adds the disassembly and prints it). */
static int nx_say_fd = 2, nx_report_fd = 2;

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
    ssize_t w = write(nx_say_fd, buf, (size_t)n);
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

/* ---- Mach-O loading (validation: macho_parse.c) -------------------------- */

static int prot_host(int nxprot)
{
    int p = 0;
    if (nxprot & VM_PROT_READ_NX) p |= PROT_READ | PROT_EXEC; /* 68k MMUs have no exec bit */
    if (nxprot & VM_PROT_WRITE_NX) p |= PROT_WRITE;
    if (nxprot & VM_PROT_EXECUTE_NX) p |= PROT_EXEC;
    return p;
}

/* Read and validate one image file (header, then load commands). */
static void parse_image(int fd, uint32_t want_type, const struct fvmlib *lib)
{
    const char *path = cur_image;
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        load_error("not a regular file");
        return;
    }
    uint64_t fsize = (uint64_t)st.st_size;
    uint8_t hdr[MACH_HEADER_SIZE_NX] = { 0 };
    uint32_t ncmds, sizeofcmds;
    if (fsize >= MACH_HEADER_SIZE_NX && pread(fd, hdr, sizeof hdr, 0) != (ssize_t)sizeof hdr)
        fatal("%s: cannot read the Mach-O header", path);
    if (macho_check_header(hdr, fsize, want_type, &ncmds, &sizeofcmds) < 0)
        return;
    uint8_t *cmds = malloc(sizeofcmds ? sizeofcmds : 1);
    if (!cmds || pread(fd, cmds, sizeofcmds, MACH_HEADER_SIZE_NX) != (ssize_t)sizeofcmds)
        fatal("%s: cannot read load commands", path);
    macho_parse_cmds(cmds, ncmds, sizeofcmds, fsize, want_type, lib, fd);
    free(cmds);
}

/* Load errors: "next-run: error: IMAGE: MESSAGE". */
void macho_report(const char *image, const char *msg)
{
    say("next-run: error: %s: %s", image, msg);
}

static uint32_t trunc_pg(uint32_t a) { return a & ~(NX_PAGE_SIZE - 1); }
static uint64_t round_pg(uint64_t a) { return (a + NX_PAGE_SIZE - 1) & ~(uint64_t)(NX_PAGE_SIZE - 1); }

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
        int is_libsys = !strcmp(libs[l].name, LIBSYS_PATH_NX);
        int e = root_resolve(libs[l].name, 1, host, sizeof host);
        int lfd = e ? -1 : open(host, O_RDONLY | O_CLOEXEC);
        if (is_libsys && opt_libsys_file) {
            if (lfd >= 0)
                close(lfd);
            lfd = open(opt_libsys_file, O_RDONLY | O_CLOEXEC);
            if (lfd < 0)
                fatal("%s: cannot open: %s", opt_libsys_file, strerror(errno));
        }
        if (is_libsys && (lfd < 0 || opt_hle_libsys)) {
            /* High-level emulation (libsys.c), mapped after the segments. */
            if (lfd >= 0)
                close(lfd);
            libsys_hle = 1;
            continue;
        }
        if (lfd < 0) {
            cur_image = path;
            load_error("needs shared library %s, which is not in the guest root (use -R)", libs[l].name);
            break;
        }
        parse_image(lfd, MH_FVMLIB_NX, &libs[l]);
    }
    cur_image = path;
    macho_check_entry();
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
    if (libsys_hle)
        libsys_map();
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

/* Extension words of a 68k effective address (mode, reg) for an operand
 * of size 2 or 4 bytes; brief-format indexed modes only (-1: unknown). */
static int ea_ext_words(int mode, int reg, int size)
{
    switch (mode) {
    case 0: case 1: case 2: case 3: case 4: return 0;
    case 5: case 6: return 1;
    default:
        switch (reg) {
        case 0: case 2: case 3: return 1;       /* abs.w, d16(pc), d8(pc,Xn) */
        case 1: return 2;                       /* abs.l */
        case 4: return size == 4 ? 2 : 1;       /* #imm */
        default: return -1;
        }
    }
}

/* Division by zero, chk and trapv are reported with the pc of the *next*
 * instruction; find where the trapping one starts: the nearest k words
 * before pc that decode as divu/divs (.w/.l), chk (.w/.l) or trapv of
 * exactly k words.  Returns pc if none matches. */
static uint32_t fpe_insn_start(uint32_t pc, int *nwords)
{
    for (int k = 1; k <= 5; k++) {
        uint32_t a = pc - 2u * (uint32_t)k;
        if (pc < 2u * (uint32_t)k || !guest_ok(a, 2, VM_PROT_READ_NX))
            break;
        uint16_t op = be16(gptr(a));
        int mode = (op >> 3) & 7, reg = op & 7, len = -1;
        if (op == 0x4e76)
            len = 1;                                        /* trapv */
        else if ((op & 0xf0c0) == 0x80c0 && mode != 1)      /* divu.w/divs.w <ea>,Dn */
            len = ea_ext_words(mode, reg, 2);
        else if ((op & 0xffc0) == 0x4c40 && mode != 1)      /* divu.l/divs.l <ea>,Dq */
            len = ea_ext_words(mode, reg, 4) + (ea_ext_words(mode, reg, 4) >= 0);
        else if ((op & 0xf140) == 0x4100 && mode != 1)      /* chk.w 0x4180 / chk.l 0x4100 */
            len = ea_ext_words(mode, reg, (op & 0x80) ? 2 : 4);
        if (op != 0x4e76 && len >= 0)
            len += 1;
        if (len == k) {
            *nwords = k;
            return a;
        }
    }
    return pc;
}

/* The crash report: signal, faulting instruction, registers; then exit
 * with 128 + the NeXT signal number. */
static _Noreturn void crash(int nxsig, int host_sig, siginfo_t *si, int *g)
{
    nx_say_fd = nx_report_fd;
    uint32_t pc = (uint32_t)g[R_PC];
    if (pc >= 0x80000000u) {
        say("next-run: internal error: host signal %d in the loader at pc 0x%08x (address 0x%08x)",
            host_sig, pc, (uint32_t)(uintptr_t)si->si_addr);
        _exit(128 + nxsig);
    }
    say("next-run: guest crashed: %s at pc 0x%08x", nx_signame(nxsig), pc);
    if (nxsig == SIGSEGV_NX || nxsig == SIGBUS_NX)
        say("next-run: fault address 0x%08x", (uint32_t)(uintptr_t)si->si_addr);
    /* The faulting instruction's words (its first 5 words if its length
     * is unknown: a 68040 instruction has 1-11). */
    char ins[80];
    int maxw = 5;
    uint32_t ipc = nxsig == SIGFPE_NX ? fpe_insn_start(pc, &maxw) : pc;
    int n = snprintf(ins, sizeof ins, "next-run: instruction at 0x%08x:", ipc);
    int words = 0;
    for (uint32_t a = ipc; words < maxw && !(ipc & 1) && guest_ok(a, 2, VM_PROT_READ_NX); a += 2, words++)
        n += snprintf(ins + n, sizeof ins - (size_t)n, " %04x", be16(gptr(a)));
    say("%s%s", ins, words ? "" : (ipc & 1) ? " (odd address)" : " (not readable)");
    say("next-run: d0 %08x d1 %08x d2 %08x d3 %08x d4 %08x d5 %08x d6 %08x d7 %08x",
        g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7]);
    say("next-run: a0 %08x a1 %08x a2 %08x a3 %08x a4 %08x a5 %08x a6 %08x a7 %08x",
        g[8], g[9], g[10], g[11], g[12], g[13], g[14], g[15]);
    say("next-run: sr %04x", (unsigned)g[R_PS] & 0xffff);
    _exit(128 + nxsig);
}

/* Translate the host (qemu) signal for a guest CPU exception into the
 * NeXT signal and handler code (Mach ux_exception(), see signals.c), with
 * g[R_PC] set to the pc the report names.  *sc_pc: the pc the sigcontext
 * saves (where a handler that just returns resumes). */
static int exception_signal(int sig, siginfo_t *si, int *g, uint32_t *code, uint32_t *sc_pc)
{
    uint32_t pc = (uint32_t)g[R_PC];
    uint32_t addr = (uint32_t)(uintptr_t)si->si_addr;
    *sc_pc = pc;
    if (pc & 1) {
        /* An odd pc is a 68k address error on the instruction fetch (qemu
         * decodes the bytes there anyway and reports SIGILL or SIGSEGV). */
        si->si_addr = (void *)(uintptr_t)pc;
        *code = pc;
        return SIGBUS_NX;
    }
    switch (sig) {
    case SIGILL: {
        uint16_t op = guest_ok(pc, 2, VM_PROT_READ_NX) && !(pc & 1) ? be16(gptr(pc)) : 0;
        if (si->si_code == ILL_PRVOPC)
            *code = VEC_PRIVILEGE_NX;
        else if ((op >> 12) == 0xa)
            *code = VEC_LINEA_NX;
        else if ((op >> 12) == 0xf)
            *code = VEC_LINEF_NX;
        else
            *code = VEC_ILLEGAL_NX;
        return SIGILL_NX;
    }
    case SIGFPE: {
        /* Division by zero, chk and trapv are reported after the
         * instruction (the 68k stacks the next pc). */
        uint16_t prev = pc >= 2 && guest_ok(pc - 2, 2, VM_PROT_READ_NX) ? be16(gptr(pc - 2)) : 0;
        *code = si->si_code == FPE_INTDIV ? VEC_ZERODIV_NX : prev == 0x4e76 ? VEC_TRAPV_NX : VEC_CHK_NX;
        return SIGFPE_NX;
    }
    case SIGSEGV:
        *code = addr;
        /* Mapped but not accessible this way: KERN_PROTECTION_FAILURE. */
        return guest_ok(addr, 1, 0) ? SIGBUS_NX : SIGSEGV_NX;
    case SIGBUS:
        *code = addr;
        return SIGBUS_NX;
    case SIGTRAP:
    default:
        *code = VEC_TRACE_NX;
        return SIGTRAP_NX;
    }
}

static void on_fault(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    int *g = uc->uc_mcontext.gregs;
    uint32_t pc = (uint32_t)g[R_PC];
    if (pc >= 0x80000000u)
        crash(SIGILL_NX, sig, si, g);
    uint32_t code, sc_pc;
    int nxsig;
    if (sig == SIGILL && si->si_code == ILL_ILLTRP && pc >= 2 &&
        guest_ok(pc - 2, 2, VM_PROT_READ_NX) && (be16(gptr(pc - 2)) & 0xfff0) == 0x4e40) {
        uint16_t op = be16(gptr(pc - 2));
        switch (op & 15) {
        case TRAP_UNIX_NX: unix_syscall(g); return;
        case TRAP_MACH_NX: mach_trap(g); nx_sig_check_pending(g); return;
        case TRAP_CACHE_FLUSH_NX: return;
        case TRAP_GET_UREG_NX: g[R_D0] = (int)nx_user_reg; return;
        case TRAP_SET_UREG_NX: nx_user_reg = (uint32_t)g[R_D0]; return;
        default:
            if (libsys_trap(g, op & 15, pc - 2)) /* libsys emulation slot */
                return;
            break;
        }
        /* Unsupported trap #N: SIGILL, code = its vector offset; a handler
         * resumes after the trap. */
        nxsig = SIGILL_NX;
        code = VEC_TRAP0_NX + 4u * (op & 15);
        sc_pc = pc;
        if (nx_sig_fault(nxsig, code, g))
            return;
        nx_say_fd = nx_report_fd;
        say("next-run: unsupported trap #%d", op & 15);
        g[R_PC] = (int)(pc - 2); /* report the trap instruction itself */
        crash(nxsig, sig, si, g);
    }
    nxsig = exception_signal(sig, si, g, &code, &sc_pc);
    g[R_PC] = (int)sc_pc;
    if (nx_sig_fault(nxsig, code, g))
        return;
    crash(nxsig, sig, si, g);
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
    say("usage: next-run-loader [-s] [-H] [-L libsys-file] [-R root] [-e NAME=VALUE]... [-c REPORT_FD] [--] program [args...] (started by next-run)");
    _exit(2);
}

int main(int argc, char **argv)
{
    const char *root = "/";
    int i = 1, nenv = 0;
    char **guest_env = calloc((size_t)argc + 1, sizeof(char *));
    if (!guest_env)
        fatal("out of memory");
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--")) {
            i++;
            break;
        } else if (!strcmp(argv[i], "-H")) {
            opt_hle_libsys = 1;
        } else if (!strcmp(argv[i], "-L") && i + 1 < argc) {
            opt_libsys_file = argv[++i];
        } else if (!strcmp(argv[i], "-s")) {
            nx_strace = 1;
        } else if (!strcmp(argv[i], "-R") && i + 1 < argc) {
            root = argv[++i];
        } else if (!strcmp(argv[i], "-c") && i + 1 < argc) {
            nx_report_fd = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "-e") && i + 1 < argc) {
            guest_env[nenv++] = argv[++i]; /* at most argc entries: fits */
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
    build_stack(argc - i, argv + i, guest_env);
    nx_sig_init();
    install_handlers();
    nx_enter_guest();
}
