/*
 * NeXTSTEP 3.3 (4.3BSD-style) signals for next-run.  The guest installs
 * handlers with sigvec (syscall 108, struct sigvec {handler, mask, flags}),
 * blocks them with sigblock/sigsetmask (109/110, 4.3BSD masks: bit sig-1),
 * and returns from a handler with sigreturn (103).  Signals come from two
 * places: CPU exceptions of the guest (illegal instruction, division by
 * zero, bad memory access, unsupported traps), translated the way CMU Mach's
 * ux_exception() does it (EXC_BAD_ACCESS: KERN_INVALID_ADDRESS -> SIGSEGV,
 * any other failure -> SIGBUS; EXC_BAD_INSTRUCTION -> SIGILL;
 * EXC_ARITHMETIC -> SIGFPE), and kill() of the process itself.
 * A caught signal is delivered like a 4.3BSD m68k kernel's sendsig(): a
 * frame is pushed on the guest stack (layout in nx_abi.h), the handler is
 * called as handler(sig, code, scp) and returns into a small trampoline
 * page that calls sigreturn(scp), which restores pc, sp, the condition codes
 * and the mask from the sigcontext (so a handler may change sc_pc to resume
 * elsewhere) and the other registers from next-run's save area.  Signals
 * with the default action end the program: a CPU exception with the crash
 * report, kill() with one line; the exit status is 128 + NeXT signal number.
 * Signals sent from outside (terminal, other processes) reach guest
 * handlers too, see "signals from outside" below.  Also here: sigpause
 * (111), the alternate signal stack of sigstack (112) used by SV_ONSTACK
 * handlers, and the interval timers setitimer/getitimer (83/86), which run
 * on the host's timers and deliver through the same outside-signal path.
 */
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/ucontext.h>
#include <unistd.h>

#include "be.h"
#include "loader.h"
#include "macho.h"
#include "nx_abi.h"

/* Per-signal disposition: sigvec's handler, mask and flags. */
static uint32_t sig_handler[NSIG_NX][3];
static uint32_t sig_mask, sig_pending;
/* sigpause: the mask to save in the first frame pushed after the pause
 * (4.3BSD SOMASK / p_oldmask), restored by that handler's sigreturn. */
static int pause_active;
static uint32_t pause_oldmask;
/* sigstack: alternate signal stack (top address) and "running on it". */
static uint32_t alt_sp;
static int alt_set, on_altstack;
int nx_no_restart;       /* the call's EINTR is final (select, sigpause) */
int *nx_cur_gregs;       /* registers of the trap being serviced */
int nx_regs_replaced;    /* sigreturn rewrote them: no syscall result */

const char *nx_signame(int sig)
{
    switch (sig) {
#define NX_SIGNAL_NAME(name, nr, act) case nr: return #name;
        NX_SIGNAL_TABLE(NX_SIGNAL_NAME)
#undef NX_SIGNAL_NAME
    default: return "signal";
    }
}

static char default_action(int sig)
{
    switch (sig) {
#define NX_SIGNAL_ACT(name, nr, act) case nr: return act;
        NX_SIGNAL_TABLE(NX_SIGNAL_ACT)
#undef NX_SIGNAL_ACT
    default: return 'T';
    }
}

/* Map the trampoline page (see nx_abi.h for the code). */
void nx_sig_init(void)
{
    static const uint16_t code[] = { 0x588f, 0x7000 | SYS_SIGRETURN_NX, 0x4e40 | TRAP_UNIX_NX, 0x4afc };
    void *m = mmap(gptr(NX_SIGTRAMP_ADDR), NX_PAGE_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (m == MAP_FAILED)
        fatal("cannot map the signal trampoline: %s", strerror(errno));
    for (size_t i = 0; i < sizeof code / sizeof code[0]; i++)
        put_be16((uint8_t *)m + 2 * i, code[i]);
    if (mprotect(m, NX_PAGE_SIZE, PROT_READ | PROT_EXEC) < 0)
        fatal("mprotect signal trampoline: %s", strerror(errno));
    region_add(NX_SIGTRAMP_ADDR, NX_SIGTRAMP_ADDR + NX_PAGE_SIZE,
               VM_PROT_READ_NX | VM_PROT_EXECUTE_NX, REG_SEGMENT);
}

static void set_host_action(int nxsig, uint32_t handler);

/* Push a signal frame and redirect the guest to the handler.  Returns 0,
 * or -1 if the frame does not fit on the guest stack. */
static int push_frame(int sig, uint32_t code, int *g)
{
    uint32_t osp = (uint32_t)g[R_SP];
    /* SV_ONSTACK: the frame goes on the sigstack() stack unless already on it. */
    int to_alt = (sig_handler[sig][2] & SV_ONSTACK_NX) && alt_set && !on_altstack;
    uint32_t base = to_alt ? alt_sp : osp;
    uint32_t sp = (base & ~3u) - SIGFRAME_SIZE_NX;
    if (base < SIGFRAME_SIZE_NX + 4 || !guest_ok(sp, SIGFRAME_SIZE_NX, VM_PROT_READ_NX | VM_PROT_WRITE_NX))
        return -1;
    uint8_t *f = gptr(sp);
    uint32_t scp = sp + SIGFRAME_SC_NX;
    put_be32(f + 0, NX_SIGTRAMP_ADDR);
    put_be32(f + 4, (uint32_t)sig);
    put_be32(f + 8, code);
    put_be32(f + 12, scp);
    uint8_t *sc = f + SIGFRAME_SC_NX;
    put_be32(sc + SC_ONSTACK_NX, (uint32_t)on_altstack);
    put_be32(sc + SC_MASK_NX, pause_active ? pause_oldmask : sig_mask);
    pause_active = 0;
    if (to_alt)
        on_altstack = 1;
    put_be32(sc + SC_SP_NX, osp);
    put_be32(sc + SC_PC_NX, (uint32_t)g[R_PC]);
    put_be32(sc + SC_PS_NX, (uint32_t)g[R_PS] & 0xffff);
    for (int r = 0; r < 15; r++)   /* d0-d7, a0-a6 */
        put_be32(f + SIGFRAME_REGS_NX + 4 * r, (uint32_t)g[r]);
    put_be32(f + SIGFRAME_MAGIC_OFF_NX, SIGFRAME_MAGIC_NX);
    sig_mask |= sig_handler[sig][1] | SIGMASK_NX(sig);
    sig_mask &= ~(SIGMASK_NX(SIGKILL_NX) | SIGMASK_NX(SIGSTOP_NX));
    uint32_t handler = sig_handler[sig][0];
    if (sig_handler[sig][2] & SV_RESETHAND_NX) {
        sig_handler[sig][0] = SIG_DFL_NX;
        set_host_action(sig, SIG_DFL_NX);
    }
    g[R_SP] = (int)sp;
    g[R_PC] = (int)handler;
    g[R_PS] &= ~0x8000; /* no trace into the handler */
    if (nx_strace)
        say("[next-run] signal %s (%d) code 0x%x -> handler 0x%08x, frame 0x%08x",
            nx_signame(sig), sig, code, handler, sp);
    return 0;
}

/* A CPU exception: deliver to a guest handler if one is installed and the
 * signal is not blocked (returns 1), else 0 (the caller reports the crash). */
int nx_sig_fault(int sig, uint32_t code, int *g)
{
    uint32_t h = sig_handler[sig][0];
    if (h == SIG_DFL_NX || h == SIG_IGN_NX || (sig_mask & SIGMASK_NX(sig)))
        return 0;
    return push_frame(sig, code, g) == 0;
}

/* Deliver every pending, unblocked signal (after a syscall). */
void nx_sig_check_pending(int *g)
{
    while (sig_pending & ~sig_mask) {
        int sig = 1;
        while (!(sig_pending & ~sig_mask & SIGMASK_NX(sig)))
            sig++;
        sig_pending &= ~SIGMASK_NX(sig);
        uint32_t h = sig_handler[sig][0];
        if (h == SIG_IGN_NX)
            continue;
        if (h == SIG_DFL_NX) {
            if (default_action(sig) != 'T')
                continue;
            say("next-run: guest killed by signal %s (%d)", nx_signame(sig), sig);
            _exit(128 + sig);
        }
        if (push_frame(sig, 0, g) < 0) {
            say("next-run: guest killed by signal %s (%d): no room for the signal frame at sp 0x%08x",
                nx_signame(sig), sig, (uint32_t)g[R_SP]);
            _exit(128 + sig);
        }
    }
    if (pause_active) {          /* sigpause woken without a handler frame */
        sig_mask = pause_oldmask;
        pause_active = 0;
    }
}

/* ---- signals from outside ---------------------------------------------------
 * A signal another process (or the terminal) sends arrives at the loader as
 * the corresponding Linux signal.  While the guest has a handler for it, the
 * loader catches the Linux signal (without SA_RESTART, so a blocking read
 * returns EINTR); otherwise the Linux default applies to the whole process,
 * which matches NeXT's default for these signals.  If the guest was running
 * its own code the frame is pushed at once; if the loader was servicing a
 * trap, the signal stays pending until the trap returns, and an interrupted
 * syscall is restarted after the handler (4.3BSD semantics, unless the
 * handler has SV_INTERRUPT: then it fails with EINTR). */
static int host_of(int nxsig)
{
    switch (nxsig) {
    case SIGHUP_NX: return SIGHUP;
    case SIGINT_NX: return SIGINT;
    case SIGQUIT_NX: return SIGQUIT;
    case SIGPIPE_NX: return SIGPIPE;
    case SIGALRM_NX: return SIGALRM;
    case SIGTERM_NX: return SIGTERM;
    case SIGXCPU_NX: return SIGXCPU;
    case SIGXFSZ_NX: return SIGXFSZ;
    case SIGVTALRM_NX: return SIGVTALRM;
    case SIGPROF_NX: return SIGPROF;
    case SIGWINCH_NX: return SIGWINCH;
    case SIGUSR1_NX: return SIGUSR1;
    case SIGUSR2_NX: return SIGUSR2;
    default: return 0;
    }
}

static void on_async(int hs, siginfo_t *si, void *ucv)
{
    int nxsig = 0;
    for (int s = 1; s < NSIG_NX; s++)
        if (host_of(s) == hs)
            nxsig = s;
    if (!nxsig)
        return;
    sig_pending |= SIGMASK_NX(nxsig);
    int *g = ((ucontext_t *)ucv)->uc_mcontext.gregs;
    if ((uint32_t)g[R_PC] < 0x80000000u)   /* in guest code: deliver now */
        nx_sig_check_pending(g);
}

static void set_host_action(int nxsig, uint32_t handler)
{
    int hs = host_of(nxsig);
    if (!hs)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (handler == SIG_DFL_NX) {
        sa.sa_handler = SIG_DFL;
    } else if (handler == SIG_IGN_NX) {
        sa.sa_handler = SIG_IGN;
    } else {
        sa.sa_sigaction = on_async;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK; /* no SA_RESTART: see above */
    }
    sigaction(hs, &sa, NULL);
}

/* After a syscall failed with EINTR: if a deliverable signal interrupted
 * it and its handler does not ask for SV_INTERRUPT, rewind the pc onto the
 * trap so that the call is made again once the handler returns. */
int nx_sig_restart(void)
{
    uint32_t ready = sig_pending & ~sig_mask;
    if (!ready)
        return 0;
    int sig = 1;
    while (!(ready & SIGMASK_NX(sig)))
        sig++;
    uint32_t h = sig_handler[sig][0];
    if (nx_no_restart)
        return 0;
    return h != SIG_DFL_NX && h != SIG_IGN_NX && !(sig_handler[sig][2] & SV_INTERRUPT_NX);
}

/* ---- syscalls ------------------------------------------------------------ */

#define ERR(e) (-(int64_t)(e))
#define UNCATCHABLE(sig) ((sig) == SIGKILL_NX || (sig) == SIGSTOP_NX)

int64_t sys_sigvec(const uint32_t *a, uint32_t *d1)
{
    uint32_t sig = a[0];
    if (sig == 0 || sig >= NSIG_NX)
        return ERR(EINVAL_NX);
    if ((a[1] && !guest_ok(a[1], 12, VM_PROT_READ_NX)) || (a[2] && !guest_ok(a[2], 12, VM_PROT_WRITE_NX)))
        return ERR(EFAULT_NX);
    uint32_t nv[3] = { 0, 0, 0 };
    if (a[1])
        for (int i = 0; i < 3; i++)
            nv[i] = be32((uint8_t *)gptr(a[1]) + 4 * i);
    if (a[1] && UNCATCHABLE(sig) && nv[0] != SIG_DFL_NX)
        return ERR(EINVAL_NX);
    if (a[2])
        for (int i = 0; i < 3; i++)
            put_be32((uint8_t *)gptr(a[2]) + 4 * i, sig_handler[sig][i]);
    if (a[1]) {
        memcpy(sig_handler[sig], nv, sizeof nv);
        if (nv[0] == SIG_IGN_NX)
            sig_pending &= ~SIGMASK_NX(sig);
        set_host_action((int)sig, nv[0]);
    }
    return 0;
}

int64_t sys_sigblock(const uint32_t *a, uint32_t *d1)
{
    uint32_t old = sig_mask;
    sig_mask |= a[0] & ~(SIGMASK_NX(SIGKILL_NX) | SIGMASK_NX(SIGSTOP_NX));
    return old;
}

int64_t sys_sigsetmask(const uint32_t *a, uint32_t *d1)
{
    uint32_t old = sig_mask;
    sig_mask = a[0] & ~(SIGMASK_NX(SIGKILL_NX) | SIGMASK_NX(SIGSTOP_NX));
    return old;
}

/* sigstack(ss, oss), struct sigstack {char *ss_sp; int ss_onstack} (4.3BSD):
 * ss_sp is the *top* of the alternate stack (the 68k stack grows down);
 * handlers installed with SV_ONSTACK get their frame there unless the guest
 * is already on it.  oss reports the previous stack and whether a handler
 * is running on it.  ss_onstack of ss sets the flag (as 4.3BSD does, for
 * longjmp out of a handler). */
int64_t sys_sigstack(const uint32_t *a, uint32_t *d1)
{
    if ((a[0] && !guest_ok(a[0], 8, VM_PROT_READ_NX)) || (a[1] && !guest_ok(a[1], 8, VM_PROT_WRITE_NX)))
        return ERR(EFAULT_NX);
    uint32_t nsp = 0, nonstack = 0;
    if (a[0]) {
        nsp = be32(gptr(a[0]));
        nonstack = be32((uint8_t *)gptr(a[0]) + 4);
    }
    if (a[1]) {
        put_be32(gptr(a[1]), alt_sp);
        put_be32((uint8_t *)gptr(a[1]) + 4, (uint32_t)on_altstack);
    }
    if (a[0]) {
        alt_sp = nsp;
        alt_set = 1;
        on_altstack = nonstack != 0;
    }
    return 0;
}

/* sigpause(mask) (4.3BSD): set the mask and wait until a signal arrives
 * that is not blocked; the handler runs with that mask (plus its own) and
 * its sigreturn restores the mask from before the call, which then fails
 * with EINTR and is not restarted.  Host signals are blocked around the
 * check so that a SIGALRM arriving in between is not lost (sigsuspend). */
int64_t sys_sigpause(const uint32_t *a, uint32_t *d1)
{
    uint32_t old = sig_mask;
    sig_mask = a[0] & ~(SIGMASK_NX(SIGKILL_NX) | SIGMASK_NX(SIGSTOP_NX));
    sigset_t all, prev;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &prev);
    for (;;) {
        /* Drop pending signals that are ignored (SIG_IGN, or SIG_DFL whose
         * default is to ignore): they do not end the pause. */
        for (int sig = 1; sig < NSIG_NX; sig++) {
            uint32_t h = sig_handler[sig][0];
            if ((sig_pending & ~sig_mask & SIGMASK_NX(sig)) &&
                (h == SIG_IGN_NX || (h == SIG_DFL_NX && default_action(sig) != 'T')))
                sig_pending &= ~SIGMASK_NX(sig);
        }
        if (sig_pending & ~sig_mask)
            break;
        sigsuspend(&prev);
    }
    sigprocmask(SIG_SETMASK, &prev, NULL);
    pause_active = 1;
    pause_oldmask = old;
    nx_no_restart = 1;
    return ERR(EINTR_NX);
}

/* setitimer(which, value, ovalue) / getitimer(which, value) (4.3BSD):
 * struct itimerval {struct timeval it_interval, it_value} = 4 longs
 * {interval sec, usec, value sec, usec}.  ITIMER_REAL 0 (SIGALRM),
 * ITIMER_VIRTUAL 1 (SIGVTALRM), ITIMER_PROF 2 (SIGPROF) map onto the
 * host's timers; their signals reach the guest through on_async (or the
 * host default action, which ends the process like NeXT's). */
static void itv_put(uint32_t addr, const struct itimerval *v)
{
    uint8_t *p = gptr(addr);
    put_be32(p + 0, (uint32_t)v->it_interval.tv_sec);
    put_be32(p + 4, (uint32_t)v->it_interval.tv_usec);
    put_be32(p + 8, (uint32_t)v->it_value.tv_sec);
    put_be32(p + 12, (uint32_t)v->it_value.tv_usec);
}

static int itimer_host(uint32_t which)
{
    switch (which) {
    case ITIMER_REAL_NX: return ITIMER_REAL;
    case ITIMER_VIRTUAL_NX: return ITIMER_VIRTUAL;
    case ITIMER_PROF_NX: return ITIMER_PROF;
    default: return -1;
    }
}

int64_t sys_setitimer(const uint32_t *a, uint32_t *d1)
{
    int w = itimer_host(a[0]);
    if (w < 0)
        return ERR(EINVAL_NX);
    if ((a[1] && !guest_ok(a[1], ITIMERVAL_SIZE_NX, VM_PROT_READ_NX)) ||
        (a[2] && !guest_ok(a[2], ITIMERVAL_SIZE_NX, VM_PROT_WRITE_NX)))
        return ERR(EFAULT_NX);
    struct itimerval nv, ov;
    memset(&nv, 0, sizeof nv);
    if (a[1]) {
        const uint8_t *p = gptr(a[1]);
        int32_t f[4];
        for (int i = 0; i < 4; i++)
            f[i] = (int32_t)be32(p + 4 * i);
        /* itimerfix(): negative or >= 1 s microseconds are invalid. */
        for (int i = 0; i < 4; i += 2)
            if (f[i] < 0 || f[i + 1] < 0 || f[i + 1] >= 1000000)
                return ERR(EINVAL_NX);
        nv.it_interval.tv_sec = f[0];
        nv.it_interval.tv_usec = f[1];
        nv.it_value.tv_sec = f[2];
        nv.it_value.tv_usec = f[3];
    }
    int r = a[1] ? setitimer(w, &nv, &ov) : getitimer(w, &ov);
    if (r < 0)
        return ERR(nx_errno(errno));
    if (a[2])
        itv_put(a[2], &ov);
    return 0;
}

int64_t sys_getitimer(const uint32_t *a, uint32_t *d1)
{
    int w = itimer_host(a[0]);
    if (w < 0)
        return ERR(EINVAL_NX);
    if (!guest_ok(a[1], ITIMERVAL_SIZE_NX, VM_PROT_WRITE_NX))
        return ERR(EFAULT_NX);
    struct itimerval v;
    if (getitimer(w, &v) < 0)
        return ERR(nx_errno(errno));
    itv_put(a[1], &v);
    return 0;
}

/* kill(pid, sig): only this process (pid 0 or getpid()); the signal is made
 * pending and delivered when the syscall returns (nx_sig_check_pending). */
int64_t sys_kill(const uint32_t *a, uint32_t *d1)
{
    int32_t pid = (int32_t)a[0];
    if (pid != 0 && pid != getpid())
        return ERR(EPERM_NX);
    if (a[1] >= NSIG_NX)
        return ERR(EINVAL_NX);
    if (a[1] == 0)
        return 0;
    if (a[1] == SIGKILL_NX) {
        say("next-run: guest killed by signal SIGKILL (9)");
        _exit(128 + SIGKILL_NX);
    }
    sig_pending |= SIGMASK_NX(a[1]);
    return 0;
}

/* sigreturn(scp): restore the state saved in a signal frame (or a
 * sigcontext built by longjmp: then only sp, pc, ps and mask). */
int64_t sys_sigreturn(const uint32_t *a, uint32_t *d1)
{
    uint32_t scp = a[0];
    if (!guest_ok(scp, SIGCONTEXT_SIZE_NX, VM_PROT_READ_NX))
        return ERR(EFAULT_NX);
    const uint8_t *sc = gptr(scp);
    int *g = nx_cur_gregs;
    uint32_t save = scp - SIGFRAME_SC_NX + SIGFRAME_REGS_NX;
    uint32_t magic = scp - SIGFRAME_SC_NX + SIGFRAME_MAGIC_OFF_NX;
    if (guest_ok(save, SIGFRAME_MAGIC_OFF_NX - SIGFRAME_REGS_NX + 4, VM_PROT_READ_NX) &&
        be32(gptr(magic)) == SIGFRAME_MAGIC_NX)
        for (int r = 0; r < 15; r++)
            g[r] = (int)be32((uint8_t *)gptr(save) + 4 * r);
    sig_mask = be32(sc + SC_MASK_NX) & ~(SIGMASK_NX(SIGKILL_NX) | SIGMASK_NX(SIGSTOP_NX));
    g[R_SP] = (int)be32(sc + SC_SP_NX);
    g[R_PC] = (int)be32(sc + SC_PC_NX);
    /* User mode may only change the condition codes (CCR, low 5 bits). */
    g[R_PS] = (int)(((uint32_t)g[R_PS] & ~0x1fu) | (be32(sc + SC_PS_NX) & 0x1f));
    on_altstack = be32(sc + SC_ONSTACK_NX) & 1;
    nx_regs_replaced = 1;
    return 0;
}
