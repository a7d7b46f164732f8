/* Test guest for select (93), setitimer/getitimer (83/86), sigpause (111)
 * and sigstack (112) in next-run (src/run/syscalls.c, signals.c): argv[1]
 * selects one scenario; output lines are compared exactly by the tests
 * sys-select*.t, sig-alarm*.t, sig-pause.t, sig-stack.t. */
#include "guest.h"

enum { READ = 3, WRITE = 4, CLOSE = 6, GETPID = 20, KILL = 37, PIPE = 42, DUP2 = 90, SELECT = 93,
       SETITIMER = 83, GETITIMER = 86, SIGVEC = 108, SIGBLOCK = 109, SIGSETMASK = 110,
       SIGPAUSE = 111, SIGSTACK = 112, GETTIMEOFDAY = 116 };
enum { SIGALRM = 14, SIGUSR1 = 30 };
#define MASK(s) (1ul << ((s) - 1))

struct sigcontext { long sc_onstack, sc_mask, sc_sp, sc_pc, sc_ps; };

static void on(int sig, void (*h)(int, int, struct sigcontext *), long mask, long flags)
{
    unsigned long sv[3] = { (unsigned long)h, (unsigned long)mask, (unsigned long)flags };
    long r = nx_syscall(SIGVEC, sig, sv, 0);
    if (r) show("sigvec failed", r);
}

static long now_ms(void)
{
    long tv[2];
    nx_syscall(GETTIMEOFDAY, tv, 0);
    return tv[0] * 1000 + tv[1] / 1000;
}

/* select on a pipe: fd_set words are big-endian 32-bit, fd n = bit n%32 of
 * word n/32 (the read end is moved to fd 40: word 1, bit 8). */
static int sel_pipe(void)
{
    long r = nx_syscall(PIPE);
    long rfd = r, wfd = nx_d1;
    nx_syscall(DUP2, rfd, 40);
    nx_syscall(CLOSE, rfd);
    unsigned long rs[2], ws[2], tv[2] = { 0, 0 };
    rs[0] = 0; rs[1] = 1ul << 8;
    ws[0] = 1ul << wfd; ws[1] = 0;
    show("select empty", nx_syscall(SELECT, 41, rs, ws, 0, tv));
    showx("read word 1", rs[1]);
    show("write bit", ws[0] == 1ul << wfd);
    nx_syscall(WRITE, wfd, "x", 1);
    rs[0] = 0; rs[1] = 1ul << 8;
    show("select data", nx_syscall(SELECT, 41, rs, 0, 0, tv));
    showx("read word 0", rs[0]);
    showx("read word 1", rs[1]);
    /* timeout: 300 ms on an empty pipe */
    char c;
    nx_syscall(READ, 40, &c, 1);
    rs[1] = 1ul << 8;
    tv[0] = 0; tv[1] = 300000;
    long t0 = now_ms();
    show("select timeout", nx_syscall(SELECT, 41, rs, 0, 0, tv));
    long dt = now_ms() - t0;
    show("waited >= 250 ms", dt >= 250);
    show("waited < 3000 ms", dt < 3000);
    showx("read word 1", rs[1]);
    show("timeval kept", tv[1] == 300000);
    unsigned long bad[2] = { 0, 1ul << (50 - 32) };
    show("select closed fd", nx_syscall(SELECT, 51, bad, 0, 0, tv));
    show("select bad timeval", (tv[1] = 1000000, nx_syscall(SELECT, 41, rs, 0, 0, tv)));
    return 0;
}

/* select on stdin with no timeout: blocks until the data arrives. */
static int sel_stdin(void)
{
    unsigned long rs = 1;
    puts_("waiting\n");
    show("select stdin", nx_syscall(SELECT, 1, &rs, 0, 0, 0));
    showx("read set", rs);
    char buf[16];
    show("read", nx_syscall(READ, 0, buf, sizeof buf));
    return 0;
}

static volatile long hits;
static volatile long handler_sig, handler_mask, handler_saved, handler_onstack;
static volatile unsigned long handler_local;

static void h_count(int sig, int code, struct sigcontext *scp)
{
    hits++;
    handler_sig = sig;
    handler_mask = nx_syscall(SIGBLOCK, 0);
    handler_saved = scp->sc_mask;
}

/* One-shot ITIMER_REAL of 300 ms; sigpause waits for the SIGALRM (blocked
 * until then, so that a slow machine cannot deliver it before the pause). */
static int alarm(void)
{
    on(SIGALRM, h_count, 0, 0);
    nx_syscall(SIGBLOCK, MASK(SIGALRM));
    long it[4] = { 0, 0, 0, 300000 }, old[4] = { -1, -1, -1, -1 };
    long t0 = now_ms();
    show("setitimer", nx_syscall(SETITIMER, 0, it, old));
    show("old value", old[0] | old[1] | old[2] | old[3]);
    long cur[4];
    show("getitimer", nx_syscall(GETITIMER, 0, cur));
    show("running", cur[0] == 0 && cur[1] == 0 && cur[2] == 0 && cur[3] > 0 && cur[3] <= 300000);
    show("sigpause", nx_syscall(SIGPAUSE, 0));
    long dt = now_ms() - t0;
    show("hits", hits);
    show("sig", handler_sig);
    show("waited >= 250 ms", dt >= 250);
    show("waited < 5000 ms", dt < 5000);
    showx("mask after", (ulong)nx_syscall(SIGBLOCK, 0));
    nx_syscall(GETITIMER, 0, cur);
    show("expired", cur[0] | cur[1] | cur[2] | cur[3]);
    show("getitimer bad which", nx_syscall(GETITIMER, 7, cur));
    it[3] = 1000000;
    show("setitimer bad usec", nx_syscall(SETITIMER, 0, it, 0));
    return 0;
}

/* Periodic ITIMER_REAL (50 ms): three sigpauses see three SIGALRMs. */
static int interval(void)
{
    on(SIGALRM, h_count, 0, 0);
    nx_syscall(SIGBLOCK, MASK(SIGALRM));
    long it[4] = { 0, 50000, 0, 50000 };
    nx_syscall(SETITIMER, 0, it, 0);
    for (int i = 0; i < 3; i++)
        nx_syscall(SIGPAUSE, 0);
    long off[4] = { 0, 0, 0, 0 }, old[4];
    nx_syscall(SETITIMER, 0, off, old);
    show("hits", hits);
    show("old interval", old[1]);
    return 0;
}

/* A SIGALRM handler interrupts a select that has no timeout: select
 * fails with EINTR (-4) after the handler and is not restarted. */
static int sel_intr(void)
{
    on(SIGALRM, h_count, 0, 0);
    long r = nx_syscall(PIPE);
    unsigned long rs = 1ul << r;
    long it[4] = { 0, 0, 0, 500000 };
    nx_syscall(SETITIMER, 0, it, 0);
    show("select", nx_syscall(SELECT, r + 1, &rs, 0, 0, 0));
    show("hits", hits);
    return 0;
}

/* SIGALRM without a handler ends the program (exit 128 + 14). */
static int alarm_default(void)
{
    long it[4] = { 0, 0, 0, 100000 };
    nx_syscall(SETITIMER, 0, it, 0);
    nx_syscall(SIGPAUSE, 0);
    puts_("not reached\n");
    return 0;
}

/* sigpause(mask): a pending SIGUSR1, blocked before the call, is taken
 * with the pause mask; the handler's sigreturn restores the old mask and
 * sigpause fails with EINTR (4). */
static int pause_(void)
{
    on(SIGUSR1, h_count, 0, 0);
    nx_syscall(SIGBLOCK, MASK(SIGUSR1));
    nx_syscall(KILL, nx_syscall(GETPID), SIGUSR1);
    show("hits before", hits);
    show("sigpause", nx_syscall(SIGPAUSE, MASK(SIGALRM)));
    show("hits", hits);
    show("sig", handler_sig);
    showx("mask in handler", (ulong)handler_mask);
    showx("saved mask", (ulong)handler_saved);
    showx("mask after", (ulong)nx_syscall(SIGBLOCK, 0));
    return 0;
}

static char altstack[4096];

static void h_onstack(int sig, int code, struct sigcontext *scp)
{
    unsigned long oss[2];
    volatile char local;
    hits++;
    handler_local = (unsigned long)&local;
    nx_syscall(SIGSTACK, 0, oss);
    handler_onstack = (long)oss[1];
    handler_saved = scp->sc_onstack;
}

/* sigstack + SV_ONSTACK (1): the handler runs on the alternate stack. */
static int stack(void)
{
    unsigned long ss[2] = { (unsigned long)(altstack + sizeof altstack), 0 }, oss[2] = { 1, 1 };
    show("sigstack", nx_syscall(SIGSTACK, ss, oss));
    showx("old sp", oss[0]);
    show("old onstack", (long)oss[1]);
    on(SIGUSR1, h_onstack, 0, 1);
    nx_syscall(KILL, 0, SIGUSR1);
    show("hits", hits);
    show("handler on altstack", handler_local > (unsigned long)altstack &&
                                handler_local < (unsigned long)(altstack + sizeof altstack));
    show("onstack in handler", handler_onstack);
    show("sc_onstack", handler_saved);
    nx_syscall(SIGSTACK, 0, oss);
    show("onstack after", (long)oss[1]);
    show("sp kept", oss[0] == (unsigned long)(altstack + sizeof altstack));
    /* without SV_ONSTACK the frame stays on the normal stack */
    on(SIGUSR1, h_onstack, 0, 0);
    nx_syscall(KILL, 0, SIGUSR1);
    show("plain handler on altstack", handler_local > (unsigned long)altstack &&
                                      handler_local < (unsigned long)(altstack + sizeof altstack));
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) return 100;
    if (seq(argv[1], "select")) return sel_pipe();
    if (seq(argv[1], "selectin")) return sel_stdin();
    if (seq(argv[1], "selectintr")) return sel_intr();
    if (seq(argv[1], "alarm")) return alarm();
    if (seq(argv[1], "interval")) return interval();
    if (seq(argv[1], "alarmdefault")) return alarm_default();
    if (seq(argv[1], "pause")) return pause_();
    if (seq(argv[1], "stack")) return stack();
    return 101;
}
