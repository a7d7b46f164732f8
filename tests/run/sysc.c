/* Test guest exercising NeXT syscalls and Mach traps; argv[1] selects one
 * behaviour, the output lines are compared exactly by the *.t tests. */
#include "guest.h"

enum { EXIT = 1, READ = 3, WRITE = 4, OPEN = 5, CLOSE = 6, CREAT = 8, LINK = 9, UNLINK = 10,
       CHDIR = 12, OBREAK = 17, LSEEK = 19, GETPID = 20, ACCESS = 33, STAT = 38, LSTAT = 40,
       DUP = 41, PIPE = 42, IOCTL = 54, READLINK = 58, UMASK = 60, FSTAT = 62, GETPAGESIZE = 64,
       SBRK = 69, GETDTABLESIZE = 89, DUP2 = 90, FCNTL = 92, GETTIMEOFDAY = 116, READV = 120,
       WRITEV = 121, RENAME = 128, FTRUNCATE = 130, MKDIR = 136, RMDIR = 137, GETDIRENTRIES = 156 };

static char buf[8192];

static void do_stat(const char *path, int nr)
{
    unsigned char st[64];
    for (int i = 0; i < 64; i++) st[i] = 0xee;
    long r = nx_syscall(nr, path, st);
    show("result", r);
    if (r < 0) return;
    showx("mode", be16at(st + 6));
    show("nlink", (short)be16at(st + 8));
    show("size", (long)be32at(st + 16));
    show("mtime", (long)be32at(st + 28));
    show("blksize>0", be32at(st + 44) > 0);
    show("byte60", st[60]); /* untouched: struct is 60 bytes */
}

static int cmd_stat(char **argv)
{
    do_stat(argv[2], STAT);
    do_stat(argv[3], LSTAT);
    long fd = nx_syscall(OPEN, argv[2], 0, 0);
    unsigned char st[60];
    show("fstat", nx_syscall(FSTAT, fd, st));
    show("fstat size", (long)be32at(st + 16));
    return 0;
}

static int cmd_dir(char **argv)
{
    long fd = nx_syscall(OPEN, argv[2], 0, 0);
    long base = -1;
    int total = 0;
    for (;;) {
        long n = nx_syscall(GETDIRENTRIES, fd, buf, sizeof buf, &base);
        if (n < 0) { show("error", n); return 1; }
        if (n == 0) break;
        for (long off = 0; off < n;) {
            unsigned char *d = (unsigned char *)buf + off;
            ulong reclen = be16at(d + 4), namlen = be16at(d + 6);
            char *name = (char *)d + 8;
            if (!seq(name, ".") && !seq(name, "..")) {
                puts_(name); puts_(" namlen="); putn((long)namlen);
                puts_(" reclen="); putn((long)reclen); puts_("\n");
            }
            if (reclen % 4 || slen(name) != namlen) puts_("bad record\n");
            total++;
            off += (long)reclen;
        }
    }
    show("entries", total);
    return 0;
}

static int cmd_files(char **argv)
{
    show("umask", nx_syscall(UMASK, 022));
    long fd = nx_syscall(CREAT, "f1", 0644);
    show("creat", fd);
    show("write", nx_syscall(WRITE, fd, "abcdef", 6));
    show("lseek", nx_syscall(LSEEK, fd, 2, 0));
    show("write", nx_syscall(WRITE, fd, "XY", 2));
    show("close", nx_syscall(CLOSE, fd));
    show("open excl", nx_syscall(OPEN, "f1", 0x201 | 0x800, 0644)); /* EEXIST 17 */
    show("access", nx_syscall(ACCESS, "f1", 4));
    show("access missing", nx_syscall(ACCESS, "nope", 0));
    show("mkdir", nx_syscall(MKDIR, "d", 0755));
    show("mkdir again", nx_syscall(MKDIR, "d", 0755));
    show("rename", nx_syscall(RENAME, "f1", "d/f2"));
    show("chdir", nx_syscall(CHDIR, "d"));
    fd = nx_syscall(OPEN, "f2", 2, 0);
    show("open rdwr", fd);
    long n = nx_syscall(READ, fd, buf, 100);
    show("read", n);
    buf[n] = 0; puts_(buf); puts_("\n");
    show("fcntl getfl", nx_syscall(FCNTL, fd, 3, 0));
    show("fcntl setfl", nx_syscall(FCNTL, fd, 4, 8 | 4));
    show("fcntl getfl", nx_syscall(FCNTL, fd, 3, 0));
    show("fcntl setfd", nx_syscall(FCNTL, fd, 2, 1));
    show("fcntl getfd", nx_syscall(FCNTL, fd, 1, 0));
    show("ftruncate", nx_syscall(FTRUNCATE, fd, 3));
    show("dup2", nx_syscall(DUP2, fd, 9));
    show("lseek end", nx_syscall(LSEEK, 9, 0, 2));
    show("close", nx_syscall(CLOSE, fd));
    show("close 9", nx_syscall(CLOSE, 9));
    show("close again", nx_syscall(CLOSE, 9)); /* EBADF 9 */
    show("link", nx_syscall(LINK, "f2", "f3"));
    show("unlink", nx_syscall(UNLINK, "f2"));
    show("unlink", nx_syscall(UNLINK, "f3"));
    show("chdir ..", nx_syscall(CHDIR, ".."));
    show("rmdir", nx_syscall(RMDIR, "d"));
    show("rmdir again", nx_syscall(RMDIR, "d"));
    show("open dir for write", nx_syscall(OPEN, ".", 1, 0)); /* EISDIR 21 */
    return 0;
}

static int cmd_pipe(char **argv)
{
    long r = nx_syscall(PIPE);
    long rfd = r, wfd = nx_d1;
    show("pipe ok", r >= 0 && wfd > rfd);
    /* writev two pieces, readv into two buffers */
    unsigned char iov[16];
    static char a[] = "hello ", b[] = "pipe";
    unsigned long p;
    p = (ulong)a; iov[0] = p >> 24; iov[1] = p >> 16; iov[2] = p >> 8; iov[3] = p;
    iov[4] = 0; iov[5] = 0; iov[6] = 0; iov[7] = 6;
    p = (ulong)b; iov[8] = p >> 24; iov[9] = p >> 16; iov[10] = p >> 8; iov[11] = p;
    iov[12] = 0; iov[13] = 0; iov[14] = 0; iov[15] = 4;
    show("writev", nx_syscall(WRITEV, wfd, iov, 2));
    show("read", nx_syscall(READ, rfd, buf, 100));
    buf[10] = 0; puts_(buf); puts_("\n");
    show("dup", nx_syscall(DUP, wfd) > wfd);
    show("lseek pipe", nx_syscall(LSEEK, rfd, 0, 1)); /* ESPIPE 29 */
    show("ioctl pipe", nx_syscall(IOCTL, rfd, 0x40067408, buf)); /* ENOTTY 25 */
    show("ioctl badfd", nx_syscall(IOCTL, 77, 0x40067408, buf)); /* EBADF 9 */
    show("write badptr", nx_syscall(WRITE, wfd, (char *)0x10, 4)); /* EFAULT 14 */
    show("read into text", nx_syscall(READ, rfd, (char *)0x3000, 4)); /* EFAULT 14 */
    return 0;
}

static int cmd_misc(char **argv)
{
    show("getpagesize", nx_syscall(GETPAGESIZE));
    show("getdtablesize", nx_syscall(GETDTABLESIZE));
    long pid = nx_syscall(GETPID);
    show("pid>0", pid > 0);
    show("ppid>0", nx_d1 > 0);
    unsigned char tv[8];
    show("gettimeofday", nx_syscall(GETTIMEOFDAY, tv, 0));
    show("year>=2020", be32at(tv) > 1577836800u);
    show("usec<1e6", be32at(tv + 4) < 1000000);
    show("execve", nx_syscall(59, "/bin/sh", 0, 0)); /* ENOSYS 78 */
    nx_ureg_set(0x1234abcd);
    showx("user reg", (ulong)nx_ureg_get());
    nx_cacheflush();
    puts_("cache flush = ok\n");
    return 0;
}

static int cmd_signals(char **argv)
{
    unsigned char sv[12] = { 0, 0, 0x30, 0, 0, 0, 0, 2, 0, 0, 0, 1 }, old[12];
    show("sigvec", nx_syscall(108, 2, sv, old));
    showx("old handler", be32at(old));
    show("sigvec", nx_syscall(108, 2, 0, old));
    showx("handler", be32at(old));
    showx("mask", be32at(old + 4));
    showx("flags", be32at(old + 8));
    show("sigvec SIGKILL", nx_syscall(108, 9, sv, 0)); /* EINVAL 22 */
    showx("sigblock", (ulong)nx_syscall(109, 0x10));
    showx("sigsetmask", (ulong)nx_syscall(110, 0x4));
    showx("sigblock", (ulong)nx_syscall(109, 0));
    show("kill 0", nx_syscall(37, nx_syscall(GETPID), 0));
    return 0;
}

static int cmd_brk(char **argv)
{
    long a = nx_syscall(SBRK, 0);
    showx("sbrk(0)", (ulong)a);
    long b = nx_syscall(SBRK, 100000);
    show("sbrk(100000) == old", a == b);
    char *p = (char *)b;
    for (int i = 0; i < 100000; i++) if (p[i]) { puts_("not zero\n"); break; }
    p[99999] = 7;
    showx("sbrk(0)", (ulong)nx_syscall(SBRK, 0));
    show("obreak", nx_syscall(OBREAK, a + 200000));
    p[199999] = 1;
    show("huge", nx_syscall(SBRK, 0x7000000)); /* ENOMEM 12 */
    return 0;
}

/* MIG vm_* request over msg_rpc_trap (see src/run/README.md). */
static long rpc(unsigned long *m, long id, int nwords, const unsigned long *args, const unsigned long *desc)
{
    m[0] = 1; m[1] = 24 + 8 * nwords; m[2] = 0x100; m[3] = 4; m[4] = nx_mach(10); m[5] = id;
    for (int i = 0; i < nwords; i++) { m[6 + 2 * i] = desc[i]; m[7 + 2 * i] = args[i]; }
    return nx_mach(22, m, 0, 24 + 8 * nwords, 64, 0, 0);
}

static int cmd_vm(char **argv)
{
    static unsigned long m[16];
    const unsigned long I = 0x02200018, B = 0x00200018;
    unsigned long alloc[3] = { 0, 3 * 8192, 1 }, dI[4] = { I, I, B, I };
    show("rpc", rpc(m, 2021, 3, alloc, dI));
    show("reply id", (long)m[5]);
    show("reply size", (long)m[1]);
    show("RetCode", (long)m[7]);
    unsigned long a1 = m[9];
    showx("addr1", a1);
    show("rpc", rpc(m, 2021, 3, alloc, dI));
    unsigned long a2 = m[9];
    showx("addr2", a2);
    /* Fixed placement at a free address, then on an occupied one. */
    unsigned long fixed[3] = { 0x07000000, 8192, 0 };
    rpc(m, 2021, 3, fixed, dI);
    show("fixed RetCode", (long)m[7]);
    showx("fixed addr", m[9]);
    rpc(m, 2021, 3, fixed, dI);
    show("fixed again RetCode", (long)m[7]); /* KERN_NO_SPACE 3 */
    /* vm_protect read-only, then a write through write() into it fails. */
    unsigned long prot[4] = { a1, 8192, 0, 1 };
    show("rpc", rpc(m, 2024, 4, prot, dI));
    show("protect reply id", (long)m[5]);
    show("protect RetCode", (long)m[7]);
    show("read into r/o", nx_syscall(READ, 0, (char *)a1, 1)); /* EFAULT 14 */
    /* vm_deallocate the first block; a new allocation reuses it. */
    unsigned long dealloc[2] = { a1, 3 * 8192 };
    rpc(m, 2023, 2, dealloc, dI);
    show("dealloc reply id", (long)m[5]);
    show("dealloc RetCode", (long)m[7]);
    rpc(m, 2021, 3, alloc, dI);
    show("realloc same", m[9] == a1);
    /* Unknown routine and unknown port. */
    rpc(m, 2099, 0, alloc, dI);
    show("bad id RetCode", (long)m[7]);
    m[4] = 77;
    show("bad port", nx_mach(22, m, 0, 24, 64, 0, 0));
    show("thread_self", nx_mach(13));
    show("unknown trap", nx_mach(20, m, 0, 24, 0)); /* msg_send_trap: KERN_FAILURE 5 */
    return 0;
}

static int cmd_mapfd(char **argv)
{
    long fd = nx_syscall(OPEN, argv[2], 0, 0);
    unsigned long va = 0;
    show("map_fd", nx_mach(43, fd, 2, &va, 1, 10000));
    showx("va", va);
    char *p = (char *)va;
    p[20] = 0;
    puts_(p); puts_("\n");
    show("zero past eof", p[9999]);
    show("map_fd badfd", nx_mach(43, 55, 0, &va, 1, 100)); /* KERN_INVALID_ARGUMENT 4 */
    return 0;
}

static int cmd_readonly(char **argv)
{
    /* Writing to __TEXT (initprot r-x) must fault like on NeXT. */
    *(volatile long *)0x3000 = 0;
    return 0;
}

static int cmd_env(char **envp)
{
    for (; *envp; envp++) { puts_(*envp); puts_("\n"); }
    return 0;
}

int main(int argc, char **argv, char **envp)
{
    if (argc < 2) return 100;
    if (seq(argv[1], "stat")) return cmd_stat(argv);
    if (seq(argv[1], "dir")) return cmd_dir(argv);
    if (seq(argv[1], "files")) return cmd_files(argv);
    if (seq(argv[1], "pipe")) return cmd_pipe(argv);
    if (seq(argv[1], "misc")) return cmd_misc(argv);
    if (seq(argv[1], "brk")) return cmd_brk(argv);
    if (seq(argv[1], "signals")) return cmd_signals(argv);
    if (seq(argv[1], "vm")) return cmd_vm(argv);
    if (seq(argv[1], "mapfd")) return cmd_mapfd(argv);
    if (seq(argv[1], "readonly")) return cmd_readonly(argv);
    if (seq(argv[1], "env")) return cmd_env(envp);
    return 101;
}
