/*
 * Internal interface of the next-run loader (the m68k Linux program that runs
 * under qemu-m68k and hosts one NeXTSTEP 3.3 process in its own address
 * space).  The guest's memory is the loader's memory: a guest address is a
 * plain pointer here.  This header declares the region map used to check
 * guest pointers, the guest root/path resolver, and the trap entry points.
 */
#ifndef NX_LOADER_H
#define NX_LOADER_H
#include <stddef.h>
#include <stdint.h>

/* Options shared by all parts of the loader. */
extern int nx_strace;          /* --strace: trace every syscall/trap */
extern const char *nx_progname; /* program path as given, for messages */
extern uint32_t nx_user_reg;   /* trap #5/#6 per-thread user register */

/* Guest memory regions (program segments, stack, break, vm_allocate). */
enum { REG_SEGMENT, REG_STACK, REG_BRK, REG_VM };
int region_add(uint32_t start, uint32_t end, int prot, int kind);
void region_remove(uint32_t start, uint32_t end);
void region_set_prot(uint32_t start, uint32_t end, int prot);
/* Is [addr, addr+len) inside mapped guest memory with the given access
 * (1 = read, 2 = write)?  Used to turn bad guest pointers into EFAULT. */
int guest_ok(uint32_t addr, uint32_t len, int access);
/* Is any byte of [start, end) in a region? */
int region_overlaps(uint32_t start, uint32_t end);
/* First free page-aligned range of len bytes in [lo, hi), or 0. */
uint32_t region_find_free(uint32_t lo, uint32_t hi, uint32_t len);
static inline void *gptr(uint32_t addr) { return (void *)(uintptr_t)addr; }

/* Guest root directory and current directory. */
void root_init(const char *root_dir);
/* Map a guest path to a host path inside the root (symlinks and ".."
 * resolved without leaving it).  follow_last: resolve a final symlink.
 * Returns 0 or a NeXT errno. */
int root_resolve(const char *guest_path, int follow_last, char *host, size_t hostsz);
int root_chdir(const char *guest_path);

/* Translate a host errno into the NeXT value. */
int nx_errno(int host_errno);
const char *nx_errno_name(int nx);

/* Trap handlers: read and update the saved guest registers gregs[18]
 * (d0-d7, a0-a7, pc, sr as in the Linux m68k ucontext). */
void unix_syscall(int *gregs);
void mach_trap(int *gregs);
void syscall_init(void);

/* Signals (signals.c). */
void nx_sig_init(void);
int nx_sig_fault(int nxsig, uint32_t code, int *gregs);
void nx_sig_check_pending(int *gregs);
int nx_sig_restart(void);
const char *nx_signame(int nxsig);
extern int *nx_cur_gregs;
extern int nx_regs_replaced;
int64_t sys_sigvec(const uint32_t *a, uint32_t *d1);
int64_t sys_sigblock(const uint32_t *a, uint32_t *d1);
int64_t sys_sigsetmask(const uint32_t *a, uint32_t *d1);
int64_t sys_sigstack(const uint32_t *a, uint32_t *d1);
int64_t sys_kill(const uint32_t *a, uint32_t *d1);
int64_t sys_sigreturn(const uint32_t *a, uint32_t *d1);
int64_t sys_sigpause(const uint32_t *a, uint32_t *d1);
int64_t sys_setitimer(const uint32_t *a, uint32_t *d1);
int64_t sys_getitimer(const uint32_t *a, uint32_t *d1);
extern int nx_no_restart;

/* One-line fatal error: "next-run: error: MSG", exit 1. */
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
