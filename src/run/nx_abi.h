/*
 * NeXTSTEP 3.3 m68k user/kernel interface facts used by the next-run loader:
 * the errno numbering, open(2)/fcntl(2) flag values, the 4.3BSD `struct stat`
 * and `struct direct` layouts, the trap vectors and the Mach IPC message
 * header.  The guest sees these numbers; the loader itself runs on m68k Linux
 * whose errno values (from 35 up), open flags and struct layouts differ, so
 * every value that crosses the guest boundary is translated through this
 * file.  Sources (short names as in shared/reference/nextstep-m68k-abi.md):
 * section 6 (traps, syscall convention, numbers), section 7 (Mach messages),
 * 4.3BSD/4.4BSD <sys/errno.h>, <sys/file.h>, <sys/stat.h>, <sys/dir.h>.
 * Struct layouts assume NeXT cc's 2-byte maximum alignment (reference
 * section 8: BIGGEST_ALIGNMENT 16), so e.g. st_ino sits at offset 2.
 */
#ifndef NX_ABI_H
#define NX_ABI_H
#include <errno.h>

/* ---- Trap vectors (reference section 6) ---------------------------------- */
#define TRAP_CACHE_FLUSH_NX 2   /* flush instruction cache: no-op here */
#define TRAP_MACH_NX        3   /* Mach trap, positive index in d0 */
#define TRAP_UNIX_NX        4   /* Unix syscall, number in d0, args at usp+4 */
#define TRAP_GET_UREG_NX    5   /* d0 = per-thread user register (cthreads) */
#define TRAP_SET_UREG_NX    6   /* user register = d0 */

/* Carry flag in the CCR: set = syscall failed, d0 = errno. */
#define SR_CARRY_NX 0x0001

/* ---- errno (4.3BSD-Reno/4.4BSD numbering, which NeXTSTEP 3.x uses:
 * EAGAIN == EWOULDBLOCK == 35, ENOSYS 78).  One row per NeXT value:
 * X(name, NeXT number, host m68k-Linux errno).                          ---- */
#define NX_ERRNO_TABLE(X) \
    X(EPERM, 1, EPERM) X(ENOENT, 2, ENOENT) X(ESRCH, 3, ESRCH) X(EINTR, 4, EINTR) \
    X(EIO, 5, EIO) X(ENXIO, 6, ENXIO) X(E2BIG, 7, E2BIG) X(ENOEXEC, 8, ENOEXEC) \
    X(EBADF, 9, EBADF) X(ECHILD, 10, ECHILD) X(EDEADLK, 11, EDEADLK) \
    X(ENOMEM, 12, ENOMEM) X(EACCES, 13, EACCES) X(EFAULT, 14, EFAULT) \
    X(ENOTBLK, 15, ENOTBLK) X(EBUSY, 16, EBUSY) X(EEXIST, 17, EEXIST) \
    X(EXDEV, 18, EXDEV) X(ENODEV, 19, ENODEV) X(ENOTDIR, 20, ENOTDIR) \
    X(EISDIR, 21, EISDIR) X(EINVAL, 22, EINVAL) X(ENFILE, 23, ENFILE) \
    X(EMFILE, 24, EMFILE) X(ENOTTY, 25, ENOTTY) X(ETXTBSY, 26, ETXTBSY) \
    X(EFBIG, 27, EFBIG) X(ENOSPC, 28, ENOSPC) X(ESPIPE, 29, ESPIPE) \
    X(EROFS, 30, EROFS) X(EMLINK, 31, EMLINK) X(EPIPE, 32, EPIPE) \
    X(EDOM, 33, EDOM) X(ERANGE, 34, ERANGE) X(EAGAIN, 35, EAGAIN) \
    X(EINPROGRESS, 36, EINPROGRESS) X(EALREADY, 37, EALREADY) \
    X(ENOTSOCK, 38, ENOTSOCK) X(EDESTADDRREQ, 39, EDESTADDRREQ) \
    X(EMSGSIZE, 40, EMSGSIZE) X(EPROTOTYPE, 41, EPROTOTYPE) \
    X(ENOPROTOOPT, 42, ENOPROTOOPT) X(EPROTONOSUPPORT, 43, EPROTONOSUPPORT) \
    X(ESOCKTNOSUPPORT, 44, ESOCKTNOSUPPORT) X(EOPNOTSUPP, 45, EOPNOTSUPP) \
    X(EPFNOSUPPORT, 46, EPFNOSUPPORT) X(EAFNOSUPPORT, 47, EAFNOSUPPORT) \
    X(EADDRINUSE, 48, EADDRINUSE) X(EADDRNOTAVAIL, 49, EADDRNOTAVAIL) \
    X(ENETDOWN, 50, ENETDOWN) X(ENETUNREACH, 51, ENETUNREACH) \
    X(ENETRESET, 52, ENETRESET) X(ECONNABORTED, 53, ECONNABORTED) \
    X(ECONNRESET, 54, ECONNRESET) X(ENOBUFS, 55, ENOBUFS) X(EISCONN, 56, EISCONN) \
    X(ENOTCONN, 57, ENOTCONN) X(ESHUTDOWN, 58, ESHUTDOWN) \
    X(ETOOMANYREFS, 59, ETOOMANYREFS) X(ETIMEDOUT, 60, ETIMEDOUT) \
    X(ECONNREFUSED, 61, ECONNREFUSED) X(ELOOP, 62, ELOOP) \
    X(ENAMETOOLONG, 63, ENAMETOOLONG) X(EHOSTDOWN, 64, EHOSTDOWN) \
    X(EHOSTUNREACH, 65, EHOSTUNREACH) X(ENOTEMPTY, 66, ENOTEMPTY) \
    X(EUSERS, 68, EUSERS) X(EDQUOT, 69, EDQUOT) X(ESTALE, 70, ESTALE) \
    X(EREMOTE, 71, EREMOTE) X(ENOLCK, 77, ENOLCK) X(ENOSYS, 78, ENOSYS)

enum {
#define NX_ERRNO_ENUM(name, nx, host) name##_NX = nx,
    NX_ERRNO_TABLE(NX_ERRNO_ENUM)
#undef NX_ERRNO_ENUM
};

/* ---- open(2) flags (4.3BSD <sys/file.h>) --------------------------------- */
#define O_RDONLY_NX   0x0000
#define O_WRONLY_NX   0x0001
#define O_RDWR_NX     0x0002
#define O_ACCMODE_NX  0x0003
#define O_NDELAY_NX   0x0004   /* == O_NONBLOCK */
#define O_APPEND_NX   0x0008
#define O_CREAT_NX    0x0200
#define O_TRUNC_NX    0x0400
#define O_EXCL_NX     0x0800

/* fcntl(2) commands (same numbering as Linux for 0..4) and FD_CLOEXEC. */
#define F_DUPFD_NX  0
#define F_GETFD_NX  1
#define F_SETFD_NX  2
#define F_GETFL_NX  3
#define F_SETFL_NX  4
#define FD_CLOEXEC_NX 1

/* lseek whence: 0 SET, 1 CUR, 2 END (same as Linux). */

/* ---- struct stat (4.3BSD <sys/stat.h>, 60 bytes with 2-byte alignment) ---
 *   0 st_dev   short      2 st_ino  u32     6 st_mode u16    8 st_nlink s16
 *  10 st_uid   u16       12 st_gid  u16    14 st_rdev s16   16 st_size s32
 *  20 st_atime s32       24 st_spare1      28 st_mtime      32 st_spare2
 *  36 st_ctime s32       40 st_spare3      44 st_blksize    48 st_blocks
 *  52 st_spare4[2]                                                        */
#define NX_STAT_SIZE     60
#define NX_STAT_DEV       0
#define NX_STAT_INO       2
#define NX_STAT_MODE      6
#define NX_STAT_NLINK     8
#define NX_STAT_UID      10
#define NX_STAT_GID      12
#define NX_STAT_RDEV     14
#define NX_STAT_SIZE_OFF 16
#define NX_STAT_ATIME    20
#define NX_STAT_MTIME    28
#define NX_STAT_CTIME    36
#define NX_STAT_BLKSIZE  44
#define NX_STAT_BLOCKS   48
/* st_mode file type bits are the classic octal ones (S_IFMT 0170000 ...),
 * identical on Linux, so the mode is passed through. */

/* ---- struct direct for getdirentries (4.3BSD <sys/dir.h>) ----------------
 *   0 d_ino u32, 4 d_reclen u16, 6 d_namlen u16, 8 d_name[namlen+1],
 *   record length rounded up to 4.                                          */
#define NX_DIRECT_HDR 8
#define NX_MAXNAMLEN  255

/* ---- struct timeval {long sec, long usec}; struct timezone {int,int}. ---- */

/* ---- ioctl: 4.3BSD encodes size and direction in the command word. ------- */
#define TIOCGETP_NX   0x40067408u  /* _IOR('t', 8, struct sgttyb) (6 bytes) */
#define TIOCGWINSZ_NX 0x40087468u  /* _IOR('t', 104, struct winsize) (8 bytes) */
#define FIONREAD_NX   0x4004667fu  /* _IOR('f', 127, int) */

/* ---- limits ---------------------------------------------------------------- */
#define NX_PAGE_SIZE   8192u    /* getpagesize(), vm_page_size (reference sec. 4) */
#define NX_PATH_MAX    1024     /* MAXPATHLEN */
#define NX_DTABLESIZE  256      /* getdtablesize() */

/* ---- Mach (reference sections 6 and 7) ------------------------------------ */
#define KERN_SUCCESS_NX          0
#define KERN_INVALID_ADDRESS_NX  1
#define KERN_PROTECTION_FAILURE_NX 2
#define KERN_NO_SPACE_NX         3
#define KERN_INVALID_ARGUMENT_NX 4
#define KERN_FAILURE_NX          5
#define SEND_INVALID_PORT_NX   (-102)  /* msg_rpc send error */
#define RCV_TOO_LARGE_NX       (-205)  /* reply does not fit rcv_size */

/* msg_header_t (24 bytes): 0 unused:24|simple:8, 4 msg_size, 8 msg_type,
 * 12 msg_local_port, 16 msg_remote_port, 20 msg_id. */
#define MSG_HDR_SIZE_NX   24
#define MSG_HDR_SIMPLE    0
#define MSG_HDR_SIZE      4
#define MSG_HDR_TYPE      8
#define MSG_HDR_LOCAL     12
#define MSG_HDR_REMOTE    16
#define MSG_HDR_ID        20
#define MSG_TYPE_NORMAL_NX 0
/* msg_type_t descriptor words, MSB-first bitfields name:8 size:8 number:12
 * inline:1 longform:1 dealloc:1 unused:1. */
#define MSG_TYPE_INTEGER_32_NX 2
#define MSG_DESC_INT32_NX   0x02200018u  /* INTEGER_32, 32 bits, 1, inline */
#define MSG_DESC_BOOLEAN_NX 0x00200018u  /* BOOLEAN,    32 bits, 1, inline */

/* MIG routine ids of the "mach" subsystem (base 2000), reply = id + 100. */
#define MIG_VM_ALLOCATE_NX   2021
#define MIG_VM_DEALLOCATE_NX 2023
#define MIG_VM_PROTECT_NX    2024
#define MIG_REPLY_DELTA_NX   100

/* Port names handed out by the emulator (any non-zero names will do). */
#define NX_TASK_PORT    1
#define NX_THREAD_PORT  2
#define NX_HOST_PORT    3
#define NX_REPLY_PORT   4

/* Address space (reference section 4). */
#define NX_STACK_TOP      0x04000000u
#define NX_STACK_MAPPED   0x00800000u  /* 8 MB actually mapped below the top */
#define NX_SHLIB_BASE     0x04000000u  /* 0x04000000-0x06000000: shared libraries */
#define NX_VM_BASE        0x06000000u  /* vm_allocate(anywhere) arena start */
#define NX_VM_LIMIT       0x30000000u  /* arena end (qemu's own mmaps live higher) */

/* ---- Signals (4.3BSD numbering, which NeXTSTEP keeps) ------------------
 * Numbers: 4.3BSD <signal.h> (the same 1-15 in every BSD-derived m68k
 * system, e.g. Sprite's sun3 copy of Berkeley signal.h 7.3); 16-31 as in
 * 4.3BSD-Tahoe/Reno (SIGINFO 29, SIGUSR1 30, SIGUSR2 31).  NeXT-specific
 * confirmation of 16-31: UNCONFIRMED.  Default action: T = terminate,
 * I = ignore (S = stop, which next-run treats as ignore: there is no job
 * control for a single emulated process). */
#define NX_SIGNAL_TABLE(X) \
    X(SIGHUP, 1, 'T')  X(SIGINT, 2, 'T')  X(SIGQUIT, 3, 'T') X(SIGILL, 4, 'T') \
    X(SIGTRAP, 5, 'T') X(SIGIOT, 6, 'T')  X(SIGEMT, 7, 'T')  X(SIGFPE, 8, 'T') \
    X(SIGKILL, 9, 'T') X(SIGBUS, 10, 'T') X(SIGSEGV, 11, 'T') X(SIGSYS, 12, 'T') \
    X(SIGPIPE, 13, 'T') X(SIGALRM, 14, 'T') X(SIGTERM, 15, 'T') X(SIGURG, 16, 'I') \
    X(SIGSTOP, 17, 'S') X(SIGTSTP, 18, 'S') X(SIGCONT, 19, 'I') X(SIGCHLD, 20, 'I') \
    X(SIGTTIN, 21, 'S') X(SIGTTOU, 22, 'S') X(SIGIO, 23, 'I') X(SIGXCPU, 24, 'T') \
    X(SIGXFSZ, 25, 'T') X(SIGVTALRM, 26, 'T') X(SIGPROF, 27, 'T') X(SIGWINCH, 28, 'I') \
    X(SIGINFO, 29, 'I') X(SIGUSR1, 30, 'T') X(SIGUSR2, 31, 'T')
#define NX_SIGNAL_ENUM(name, nr, act) name##_NX = nr,
enum { NX_SIGNAL_TABLE(NX_SIGNAL_ENUM) NSIG_NX = 32 };
#undef NX_SIGNAL_ENUM
#define SIGMASK_NX(sig) (1u << ((sig) - 1))   /* 4.3BSD sigmask() */
#define SIG_DFL_NX 0u
#define SIG_IGN_NX 1u
/* struct sigvec {void (*sv_handler)(); int sv_mask; int sv_flags;} (12 bytes). */
#define SV_ONSTACK_NX   0x1
#define SV_INTERRUPT_NX 0x2
#define SV_RESETHAND_NX 0x4   /* 4.3BSD-Reno; UNCONFIRMED for NeXTSTEP 3.3 */

/* struct sigcontext as on the CMU Mach / SunOS m68k lineage NeXT descends
 * from (Sprite src/lib/include/sun3.md/sys/machSignal.h, Berkeley 7.3):
 *   int sc_onstack, sc_mask, sc_sp, sc_pc, sc_ps;   (20 bytes)
 * 4.3BSD-Reno hp300 adds sc_fp and sc_ap between sc_sp and sc_pc; the NeXT
 * layout is UNCONFIRMED (no NeXT <m68k/signal.h> was found). */
#define SC_ONSTACK_NX 0
#define SC_MASK_NX    4
#define SC_SP_NX      8
#define SC_PC_NX      12
#define SC_PS_NX      16
#define SIGCONTEXT_SIZE_NX 20

/* Signal frame next-run pushes on the guest stack (below the interrupted
 * sp, 4-byte aligned), so that a C handler(sig, code, scp) runs with a
 * normal call frame and returns into the trampoline:
 *   +0 return address (NX_SIGTRAMP_ADDR)  +4 sig  +8 code  +12 scp (= +16)
 *   +16 struct sigcontext  +36 d0-d7/a0-a6 (next-run's own save area, so
 *   that sigreturn restores every register)  +96 magic "NXSF". */
#define SIGFRAME_SIZE_NX  100
#define SIGFRAME_SC_NX    16
#define SIGFRAME_REGS_NX  36
#define SIGFRAME_MAGIC_OFF_NX 96
#define SIGFRAME_MAGIC_NX 0x4e585346u
/* The trampoline page (read/execute, mapped by next-run at start-up):
 *   addq.l #4,%sp      drop sig: code becomes the dummy return slot
 *   moveq #103,%d0     sigreturn(scp)
 *   trap #4
 *   illegal            (sigreturn does not return) */
#define NX_SIGTRAMP_ADDR  0x2fffe000u
#define SYS_SIGRETURN_NX  103

/* The 'code' argument of a handler for a CPU exception: the 68k exception
 * vector offset (vector number * 4), as SunOS/4.3BSD m68k kernels pass it
 * (FPE_INTDIV_TRAP 0x14, ILL_ILLINSTR_FAULT 0x10, ...); for SIGSEGV and
 * SIGBUS the fault address.  NeXT's values: UNCONFIRMED. */
#define VEC_ADDRESS_ERR_NX 0x0c
#define VEC_ILLEGAL_NX     0x10
#define VEC_ZERODIV_NX     0x14
#define VEC_CHK_NX         0x18
#define VEC_TRAPV_NX       0x1c
#define VEC_PRIVILEGE_NX   0x20
#define VEC_TRACE_NX       0x24
#define VEC_LINEA_NX       0x28
#define VEC_LINEF_NX       0x2c
#define VEC_TRAP0_NX       0x80  /* trap #n: 0x80 + 4n */

/* Interval timers (4.3BSD <sys/time.h>; reference section 6: setitimer 83,
 * getitimer 86): struct itimerval {struct timeval it_interval, it_value}
 * = {sec, usec, sec, usec}, 16 bytes. */
#define ITIMER_REAL_NX    0   /* SIGALRM */
#define ITIMER_VIRTUAL_NX 1   /* SIGVTALRM */
#define ITIMER_PROF_NX    2   /* SIGPROF */
#define ITIMERVAL_SIZE_NX 16

/* select (93): 4.3BSD fd_set = array of 32-bit fd_mask words (big-endian
 * in guest memory), fd n is bit (n % 32) of word n / 32; only the first
 * howmany(nfds, 32) words are read and written.  FD_SETSIZE is 256. */
#define NX_NFDBITS    32
#define NX_FD_SETSIZE 256

#endif
