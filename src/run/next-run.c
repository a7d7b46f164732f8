/*
 * next-run: run a NeXTSTEP 3.3 m68k executable (MH_EXECUTE) on this host.
 * This is the host-side launcher.  The emulation itself is done by QEMU's
 * m68k user-mode JIT (qemu-m68k) running our loader, next-run-loader, a
 * static m68k Linux program installed next to this executable, which maps
 * the Mach-O file and services NeXT's `trap #4` Unix syscalls and `trap #3`
 * Mach traps (see loader.c).  Since a guest can also reach Linux syscalls
 * directly through qemu (`trap #0`), the whole qemu process is confined
 * here with Landlock before exec: it may read and execute only qemu, the
 * loader, the system libraries qemu needs, the program and the guest root;
 * it may write only inside the guest root (-R DIR) or, with the default root
 * "/", only below the current directory; TCP bind/connect and signals or
 * abstract sockets to other processes are denied when the kernel supports it.
 * Without Landlock a warning is printed once and the program runs unconfined.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/landlock.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NEXT_RUN_VERSION "0.1"

/* Landlock ABI constants newer than this host's <linux/landlock.h>
 * (kernel Documentation/userspace-api/landlock.rst). */
#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER (1ULL << 13)          /* ABI 2 */
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)       /* ABI 3 */
#endif
#ifndef LANDLOCK_ACCESS_FS_IOCTL_DEV
#define LANDLOCK_ACCESS_FS_IOCTL_DEV (1ULL << 15)      /* ABI 5 */
#endif
#define LL_NET_BIND_TCP (1ULL << 0)                    /* ABI 4 */
#define LL_NET_CONNECT_TCP (1ULL << 1)
#define LL_SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0)      /* ABI 6 */
#define LL_SCOPE_SIGNAL (1ULL << 1)
#ifndef LANDLOCK_CREATE_RULESET_VERSION
#define LANDLOCK_CREATE_RULESET_VERSION (1U << 0)
#endif

/* Network port rule (ABI 4): struct landlock_net_port_attr, packed. */
#define LL_RULE_NET_PORT 2
struct __attribute__((packed)) ll_net_port_attr { uint64_t allowed_access, port; };

/* The ruleset attribute as of ABI 6 (fs, net, scoped). */
struct ll_ruleset_attr { uint64_t handled_access_fs, handled_access_net, scoped; };

#define FS_READ (LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR)
#define FS_EXEC (LANDLOCK_ACCESS_FS_EXECUTE)
#define FS_WRITE_V1 (LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR |  \
                     LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_CHAR |  \
                     LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG |      \
                     LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO |    \
                     LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM)

static uint64_t fs_handled;   /* all fs rights this kernel's ABI knows */

static void add_rule(int ruleset, const char *path, uint64_t access, int required)
{
    int fd = open(path, O_PATH | O_CLOEXEC);
    if (fd < 0) {
        if (required) {
            fprintf(stderr, "next-run: error: %s: %s\n", path, strerror(errno));
            exit(1);
        }
        return;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && !S_ISDIR(st.st_mode))
        access &= ~(uint64_t)(LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_REMOVE_DIR |
                              LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_CHAR |
                              LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG |
                              LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO |
                              LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM |
                              LANDLOCK_ACCESS_FS_REFER);
    struct landlock_path_beneath_attr pb = { .allowed_access = access & fs_handled, .parent_fd = fd };
    if (syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &pb, 0) < 0 && required) {
        fprintf(stderr, "next-run: error: landlock rule for %s: %s\n", path, strerror(errno));
        exit(1);
    }
    close(fd);
}

/* Confine this process (and the qemu it becomes).  Returns 0 on success. */
static int sandbox(const char *qemu, const char *loader, const char *prog, const char *root,
                   const char *writable, int gdb_port)
{
    long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
    if (abi < 1) {
        fprintf(stderr, "next-run: warning: Landlock unavailable (%s); running without a sandbox\n",
                strerror(errno));
        return -1;
    }
    fs_handled = FS_READ | FS_EXEC | FS_WRITE_V1;
    if (abi >= 2) fs_handled |= LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3) fs_handled |= LANDLOCK_ACCESS_FS_TRUNCATE;
    if (abi >= 5) fs_handled |= LANDLOCK_ACCESS_FS_IOCTL_DEV;
    struct ll_ruleset_attr attr = { .handled_access_fs = fs_handled };
    size_t attr_size = sizeof(uint64_t);
    if (abi >= 4) {
        attr.handled_access_net = LL_NET_BIND_TCP | LL_NET_CONNECT_TCP; /* no rules: no TCP */
        attr_size = 2 * sizeof(uint64_t);
    }
    if (abi >= 6) {
        attr.scoped = LL_SCOPE_ABSTRACT_UNIX_SOCKET | LL_SCOPE_SIGNAL;
        attr_size = 3 * sizeof(uint64_t);
    }
    int rs = (int)syscall(SYS_landlock_create_ruleset, &attr, attr_size, 0);
    if (rs < 0) {
        fprintf(stderr, "next-run: warning: Landlock ruleset failed (%s); running without a sandbox\n",
                strerror(errno));
        return -1;
    }
    uint64_t rw = FS_READ | FS_WRITE_V1 | LANDLOCK_ACCESS_FS_REFER | LANDLOCK_ACCESS_FS_TRUNCATE;
    add_rule(rs, qemu, FS_READ | FS_EXEC, 1);
    add_rule(rs, loader, FS_READ, 1);
    add_rule(rs, prog, FS_READ, 0);
    /* Shared libraries and configuration read by qemu's dynamic loader. */
    add_rule(rs, "/usr/lib", FS_READ | FS_EXEC, 0);
    add_rule(rs, "/lib", FS_READ | FS_EXEC, 0);
    add_rule(rs, "/lib64", FS_READ | FS_EXEC, 0);
    add_rule(rs, "/etc/ld.so.cache", FS_READ, 0);
    /* qemu reads its own /proc entries (/proc/self is this pid, which
     * becomes qemu's), the mmap floor, and the CPU topology (libnuma). */
    add_rule(rs, "/proc/self", FS_READ, 0);
    add_rule(rs, "/proc/sys/vm/mmap_min_addr", FS_READ, 0);
    add_rule(rs, "/sys/devices/system", FS_READ, 0);
    add_rule(rs, "/dev/null", FS_READ | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_IOCTL_DEV, 0);
    add_rule(rs, "/dev/zero", FS_READ, 0);
    add_rule(rs, "/dev/urandom", FS_READ, 0);
    add_rule(rs, "/dev/tty", FS_READ | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_IOCTL_DEV, 0);
    add_rule(rs, root, FS_READ, 1);
    add_rule(rs, writable, rw, 1);
    if (abi >= 4 && gdb_port > 0) { /* qemu's gdbstub listens on this port */
        struct ll_net_port_attr np = { .allowed_access = LL_NET_BIND_TCP, .port = (uint64_t)gdb_port };
        if (syscall(SYS_landlock_add_rule, rs, LL_RULE_NET_PORT, &np, 0) < 0) {
            fprintf(stderr, "next-run: error: landlock rule for port %d: %s\n", gdb_port, strerror(errno));
            exit(1);
        }
    }
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
        syscall(SYS_landlock_restrict_self, rs, 0) < 0) {
        fprintf(stderr, "next-run: warning: Landlock restrict failed (%s); running without a sandbox\n",
                strerror(errno));
        close(rs);
        return -1;
    }
    close(rs);
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f,
        "usage: next-run [options] PROGRAM [ARGS...]\n"
        "Run a NeXTSTEP 3.3 m68k MH_EXECUTE program (user mode, via qemu-m68k).\n"
        "  -R DIR          guest root: all guest paths resolve inside DIR, and only DIR\n"
        "                  is writable (default: root /, writable only below the\n"
        "                  current directory)\n"
        "  -cpu 68040|68030  CPU model (default 68040)\n"
        "  -E VAR=VAL      set a guest environment variable (repeatable)\n"
        "  -U VAR          remove a guest environment variable (repeatable)\n"
        "  --strace        trace every NeXT system call on stderr (or NEXT_STRACE=1)\n"
        "  -g PORT         wait for a gdb connection on PORT (qemu gdbstub)\n"
        "  --no-sandbox    do not apply the Landlock sandbox\n"
        "  --help, --version\n"
        "Environment: NEXT_QEMU (qemu-m68k path), NEXT_STRACE=1.\n"
        "The guest's exit status is next-run's exit status; a guest crash gives 128+signal.\n");
}

int main(int argc, char **argv)
{
    const char *root = NULL, *cpu = "m68040", *gdb = NULL;
    int strace = 0, nosandbox = 0, i = 1;
    const char *s = getenv("NEXT_STRACE");
    if (s && *s && strcmp(s, "0"))
        strace = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *o = argv[i];
        int has = i + 1 < argc;
        if (!strcmp(o, "--")) { i++; break; }
        else if (!strcmp(o, "--help") || !strcmp(o, "-h")) { usage(stdout); return 0; }
        else if (!strcmp(o, "--version")) { printf("next-run %s\n", NEXT_RUN_VERSION); return 0; }
        else if (!strcmp(o, "--strace")) strace = 1;
        else if (!strcmp(o, "--no-sandbox")) nosandbox = 1;
        else if (!strcmp(o, "-R") && has) root = argv[++i];
        else if (!strcmp(o, "-g") && has) {
            gdb = argv[++i];
            char *end;
            long port = strtol(gdb, &end, 10);
            if (*end || port <= 0 || port > 65535) {
                fprintf(stderr, "next-run: error: -g needs a TCP port number, not '%s'\n", gdb);
                return 2;
            }
        }
        else if (!strcmp(o, "-cpu") && has) {
            const char *c = argv[++i];
            if (!strcmp(c, "68040") || !strcmp(c, "m68040")) cpu = "m68040";
            else if (!strcmp(c, "68030") || !strcmp(c, "m68030")) cpu = "m68030";
            else { fprintf(stderr, "next-run: error: unknown cpu %s (68040 or 68030)\n", c); return 2; }
        } else if (!strcmp(o, "-E") && has) {
            char *kv = argv[++i], *eq = strchr(kv, '=');
            if (!eq || eq == kv) { fprintf(stderr, "next-run: error: -E needs VAR=VALUE\n"); return 2; }
            *eq = 0;
            setenv(kv, eq + 1, 1);
            *eq = '=';
        } else if (!strcmp(o, "-U") && has) unsetenv(argv[++i]);
        else if (!has && (!strcmp(o, "-R") || !strcmp(o, "-g") || !strcmp(o, "-cpu") ||
                          !strcmp(o, "-E") || !strcmp(o, "-U"))) {
            fprintf(stderr, "next-run: error: option %s needs an argument\n", o);
            return 2;
        } else { fprintf(stderr, "next-run: error: unknown option %s (see --help)\n", o); return 2; }
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    const char *prog = argv[i];

    /* qemu and the loader (installed next to this executable). */
    const char *qemu = getenv("NEXT_QEMU");
    if (!qemu || !*qemu)
        qemu = "/usr/bin/qemu-m68k";
    if (access(qemu, X_OK) < 0) {
        fprintf(stderr, "next-run: error: %s: %s (install qemu-user or set NEXT_QEMU)\n", qemu, strerror(errno));
        return 1;
    }
    char self[PATH_MAX], loader[PATH_MAX + 32];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n < 0) {
        fprintf(stderr, "next-run: error: /proc/self/exe: %s\n", strerror(errno));
        return 1;
    }
    self[n] = 0;
    char *slash = strrchr(self, '/');
    *slash = 0;
    snprintf(loader, sizeof loader, "%s/next-run-loader", self);
    if (access(loader, R_OK) < 0) {
        fprintf(stderr, "next-run: error: %s: %s\n", loader, strerror(errno));
        return 1;
    }
    if (access(prog, R_OK) < 0) {
        fprintf(stderr, "next-run: error: %s: %s\n", prog, strerror(errno));
        return 1;
    }
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) {
        fprintf(stderr, "next-run: error: getcwd: %s\n", strerror(errno));
        return 1;
    }
    char rootabs[PATH_MAX];
    if (root) {
        if (!realpath(root, rootabs)) {
            fprintf(stderr, "next-run: error: guest root %s: %s\n", root, strerror(errno));
            return 1;
        }
        struct stat st;
        if (stat(rootabs, &st) < 0 || !S_ISDIR(st.st_mode)) {
            fprintf(stderr, "next-run: error: guest root %s: not a directory\n", root);
            return 1;
        }
    } else {
        strcpy(rootabs, "/");
    }
    if (!nosandbox)
        sandbox(qemu, loader, prog, rootabs, root ? rootabs : cwd, gdb ? atoi(gdb) : 0);

    char *args[32 + 1];
    int k = 0;
    args[k++] = (char *)qemu;
    args[k++] = "-cpu";
    args[k++] = (char *)cpu;
    /* No QEMU_LD_PREFIX-style path rewriting (/etc/qemu-binfmt/m68k): the
     * loader does its own guest-root resolution. */
    args[k++] = "-L";
    args[k++] = "/";
    if (gdb) {
        args[k++] = "-g";
        args[k++] = (char *)gdb;
    }
    args[k++] = loader;
    if (strace)
        args[k++] = "-s";
    args[k++] = "-R";
    args[k++] = rootabs;
    args[k++] = "--";
    char **full = malloc(sizeof(char *) * ((size_t)(argc - i) + (size_t)k + 1));
    if (!full)
        return 1;
    memcpy(full, args, sizeof(char *) * (size_t)k);
    for (int j = i; j < argc; j++)
        full[k++] = argv[j];
    full[k] = NULL;
    execv(qemu, full);
    fprintf(stderr, "next-run: error: cannot execute %s: %s\n", qemu, strerror(errno));
    return 1;
}
