/* Test guest for signal delivery (src/run/signals.c): argv[1] selects one
 * scenario; handlers are installed with sigvec and return through the
 * trampoline's sigreturn.  Output lines are compared exactly by sig-*.t. */
#include "guest.h"

enum { GETPID = 20, KILL = 37, SIGVEC = 108, SIGBLOCK = 109, SIGSETMASK = 110 };
enum { SIGILL = 4, SIGFPE = 8, SIGBUS = 10, SIGSEGV = 11, SIGTERM = 15, SIGUSR1 = 30, SIGUSR2 = 31 };
#define MASK(s) (1ul << ((s) - 1))

/* 4.3BSD m68k struct sigcontext (nx_abi.h). */
struct sigcontext { long sc_onstack, sc_mask, sc_sp, sc_pc, sc_ps; };

static void on(int sig, void (*h)(int, int, struct sigcontext *), long mask, long flags)
{
    unsigned long sv[3] = { (unsigned long)h, (unsigned long)mask, (unsigned long)flags };
    long r = nx_syscall(SIGVEC, sig, sv, 0);
    if (r) show("sigvec failed", r);
}

static volatile long hits;
extern char after_div[], at_ill[], at_segv[], segv_recover[], at_bus[], after_trap[], at_regs[];

static void report(int sig, int code, struct sigcontext *scp)
{
    hits++;
    show("sig", sig);
    showx("code", (ulong)code);
    showx("mask in handler", (ulong)nx_syscall(SIGBLOCK, 0));
    showx("saved mask", (ulong)scp->sc_mask);
}

static void h_fpe(int sig, int code, struct sigcontext *scp)
{
    report(sig, code, scp);
    show("sc_pc == after_div", scp->sc_pc == (long)after_div);
}

static int fpe(void)
{
    on(SIGFPE, h_fpe, MASK(SIGUSR2), 0);
    long d0;
    __asm__ volatile("move.l #0x1234, %%d0\n\tmoveq #0, %%d1\n\tdivu.w %%d1, %%d0\n"
                     "\t.globl after_div\nafter_div:\n\tmove.l %%d0, %0" : "=d"(d0) : : "d0", "d1");
    showx("d0 after", (ulong)d0);
    showx("mask after", (ulong)nx_syscall(SIGBLOCK, 0));
    show("hits", hits);
    return 0;
}

static void h_skip(int sig, int code, struct sigcontext *scp)
{
    report(sig, code, scp);
    show("sc_pc == at_ill", scp->sc_pc == (long)at_ill);
    scp->sc_pc += 2; /* skip the 2-byte faulting instruction */
}

static int ill(void)
{
    on(SIGILL, h_skip, 0, 0);
    __asm__ volatile("\t.globl at_ill\nat_ill:\n\tillegal");
    puts_("resumed\n");
    return 0;
}

static void h_recover(int sig, int code, struct sigcontext *scp)
{
    report(sig, code, scp);
    show("sc_pc == at_segv", scp->sc_pc == (long)at_segv);
    scp->sc_pc = (long)segv_recover;
}

static int segv(void)
{
    on(SIGSEGV, h_recover, 0, 0);
    __asm__ volatile("\t.globl at_segv\nat_segv:\n\tmove.l 0x10, %%d0\n\tillegal\n"
                     "\t.globl segv_recover\nsegv_recover:" : : : "d0");
    puts_("recovered\n");
    return 0;
}

static void h_bus(int sig, int code, struct sigcontext *scp)
{
    report(sig, code, scp);
    show("sc_pc == at_bus", scp->sc_pc == (long)at_bus);
    scp->sc_pc += 4; /* move.l %d0,0x3000.w is 4 bytes */
}

static int bus2(void)
{
    on(SIGBUS, h_bus, 0, 0);
    __asm__ volatile("\t.globl at_bus\nat_bus:\n\tmove.l %%d0, 0x3000.w\n" : : : "d0");
    puts_("resumed\n");
    return 0;
}

static void h_trap(int sig, int code, struct sigcontext *scp)
{
    report(sig, code, scp);
    show("sc_pc == after_trap", scp->sc_pc == (long)after_trap);
}

static int trap(void)
{
    on(SIGILL, h_trap, 0, 0);
    __asm__ volatile("\ttrap #7\n\t.globl after_trap\nafter_trap:");
    puts_("resumed\n");
    return 0;
}

static void h_usr(int sig, int code, struct sigcontext *scp)
{
    report(sig, code, scp);
}

static int kill_self(void)
{
    on(SIGUSR1, h_usr, 0, 0);
    long r = nx_syscall(KILL, nx_syscall(GETPID), SIGUSR1);
    show("kill returned", r);
    show("hits", hits);
    return 0;
}

static int mask(void)
{
    on(SIGUSR1, h_usr, 0, 0);
    showx("sigblock", (ulong)nx_syscall(SIGBLOCK, MASK(SIGUSR1)));
    show("kill", nx_syscall(KILL, 0, SIGUSR1));
    show("hits while blocked", hits);
    showx("sigsetmask", (ulong)nx_syscall(SIGSETMASK, 0));
    show("hits after unblock", hits);
    return 0;
}

static int term(void)
{
    puts_("before\n");
    nx_syscall(KILL, nx_syscall(GETPID), SIGTERM);
    puts_("not reached\n");
    return 0;
}

static int ignored(void)
{
    unsigned long sv[3] = { 1, 0, 0 }; /* SIG_IGN */
    nx_syscall(SIGVEC, SIGTERM, sv, 0);
    show("kill", nx_syscall(KILL, 0, SIGTERM));
    puts_("still here\n");
    return 0;
}

/* A handler that clobbers the scratch registers; sigreturn must restore
 * d0/d1/a0/a1 (and the others) as they were at the fault. */
static void h_clobber(int sig, int code, struct sigcontext *scp)
{
    hits++;
    __asm__ volatile("moveq #-1, %%d0\n\tmoveq #-1, %%d1\n\tsub.l %%a0, %%a0\n\tsub.l %%a1, %%a1"
                     : : : "d0", "d1", "a0", "a1");
    scp->sc_pc += 2;
}

static int regs(void)
{
    on(SIGILL, h_clobber, 0, 0);
    static unsigned long out[4];
    __asm__ volatile("move.l #0x11111111, %%d0\n\tmove.l #0x22222222, %%d1\n"
                     "\tmove.l #0x33333333, %%a0\n\tmove.l #0x44444444, %%a1\n"
                     "\tmove.w #0x1f, %%ccr\n\tillegal\n"
                     "\tmove.l %%d0, (%0)\n\tmove.l %%d1, 4(%0)\n\tmove.l %%a0, 8(%0)\n\tmove.l %%a1, 12(%0)"
                     : : "a"(out) : "d0", "d1", "a0", "a1", "memory");
    for (int i = 0; i < 4; i++) showx("reg", out[i]);
    show("hits", hits);
    return 0;
}

static int crash_fpe(void)
{
    __asm__ volatile("move.l #0x1234, %%d0\n\tmoveq #0, %%d1\n\tdivu.w %%d1, %%d0" : : : "d0", "d1");
    return 0;
}

static void h_async(int sig, int code, struct sigcontext *scp)
{
    puts_("handler ");
    putn(sig);
    puts_("\n");
}

/* Wait in read(0) for a signal from outside (the test sends SIGUSR1 to
 * next-run), then for data: flags 0 = the read is restarted after the
 * handler, SV_INTERRUPT = it fails with EINTR (-4). */
static int async(long flags)
{
    on(SIGUSR1, h_async, 0, flags);
    puts_("ready\n");
    char buf[64];
    long n = nx_syscall(3, 0, buf, sizeof buf);
    show("read", n);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) return 100;
    if (seq(argv[1], "fpe")) return fpe();
    if (seq(argv[1], "ill")) return ill();
    if (seq(argv[1], "segv")) return segv();
    if (seq(argv[1], "bus")) return bus2();
    if (seq(argv[1], "trap")) return trap();
    if (seq(argv[1], "kill")) return kill_self();
    if (seq(argv[1], "mask")) return mask();
    if (seq(argv[1], "term")) return term();
    if (seq(argv[1], "ignored")) return ignored();
    if (seq(argv[1], "regs")) return regs();
    if (seq(argv[1], "crashfpe")) return crash_fpe();
    if (seq(argv[1], "async")) return async(0);
    if (seq(argv[1], "asyncintr")) return async(2);
    return 101;
}
