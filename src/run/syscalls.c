/*
 * NeXTSTEP 3.3 Unix system calls for next-run (trap #4).  Guest convention
 * (reference section 6, BSD-on-m68k as inherited by NeXT): syscall number in
 * d0, arguments are 32-bit words on the user stack at sp+4, sp+8, ... (sp+0
 * is the libc stub's return address), result in d0 (second value in d1 for
 * getpid/getuid/getgid/pipe), carry clear on success; on failure carry set
 * and d0 = NeXT errno (4.3BSD numbering, nx_abi.h).  The single table below
 * lists every implemented call with its NeXT number, arity, handler and the
 * --strace format; numbers not in it are logged once and fail with ENOSYS.
 * Guest structures (struct stat, timeval, iovec, direct, rlimit, rusage)
 * are written field by field in big-endian through be.h, never by casting.
 */
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <termios.h>
#include <unistd.h>
#include <limits.h>

#include "be.h"
#include "loader.h"
#include "macho.h"
#include "nx_abi.h"

/* ---- errno translation (table in nx_abi.h) ------------------------------ */

int nx_errno(int host)
{
    switch (host) {
#define NX_ERRNO_CASE(name, nx, h) case h: return nx;
        NX_ERRNO_TABLE(NX_ERRNO_CASE)
#undef NX_ERRNO_CASE
    default: return EIO_NX;
    }
}

const char *nx_errno_name(int nx)
{
    switch (nx) {
#define NX_ERRNO_NAME(name, n, h) case n: return #name;
        NX_ERRNO_TABLE(NX_ERRNO_NAME)
#undef NX_ERRNO_NAME
    default: return "E?";
    }
}

/* Handlers return the d0 value (>= 0) or -(NeXT errno); d1 may be set. */
typedef int64_t (*sys_fn)(const uint32_t *a, uint32_t *d1);
#define ERR(e) (-(int64_t)(e))
#define HOSTERR() (-(int64_t)nx_errno(errno))

/* Copy a NUL-terminated guest string (path) into buf; NeXT errno or 0. */
static int guest_str(uint32_t addr, char *buf, size_t bufsz)
{
    for (size_t i = 0; i < bufsz; i++) {
        if (!guest_ok(addr + (uint32_t)i, 1, VM_PROT_READ_NX))
            return EFAULT_NX;
        buf[i] = *(const char *)gptr(addr + (uint32_t)i);
        if (!buf[i])
            return 0;
    }
    return ENAMETOOLONG_NX;
}

/* Fetch guest path argument and resolve it inside the guest root. */
static int guest_path(uint32_t addr, int follow, char *host, size_t hostsz)
{
    char p[NX_PATH_MAX];
    int e = guest_str(addr, p, sizeof p);
    return e ? e : root_resolve(p, follow, host, hostsz);
}
#define HOSTPATH 4096
#define PATHARG(var, idx, follow)                                  \
    char var[HOSTPATH];                                            \
    do {                                                           \
        int e_ = guest_path(a[idx], follow, var, sizeof var);      \
        if (e_) return ERR(e_);                                    \
    } while (0)

#define NEED(addr, len, acc) \
    do { if ((len) != 0 && !guest_ok((addr), (len), (acc))) return ERR(EFAULT_NX); } while (0)
/* Optional pointer argument: NULL is allowed. */
#define NEEDOPT(addr, len, acc) \
    do { if ((addr) != 0) NEED(addr, len, acc); } while (0)
#define RD VM_PROT_READ_NX
#define WR VM_PROT_WRITE_NX

static int open_flags_host(uint32_t f)
{
    int h = 0;
    switch (f & O_ACCMODE_NX) {
    case O_RDONLY_NX: h = O_RDONLY; break;
    case O_WRONLY_NX: h = O_WRONLY; break;
    default: h = O_RDWR; break;
    }
    if (f & O_NDELAY_NX) h |= O_NONBLOCK;
    if (f & O_APPEND_NX) h |= O_APPEND;
    if (f & O_CREAT_NX) h |= O_CREAT;
    if (f & O_TRUNC_NX) h |= O_TRUNC;
    if (f & O_EXCL_NX) h |= O_EXCL;
    return h;
}

static uint32_t open_flags_nx(int h)
{
    uint32_t f = (h & O_ACCMODE) == O_WRONLY ? O_WRONLY_NX : (h & O_ACCMODE) == O_RDWR ? O_RDWR_NX : 0;
    if (h & O_NONBLOCK) f |= O_NDELAY_NX;
    if (h & O_APPEND) f |= O_APPEND_NX;
    return f;
}

/* ---- handlers --------------------------------------------------------------- */

static int64_t sys_exit(const uint32_t *a, uint32_t *d1)
{
    _exit((int)(a[0] & 0xff));
}

static int64_t sys_read(const uint32_t *a, uint32_t *d1)
{
    NEED(a[1], a[2], WR);
    ssize_t n = read((int)a[0], gptr(a[1]), a[2]);
    return n < 0 ? HOSTERR() : n;
}

static int64_t sys_write(const uint32_t *a, uint32_t *d1)
{
    NEED(a[1], a[2], RD);
    ssize_t n = write((int)a[0], gptr(a[1]), a[2]);
    return n < 0 ? HOSTERR() : n;
}

static int64_t do_open(uint32_t path, uint32_t flags, uint32_t mode)
{
    int excl = (flags & (O_CREAT_NX | O_EXCL_NX)) == (O_CREAT_NX | O_EXCL_NX);
    char host[HOSTPATH];
    int e = guest_path(path, !excl, host, sizeof host);
    if (e)
        return ERR(e);
    int fd = open(host, open_flags_host(flags) | O_NOFOLLOW, (mode_t)(mode & 07777));
    return fd < 0 ? HOSTERR() : fd;
}

static int64_t sys_open(const uint32_t *a, uint32_t *d1) { return do_open(a[0], a[1], a[2]); }

static int64_t sys_creat(const uint32_t *a, uint32_t *d1)
{
    return do_open(a[0], O_WRONLY_NX | O_CREAT_NX | O_TRUNC_NX, a[1]);
}

static int64_t sys_close(const uint32_t *a, uint32_t *d1)
{
    return close((int)a[0]) < 0 ? HOSTERR() : 0;
}

static int64_t sys_link(const uint32_t *a, uint32_t *d1)
{
    PATHARG(from, 0, 0);
    PATHARG(to, 1, 0);
    return link(from, to) < 0 ? HOSTERR() : 0;
}

static int64_t sys_symlink(const uint32_t *a, uint32_t *d1)
{
    char target[NX_PATH_MAX];
    int e = guest_str(a[0], target, sizeof target);
    if (e)
        return ERR(e);
    PATHARG(to, 1, 0);
    return symlink(target, to) < 0 ? HOSTERR() : 0;
}

static int64_t sys_unlink(const uint32_t *a, uint32_t *d1)
{
    PATHARG(p, 0, 0);
    return unlink(p) < 0 ? HOSTERR() : 0;
}

static int64_t sys_chdir(const uint32_t *a, uint32_t *d1)
{
    char p[NX_PATH_MAX];
    int e = guest_str(a[0], p, sizeof p);
    if (!e)
        e = root_chdir(p);
    return e ? ERR(e) : 0;
}

static int64_t sys_chmod(const uint32_t *a, uint32_t *d1)
{
    PATHARG(p, 0, 1);
    return chmod(p, (mode_t)(a[1] & 07777)) < 0 ? HOSTERR() : 0;
}

static int64_t sys_fchmod(const uint32_t *a, uint32_t *d1)
{
    return fchmod((int)a[0], (mode_t)(a[1] & 07777)) < 0 ? HOSTERR() : 0;
}

/* Program break: starts at the end of the highest segment below the stack. */
static uint32_t brk_base, brk_cur, brk_mapped;

static int set_break(uint32_t nb)
{
    if (nb < brk_base)
        return EINVAL_NX;
    uint32_t need = (nb + NX_PAGE_SIZE - 1) & ~(NX_PAGE_SIZE - 1);
    if (need > brk_mapped) {
        if (need > NX_STACK_TOP - NX_STACK_MAPPED || region_overlaps(brk_mapped, need))
            return ENOMEM_NX;
        void *m = mmap(gptr(brk_mapped), need - brk_mapped, PROT_READ | PROT_WRITE | PROT_EXEC,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (m == MAP_FAILED)
            return ENOMEM_NX;
        region_add(brk_mapped, need, VM_PROT_READ_NX | VM_PROT_WRITE_NX | VM_PROT_EXECUTE_NX, REG_BRK);
        brk_mapped = need;
    }
    brk_cur = nb;
    return 0;
}

static void brk_init(void)
{
    if (brk_base)
        return;
    uint32_t top = NX_PAGE_SIZE * 2;
    for (uint32_t a = 0; a < NX_STACK_TOP - NX_STACK_MAPPED; a += NX_PAGE_SIZE)
        if (region_overlaps(a, a + NX_PAGE_SIZE))
            top = a + NX_PAGE_SIZE;
    brk_base = brk_cur = brk_mapped = top;
}

static int64_t sys_obreak(const uint32_t *a, uint32_t *d1)
{
    brk_init();
    int e = set_break(a[0]);
    return e ? ERR(e) : 0;
}

static int64_t sys_sbrk(const uint32_t *a, uint32_t *d1)
{
    brk_init();
    uint32_t old = brk_cur;
    int e = set_break(old + (int32_t)a[0]);
    return e ? ERR(e) : old;
}

static int64_t sys_lseek(const uint32_t *a, uint32_t *d1)
{
    off_t r = lseek((int)a[0], (off_t)(int32_t)a[1], (int)a[2]);
    if (r < 0)
        return HOSTERR();
    if (r > INT32_MAX)
        return ERR(EINVAL_NX);
    return r;
}

static int64_t sys_getpid(const uint32_t *a, uint32_t *d1)
{
    *d1 = (uint32_t)getppid();
    return getpid();
}

static int64_t sys_getuid(const uint32_t *a, uint32_t *d1)
{
    *d1 = (uint32_t)geteuid();
    return getuid();
}

static int64_t sys_getgid(const uint32_t *a, uint32_t *d1)
{
    *d1 = (uint32_t)getegid();
    return getgid();
}

static int64_t sys_access(const uint32_t *a, uint32_t *d1)
{
    PATHARG(p, 0, 1);
    return access(p, (int)(a[1] & 7)) < 0 ? HOSTERR() : 0;
}

static void put_stat(uint8_t *p, const struct stat *st)
{
    memset(p, 0, NX_STAT_SIZE);
    put_be16(p + NX_STAT_DEV, (uint16_t)st->st_dev);
    put_be32(p + NX_STAT_INO, (uint32_t)st->st_ino);
    put_be16(p + NX_STAT_MODE, (uint16_t)st->st_mode);
    put_be16(p + NX_STAT_NLINK, (uint16_t)(st->st_nlink > 32767 ? 32767 : st->st_nlink));
    put_be16(p + NX_STAT_UID, (uint16_t)st->st_uid);
    put_be16(p + NX_STAT_GID, (uint16_t)st->st_gid);
    put_be16(p + NX_STAT_RDEV, (uint16_t)st->st_rdev);
    put_be32(p + NX_STAT_SIZE_OFF, st->st_size > INT32_MAX ? INT32_MAX : (uint32_t)st->st_size);
    put_be32(p + NX_STAT_ATIME, (uint32_t)st->st_atime);
    put_be32(p + NX_STAT_MTIME, (uint32_t)st->st_mtime);
    put_be32(p + NX_STAT_CTIME, (uint32_t)st->st_ctime);
    put_be32(p + NX_STAT_BLKSIZE, (uint32_t)st->st_blksize);
    put_be32(p + NX_STAT_BLOCKS, (uint32_t)st->st_blocks);
}

static int64_t do_stat(const uint32_t *a, int follow)
{
    NEED(a[1], NX_STAT_SIZE, WR);
    PATHARG(p, 0, follow);
    struct stat st;
    if ((follow ? stat(p, &st) : lstat(p, &st)) < 0)
        return HOSTERR();
    put_stat(gptr(a[1]), &st);
    return 0;
}
static int64_t sys_stat(const uint32_t *a, uint32_t *d1) { return do_stat(a, 1); }
static int64_t sys_lstat(const uint32_t *a, uint32_t *d1) { return do_stat(a, 0); }

static int64_t sys_fstat(const uint32_t *a, uint32_t *d1)
{
    NEED(a[1], NX_STAT_SIZE, WR);
    struct stat st;
    if (fstat((int)a[0], &st) < 0)
        return HOSTERR();
    put_stat(gptr(a[1]), &st);
    return 0;
}

static int64_t sys_dup(const uint32_t *a, uint32_t *d1)
{
    int fd = dup((int)a[0]);
    return fd < 0 ? HOSTERR() : fd;
}

static int64_t sys_dup2(const uint32_t *a, uint32_t *d1)
{
    if (a[1] >= NX_DTABLESIZE)
        return ERR(EBADF_NX);
    int fd = dup2((int)a[0], (int)a[1]);
    return fd < 0 ? HOSTERR() : fd;
}

static int64_t sys_pipe(const uint32_t *a, uint32_t *d1)
{
    int p[2];
    if (pipe(p) < 0)
        return HOSTERR();
    *d1 = (uint32_t)p[1];
    return p[0];
}

static int64_t sys_ioctl(const uint32_t *a, uint32_t *d1)
{
    int fd = (int)a[0];
    switch (a[1]) {
    case TIOCGETP_NX: { /* struct sgttyb: ispeed, ospeed, erase, kill (chars), flags (short) */
        NEED(a[2], 6, WR);
        struct termios t;
        if (tcgetattr(fd, &t) < 0)
            return HOSTERR();
        uint8_t *p = gptr(a[2]);
        p[0] = p[1] = 15;          /* B38400 in 4.3BSD numbering */
        p[2] = t.c_cc[VERASE];
        p[3] = t.c_cc[VKILL];
        uint16_t fl = 0;
        if (t.c_lflag & ECHO) fl |= 0x0008;      /* ECHO */
        if (t.c_oflag & ONLCR) fl |= 0x0010;     /* CRMOD */
        if (!(t.c_lflag & ICANON)) fl |= 0x0002; /* CBREAK */
        put_be16(p + 4, fl);
        return 0;
    }
    case TIOCGWINSZ_NX: {
        NEED(a[2], 8, WR);
        struct winsize w;
        if (ioctl(fd, TIOCGWINSZ, &w) < 0)
            return HOSTERR();
        uint8_t *p = gptr(a[2]);
        put_be16(p, w.ws_row);
        put_be16(p + 2, w.ws_col);
        put_be16(p + 4, w.ws_xpixel);
        put_be16(p + 6, w.ws_ypixel);
        return 0;
    }
    case FIONREAD_NX: {
        NEED(a[2], 4, WR);
        int n;
        if (ioctl(fd, FIONREAD, &n) < 0)
            return HOSTERR();
        put_be32(gptr(a[2]), (uint32_t)n);
        return 0;
    }
    default:
        if (fcntl(fd, F_GETFD) < 0)
            return ERR(EBADF_NX);
        return ERR(ENOTTY_NX);
    }
}

static int64_t sys_readlink(const uint32_t *a, uint32_t *d1)
{
    NEED(a[1], a[2], WR);
    PATHARG(p, 0, 0);
    ssize_t n = readlink(p, gptr(a[1]), a[2]);
    return n < 0 ? HOSTERR() : n;
}

static int64_t sys_enosys(const uint32_t *a, uint32_t *d1) { return ERR(ENOSYS_NX); }

static int64_t sys_umask(const uint32_t *a, uint32_t *d1) { return umask((mode_t)(a[0] & 0777)); }
static int64_t sys_getpagesize(const uint32_t *a, uint32_t *d1) { return NX_PAGE_SIZE; }
static int64_t sys_getdtablesize(const uint32_t *a, uint32_t *d1) { return NX_DTABLESIZE; }
static int64_t sys_sync(const uint32_t *a, uint32_t *d1) { sync(); return 0; }
static int64_t sys_getpgrp(const uint32_t *a, uint32_t *d1) { return getpgrp(); }

static int64_t sys_fcntl(const uint32_t *a, uint32_t *d1)
{
    int fd = (int)a[0], r;
    switch (a[1]) {
    case F_DUPFD_NX:
        r = fcntl(fd, F_DUPFD, (int)a[2]);
        break;
    case F_GETFD_NX:
        r = fcntl(fd, F_GETFD);
        if (r >= 0)
            r = (r & FD_CLOEXEC) ? FD_CLOEXEC_NX : 0;
        break;
    case F_SETFD_NX:
        r = fcntl(fd, F_SETFD, (a[2] & FD_CLOEXEC_NX) ? FD_CLOEXEC : 0);
        break;
    case F_GETFL_NX:
        r = fcntl(fd, F_GETFL);
        if (r >= 0)
            r = (int)open_flags_nx(r);
        break;
    case F_SETFL_NX: {
        int h = 0;
        if (a[2] & O_NDELAY_NX) h |= O_NONBLOCK;
        if (a[2] & O_APPEND_NX) h |= O_APPEND;
        r = fcntl(fd, F_SETFL, h);
        break;
    }
    default:
        return ERR(EINVAL_NX);
    }
    return r < 0 ? HOSTERR() : r;
}

static int64_t sys_fsync(const uint32_t *a, uint32_t *d1)
{
    return fsync((int)a[0]) < 0 ? HOSTERR() : 0;
}

static int64_t sys_gettimeofday(const uint32_t *a, uint32_t *d1)
{
    NEEDOPT(a[0], 8, WR);
    NEEDOPT(a[1], 8, WR);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    if (a[0]) {
        put_be32(gptr(a[0]), (uint32_t)tv.tv_sec);
        put_be32((uint8_t *)gptr(a[0]) + 4, (uint32_t)tv.tv_usec);
    }
    if (a[1]) { /* struct timezone: minuteswest, dsttime */
        put_be32(gptr(a[1]), 0);
        put_be32((uint8_t *)gptr(a[1]) + 4, 0);
    }
    return 0;
}

/* struct rusage (4.3BSD): ru_utime, ru_stime (timevals), then 14 longs. */
static int64_t sys_getrusage(const uint32_t *a, uint32_t *d1)
{
    NEED(a[1], 72, WR);
    struct rusage ru;
    if (getrusage((int32_t)a[0] == -1 ? RUSAGE_CHILDREN : RUSAGE_SELF, &ru) < 0)
        return HOSTERR();
    uint8_t *p = gptr(a[1]);
    memset(p, 0, 72);
    put_be32(p, (uint32_t)ru.ru_utime.tv_sec);
    put_be32(p + 4, (uint32_t)ru.ru_utime.tv_usec);
    put_be32(p + 8, (uint32_t)ru.ru_stime.tv_sec);
    put_be32(p + 12, (uint32_t)ru.ru_stime.tv_usec);
    put_be32(p + 16, (uint32_t)ru.ru_maxrss);
    return 0;
}

/* struct iovec {char *base; int len} = 8 bytes. */
static int64_t do_rwv(const uint32_t *a, int wr)
{
    uint32_t cnt = a[2];
    if (cnt == 0 || cnt > 1024)
        return ERR(EINVAL_NX);
    NEED(a[1], 8 * cnt, RD);
    static struct iovec iov[1024];
    for (uint32_t i = 0; i < cnt; i++) {
        const uint8_t *e = (const uint8_t *)gptr(a[1]) + 8 * i;
        uint32_t base = be32(e), len = be32(e + 4);
        NEED(base, len, wr ? RD : WR);
        iov[i].iov_base = gptr(base);
        iov[i].iov_len = len;
    }
    ssize_t n = wr ? writev((int)a[0], iov, (int)cnt) : readv((int)a[0], iov, (int)cnt);
    return n < 0 ? HOSTERR() : n;
}
static int64_t sys_readv(const uint32_t *a, uint32_t *d1) { return do_rwv(a, 0); }
static int64_t sys_writev(const uint32_t *a, uint32_t *d1) { return do_rwv(a, 1); }

static int64_t sys_rename(const uint32_t *a, uint32_t *d1)
{
    PATHARG(from, 0, 0);
    PATHARG(to, 1, 0);
    return rename(from, to) < 0 ? HOSTERR() : 0;
}

static int64_t sys_truncate(const uint32_t *a, uint32_t *d1)
{
    PATHARG(p, 0, 1);
    return truncate(p, (off_t)(int32_t)a[1]) < 0 ? HOSTERR() : 0;
}

static int64_t sys_ftruncate(const uint32_t *a, uint32_t *d1)
{
    return ftruncate((int)a[0], (off_t)(int32_t)a[1]) < 0 ? HOSTERR() : 0;
}

static int64_t sys_mkdir(const uint32_t *a, uint32_t *d1)
{
    PATHARG(p, 0, 0);
    return mkdir(p, (mode_t)(a[1] & 07777)) < 0 ? HOSTERR() : 0;
}

static int64_t sys_rmdir(const uint32_t *a, uint32_t *d1)
{
    PATHARG(p, 0, 0);
    return rmdir(p) < 0 ? HOSTERR() : 0;
}

static int64_t sys_utimes(const uint32_t *a, uint32_t *d1)
{
    NEEDOPT(a[1], 16, RD);
    PATHARG(p, 0, 1);
    struct timeval tv[2], *tvp = NULL;
    if (a[1]) {
        const uint8_t *g = gptr(a[1]);
        for (int i = 0; i < 2; i++) {
            tv[i].tv_sec = (int32_t)be32(g + 8 * i);
            tv[i].tv_usec = (int32_t)be32(g + 8 * i + 4);
        }
        tvp = tv;
    }
    return utimes(p, tvp) < 0 ? HOSTERR() : 0;
}

/* struct rlimit {int cur, max}; RLIM_INFINITY 0x7fffffff; resources
 * CPU 0, FSIZE 1, DATA 2, STACK 3, CORE 4, RSS 5 (4.3BSD). */
static int64_t sys_getrlimit(const uint32_t *a, uint32_t *d1)
{
    static const int res[] = { RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE, RLIMIT_RSS };
    if (a[0] >= 6)
        return ERR(EINVAL_NX);
    NEED(a[1], 8, WR);
    struct rlimit rl;
    if (a[0] == 3) {
        rl.rlim_cur = rl.rlim_max = 64u << 20; /* NeXT default stack: 64 MB */
    } else if (getrlimit(res[a[0]], &rl) < 0) {
        return HOSTERR();
    }
    uint8_t *p = gptr(a[1]);
    put_be32(p, rl.rlim_cur > 0x7fffffff ? 0x7fffffff : (uint32_t)rl.rlim_cur);
    put_be32(p + 4, rl.rlim_max > 0x7fffffff ? 0x7fffffff : (uint32_t)rl.rlim_max);
    return 0;
}

static int64_t sys_setrlimit(const uint32_t *a, uint32_t *d1)
{
    if (a[0] >= 6)
        return ERR(EINVAL_NX);
    NEED(a[1], 8, RD);
    return 0; /* accepted, not enforced */
}

/* getdirentries(fd, buf, nbytes, long *basep): 4.3BSD struct direct
 * records (nx_abi.h) converted from the host's linux_dirent64. */
static int64_t sys_getdirentries(const uint32_t *a, uint32_t *d1)
{
    int fd = (int)a[0];
    uint32_t nbytes = a[2];
    NEED(a[1], nbytes, WR);
    NEED(a[3], 4, WR);
    if (nbytes < 512)
        return ERR(EINVAL_NX);
    static char hbuf[65536];
    off_t base = lseek(fd, 0, SEEK_CUR);
    if (base < 0)
        return HOSTERR();
    size_t want = nbytes < sizeof hbuf ? nbytes : sizeof hbuf;
    long n = syscall(SYS_getdents64, fd, hbuf, want);
    if (n < 0)
        return HOSTERR();
    uint8_t *out = gptr(a[1]);
    uint32_t used = 0;
    for (long off = 0; off < n;) {
        uint64_t ino;
        uint16_t reclen;
        memcpy(&ino, hbuf + off, 8);
        memcpy(&reclen, hbuf + off + 16, 2);
        const char *name = hbuf + off + 19;
        size_t nl = strnlen(name, NX_MAXNAMLEN);
        uint32_t rl = (uint32_t)(NX_DIRECT_HDR + ((nl + 1 + 3) & ~3u));
        if (used + rl > nbytes)
            break; /* cannot happen: NeXT records are smaller than host ones */
        put_be32(out + used, (uint32_t)ino);
        put_be16(out + used + 4, (uint16_t)rl);
        put_be16(out + used + 6, (uint16_t)nl);
        memset(out + used + 8, 0, rl - 8);
        memcpy(out + used + 8, name, nl);
        used += rl;
        off += reclen;
    }
    put_be32(gptr(a[3]), (uint32_t)base);
    return used;
}

static int64_t sys_gethostname(const uint32_t *a, uint32_t *d1)
{
    NEED(a[0], a[1], WR);
    char h[256];
    if (gethostname(h, sizeof h) < 0)
        return HOSTERR();
    size_t l = strlen(h) + 1;
    if (l > a[1])
        l = a[1];
    memcpy(gptr(a[0]), h, l);
    return 0;
}

/* ---- the table -------------------------------------------------------------
 * Numbers: NeXTSTEP 3.3 (reference section 6, CMU25 + D03 init_sysent.c).
 * Trace format: first char = result kind (d decimal, x hex, o octal,
 * 2 = two values d0 and d1),
 * then one char per argument: d int, x hex, o octal, s string, p pointer. */
/* select(nfds, readfds, writefds, exceptfds, timeout) (4.3BSD): the guest
 * fd_sets (nx_abi.h) become host fd_sets, the host's select waits, and the
 * ready bits are written back over the first howmany(nfds, 32) words.  A
 * NULL timeout waits forever; the guest's timeval is not modified (4.3BSD
 * leaves it alone).  EINTR is final: like 4.4BSD, select is not restarted
 * after a handler (the caller recomputes its timeout). */
static int64_t sys_select(const uint32_t *a, uint32_t *d1)
{
    int32_t nfds = (int32_t)a[0];
    if (nfds < 0)
        return ERR(EINVAL_NX);
    if (nfds > NX_FD_SETSIZE)
        nfds = NX_FD_SETSIZE;
    uint32_t words = ((uint32_t)nfds + NX_NFDBITS - 1) / NX_NFDBITS;
    fd_set hs[3];
    for (int k = 0; k < 3; k++) {
        FD_ZERO(&hs[k]);
        NEEDOPT(a[k + 1], 4 * words, RD | WR);
        if (!a[k + 1])
            continue;
        for (int32_t fd = 0; fd < nfds; fd++) {
            uint32_t w = be32((uint8_t *)gptr(a[k + 1]) + 4 * (uint32_t)(fd / NX_NFDBITS));
            if (w & (1u << (fd % NX_NFDBITS))) {
                if (fcntl(fd, F_GETFD) < 0)
                    return ERR(EBADF_NX);
                FD_SET(fd, &hs[k]);
            }
        }
    }
    struct timeval tv, *tvp = NULL;
    if (a[4]) {
        NEED(a[4], 8, RD);
        int32_t sec = (int32_t)be32(gptr(a[4])), usec = (int32_t)be32((uint8_t *)gptr(a[4]) + 4);
        if (sec < 0 || usec < 0 || usec >= 1000000)
            return ERR(EINVAL_NX);
        tv.tv_sec = sec;
        tv.tv_usec = usec;
        tvp = &tv;
    }
    nx_no_restart = 1;
    int n = select(nfds, a[1] ? &hs[0] : NULL, a[2] ? &hs[1] : NULL, a[3] ? &hs[2] : NULL, tvp);
    if (n < 0)
        return HOSTERR();
    for (int k = 0; k < 3; k++) {
        if (!a[k + 1])
            continue;
        for (uint32_t w = 0; w < words; w++) {
            uint32_t bits = 0;
            for (int b = 0; b < NX_NFDBITS && (int32_t)(w * NX_NFDBITS) + b < nfds; b++)
                if (FD_ISSET((int)(w * NX_NFDBITS) + b, &hs[k]))
                    bits |= 1u << b;
            put_be32((uint8_t *)gptr(a[k + 1]) + 4 * w, bits);
        }
    }
    return n;
}

struct nx_syscall { int nr; const char *name; int nargs; sys_fn fn; const char *fmt; };
static const struct nx_syscall syscall_table[] = {
    { 1, "exit", 1, sys_exit, "dd" },
    { 3, "read", 3, sys_read, "ddpd" },
    { 4, "write", 3, sys_write, "ddpd" },
    { 5, "open", 3, sys_open, "dsxo" },
    { 6, "close", 1, sys_close, "dd" },
    { 8, "creat", 2, sys_creat, "dso" },
    { 9, "link", 2, sys_link, "dss" },
    { 10, "unlink", 1, sys_unlink, "ds" },
    { 12, "chdir", 1, sys_chdir, "ds" },
    { 15, "chmod", 2, sys_chmod, "dso" },
    { 17, "obreak", 1, sys_obreak, "dx" },
    { 19, "lseek", 3, sys_lseek, "dddd" },
    { 20, "getpid", 0, sys_getpid, "2" },
    { 24, "getuid", 0, sys_getuid, "2" },
    { 33, "access", 2, sys_access, "dso" },
    { 36, "sync", 0, sys_sync, "d" },
    { 37, "kill", 2, sys_kill, "ddd" },
    { 38, "stat", 2, sys_stat, "dsp" },
    { 40, "lstat", 2, sys_lstat, "dsp" },
    { 41, "dup", 1, sys_dup, "dd" },
    { 42, "pipe", 0, sys_pipe, "2" },
    { 47, "getgid", 0, sys_getgid, "2" },
    { 54, "ioctl", 3, sys_ioctl, "ddxp" },
    { 57, "symlink", 2, sys_symlink, "dss" },
    { 58, "readlink", 3, sys_readlink, "dspd" },
    { 59, "execve", 3, sys_enosys, "dspp" },
    { 60, "umask", 1, sys_umask, "oo" },
    { 62, "fstat", 2, sys_fstat, "ddp" },
    { 64, "getpagesize", 0, sys_getpagesize, "d" },
    { 69, "sbrk", 1, sys_sbrk, "xd" },
    { 81, "getpgrp", 0, sys_getpgrp, "d" },
    { 83, "setitimer", 3, sys_setitimer, "ddpp" },
    { 86, "getitimer", 2, sys_getitimer, "ddp" },
    { 87, "gethostname", 2, sys_gethostname, "dpd" },
    { 89, "getdtablesize", 0, sys_getdtablesize, "d" },
    { 90, "dup2", 2, sys_dup2, "ddd" },
    { 92, "fcntl", 3, sys_fcntl, "dddx" },
    { 93, "select", 5, sys_select, "ddpppp" },
    { 95, "fsync", 1, sys_fsync, "dd" },
    { 103, "sigreturn", 1, sys_sigreturn, "dp" },
    { 108, "sigvec", 3, sys_sigvec, "ddpp" },
    { 109, "sigblock", 1, sys_sigblock, "xx" },
    { 110, "sigsetmask", 1, sys_sigsetmask, "xx" },
    { 111, "sigpause", 1, sys_sigpause, "dx" },
    { 112, "sigstack", 2, sys_sigstack, "dpp" },
    { 116, "gettimeofday", 2, sys_gettimeofday, "dpp" },
    { 117, "getrusage", 2, sys_getrusage, "ddp" },
    { 120, "readv", 3, sys_readv, "ddpd" },
    { 121, "writev", 3, sys_writev, "ddpd" },
    { 124, "fchmod", 2, sys_fchmod, "ddo" },
    { 128, "rename", 2, sys_rename, "dss" },
    { 129, "truncate", 2, sys_truncate, "dsd" },
    { 130, "ftruncate", 2, sys_ftruncate, "ddd" },
    { 136, "mkdir", 2, sys_mkdir, "dso" },
    { 137, "rmdir", 1, sys_rmdir, "ds" },
    { 138, "utimes", 2, sys_utimes, "dsp" },
    { 144, "getrlimit", 2, sys_getrlimit, "ddp" },
    { 145, "setrlimit", 2, sys_setrlimit, "ddp" },
    { 156, "getdirentries", 4, sys_getdirentries, "dddpdp" },
};

#define MAX_SYSCALL 512
static const struct nx_syscall *by_number[MAX_SYSCALL];
static uint8_t unknown_logged[MAX_SYSCALL];

void syscall_init(void)
{
    for (size_t i = 0; i < sizeof syscall_table / sizeof syscall_table[0]; i++)
        by_number[syscall_table[i].nr] = &syscall_table[i];
}

static void trace_arg(char *buf, size_t sz, char kind, uint32_t v)
{
    switch (kind) {
    case 's': {
        char s[64];
        size_t i = 0;
        for (; i + 1 < sizeof s && guest_ok(v + (uint32_t)i, 1, RD); i++) {
            s[i] = *(char *)gptr(v + (uint32_t)i);
            if (!s[i])
                break;
        }
        if (!guest_ok(v, 1, RD)) {
            snprintf(buf, sz, "0x%x", v);
            return;
        }
        s[i < sizeof s ? i : sizeof s - 1] = 0;
        snprintf(buf, sz, "\"%s\"%s", s, i + 1 >= sizeof s ? "..." : "");
        return;
    }
    case 'x': case 'p': snprintf(buf, sz, "0x%x", v); return;
    case 'o': snprintf(buf, sz, "%#o", v); return;
    default: snprintf(buf, sz, "%d", (int32_t)v); return;
    }
}

static void trace(const struct nx_syscall *sc, const uint32_t *a, int64_t r, uint32_t d1)
{
    char line[600], arg[96];
    size_t n = (size_t)snprintf(line, sizeof line, "[next-run] %s(", sc->name);
    for (int i = 0; i < sc->nargs && n < sizeof line; i++) {
        trace_arg(arg, sizeof arg, sc->fmt[i + 1], a[i]);
        n += (size_t)snprintf(line + n, sizeof line - n, "%s%s", i ? ", " : "", arg);
    }
    if (n >= sizeof line)
        n = sizeof line - 1;
    if (r < 0)
        say("%s) = -1 %s (%d)", line, nx_errno_name((int)-r), (int)-r);
    else if (sc->fmt[0] == '2')
        say("%s) = %d, %d", line, (int)r, (int)d1);
    else {
        trace_arg(arg, sizeof arg, sc->fmt[0], (uint32_t)r);
        say("%s) = %s", line, arg);
    }
}

void unix_syscall(int *g)
{
    uint32_t nr = (uint32_t)g[R_D0], sp = (uint32_t)g[R_SP];
    const struct nx_syscall *sc = nr < MAX_SYSCALL ? by_number[nr] : NULL;
    uint32_t a[8] = { 0 }, d1 = (uint32_t)g[R_D1];
    int64_t r;
    if (!sc) {
        if (nr >= MAX_SYSCALL || !unknown_logged[nr]) {
            say("next-run: unknown syscall %u", nr);
            if (nr < MAX_SYSCALL)
                unknown_logged[nr] = 1;
        }
        r = ERR(ENOSYS_NX);
        if (nx_strace)
            say("[next-run] syscall_%u(...) = -1 ENOSYS (78)", nr);
    } else if (sc->nargs && !guest_ok(sp + 4, 4 * (uint32_t)sc->nargs, RD)) {
        r = ERR(EFAULT_NX);
    } else {
        for (int i = 0; i < sc->nargs; i++)
            a[i] = be32(gptr(sp + 4 + 4 * (uint32_t)i));
        if (nx_strace && sc->nr == 1)
            say("[next-run] exit(%d)", (int32_t)a[0]);
        nx_cur_gregs = g;
        nx_no_restart = 0;
        r = sc->fn(a, &d1);
        if (nx_strace)
            trace(sc, a, r, d1);
    }
    if (nx_regs_replaced) {
        nx_regs_replaced = 0; /* sigreturn: every register is the restored one */
    } else if (r == ERR(EINTR_NX) && nx_sig_restart()) {
        g[R_PC] -= 2; /* back onto the trap: the call is made again after the handler */
        if (nx_strace)
            say("[next-run] %s interrupted by a signal: restarted after the handler", sc ? sc->name : "syscall");
    } else if (r < 0) {
        g[R_D0] = (int)-r;
        g[R_PS] |= SR_CARRY_NX;
    } else {
        g[R_D0] = (int)(uint32_t)r;
        g[R_D1] = (int)d1;
        g[R_PS] &= ~SR_CARRY_NX;
    }
    nx_sig_check_pending(g);
}
