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
#include <capstone/capstone.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/landlock.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/time.h>
#include <sys/wait.h>
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

/* --libsys FILE: the real libsys_s.B.shlib (absolute host path), read by
 * the loader instead of the emulation (libsys.c). */
static char libsys_file[PATH_MAX];

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
    if (libsys_file[0])
        add_rule(rs, libsys_file, FS_READ, 1);
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
        "  --root DIR, -R DIR    guest root: all guest paths resolve inside DIR, and only\n"
        "                        DIR is writable (default: root /, writable only below\n"
        "                        the current directory)\n"
        "  --cpu 68040|68030     CPU model (default 68040; also -cpu)\n"
        "  -E NAME=VALUE         set a guest environment variable (repeatable)\n"
        "  -U NAME               remove a guest environment variable (repeatable)\n"
        "  --inherit-env         start from the host environment instead of the default\n"
        "                        HOME=/ PATH=/bin:/usr/bin:/usr/ucb USER=me\n"
        "  --timeout SECONDS     kill the guest after SECONDS (exit status 124)\n"
        "  --gdb PORT, -g PORT   wait for gdb on TCP PORT (gdb-multiarch: target remote :PORT)\n"
        "  --strace              trace every NeXT system call on stderr (or NEXT_STRACE=1)\n"
        "  --hle-libsys          emulate /usr/shlib/libsys_s.B.shlib even if the guest root has it\n"
        "                        (the default when it does not)\n"
        "  --libsys FILE         use FILE (host path) as /usr/shlib/libsys_s.B.shlib\n"
        "  --no-sandbox          do not apply the Landlock sandbox\n"
        "  --help, --version\n"
        "Options taking a value also accept --opt=VALUE.\n"
        "Environment: NEXT_QEMU (qemu-m68k path), NEXT_STRACE=1.\n"
        "The guest's exit status is next-run's exit status; a guest killed by NeXT signal N\n"
        "gives 128+N.\n");
}

/* The guest environment: NeXT-like defaults (or the host's with
 * --inherit-env), edited by -E/-U in command-line order. */
static char **genv;
static size_t ngenv;

static void env_unset(const char *name)
{
    size_t l = strlen(name);
    for (size_t j = 0; j < ngenv;)
        if (!strncmp(genv[j], name, l) && genv[j][l] == '=')
            memmove(genv + j, genv + j + 1, sizeof(char *) * (ngenv-- - j));
        else
            j++;
}

static void env_set(const char *kv)
{
    const char *eq = strchr(kv, '=');
    char name[4096];
    size_t l = (size_t)(eq - kv);
    if (l >= sizeof name)
        l = sizeof name - 1;
    memcpy(name, kv, l);
    name[l] = 0;
    for (size_t j = 0; j < ngenv; j++)
        if (!strncmp(genv[j], name, l) && genv[j][l] == '=') {
            genv[j] = (char *)kv; /* replace in place */
            return;
        }
    char **n = realloc(genv, sizeof(char *) * (ngenv + 2));
    if (!n) {
        fprintf(stderr, "next-run: error: out of memory\n");
        exit(1);
    }
    genv = n;
    genv[ngenv++] = (char *)kv;
    genv[ngenv] = NULL;
}

/* The launcher stays the parent of qemu: it kills it when the --timeout
 * is up, and forwards the signals a user sends to next-run (the guest may
 * have handlers for them). */
static volatile sig_atomic_t timed_out;
static volatile pid_t child_pid;
static void on_alarm(int sig) { (void)sig; timed_out = 1; }
static void on_term(int sig)
{
    if (child_pid > 0)
        kill(child_pid, sig);
}

static int wait_child(pid_t pid, double secs, const char *prog)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm; /* no SA_RESTART: waitpid returns EINTR */
    sigaction(SIGALRM, &sa, NULL);
    sa.sa_handler = on_term;
    int fwd[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGWINCH };
    for (size_t j = 0; j < sizeof fwd / sizeof fwd[0]; j++)
        sigaction(fwd[j], &sa, NULL);
    struct itimerval it = { { 0, 0 }, { (time_t)secs, (suseconds_t)((secs - (double)(time_t)secs) * 1e6) } };
    if (secs > 0 && !it.it_value.tv_sec && !it.it_value.tv_usec)
        it.it_value.tv_usec = 1;
    if (secs > 0)
        setitimer(ITIMER_REAL, &it, NULL);
    int st;
    for (;;) {
        pid_t r = waitpid(pid, &st, 0);
        if (r == pid)
            break;
        if (r < 0 && errno != EINTR) {
            fprintf(stderr, "next-run: error: waitpid: %s\n", strerror(errno));
            return 1;
        }
        if (timed_out) {
            kill(pid, SIGKILL);
            waitpid(pid, &st, 0);
            fprintf(stderr, "next-run: timeout: %s killed after %g seconds\n", prog, secs);
            return 124;
        }
    }
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    return 128 + WTERMSIG(st);
}

/* The loader's crash report arrives on a pipe; print it, replacing the
 * raw words of the "instruction at" line by the instruction's own words
 * and its capstone disassembly (68040 mode, big-endian). */
static void print_report(int fd, const char *cpu)
{
    static char buf[16384];
    size_t len = 0;
    ssize_t r;
    while (len < sizeof buf - 1 && (r = read(fd, buf + len, sizeof buf - 1 - len)) != 0) {
        if (r < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        len += (size_t)r;
    }
    buf[len] = 0;
    for (char *line = buf, *nl; *line; line = nl) {
        nl = strchr(line, '\n');
        nl = nl ? nl + 1 : line + strlen(line);
        static const char pfx[] = "next-run: instruction at 0x";
        unsigned addr, w;
        int used = 0, nw = 0;
        uint8_t code[22];
        if (!strncmp(line, pfx, sizeof pfx - 1) && sscanf(line + sizeof pfx - 1, "%8x:%n", &addr, &used) == 1) {
            const char *p = line + sizeof pfx - 1 + used;
            int k;
            while (nw < 11 && sscanf(p, " %4x%n", &w, &k) == 1) {
                code[2 * nw] = (uint8_t)(w >> 8);
                code[2 * nw + 1] = (uint8_t)w;
                nw++;
                p += k;
            }
        }
        csh h;
        cs_insn *insn = NULL;
        cs_mode mode = CS_MODE_BIG_ENDIAN | (strcmp(cpu, "m68030") ? CS_MODE_M68K_040 : CS_MODE_M68K_030);
        if (nw && cs_open(CS_ARCH_M68K, mode, &h) == CS_ERR_OK) {
            if (cs_disasm(h, code, (size_t)nw * 2, addr, 1, &insn) == 1) {
                fprintf(stderr, "next-run: instruction at 0x%08x:", addr);
                for (size_t b = 0; b + 1 < insn->size; b += 2)
                    fprintf(stderr, " %02x%02x", code[b], code[b + 1]);
                fprintf(stderr, "  %s%s%s\n", insn->mnemonic, insn->op_str[0] ? " " : "", insn->op_str);
                cs_free(insn, 1);
                cs_close(&h);
                continue;
            }
            cs_close(&h);
        }
        fwrite(line, 1, (size_t)(nl - line), stderr);
    }
    fflush(stderr);
}

/* Option with a value: "-R DIR", "--root DIR" or "--root=DIR". */
static const char *optval(int argc, char **argv, int *i, const char *shortname, const char *longname)
{
    const char *o = argv[*i];
    size_t ll = longname ? strlen(longname) : 0;
    if (longname && !strncmp(o, longname, ll) && o[ll] == '=')
        return o + ll + 1;
    if ((shortname && !strcmp(o, shortname)) || (longname && !strcmp(o, longname))) {
        if (*i + 1 >= argc) {
            fprintf(stderr, "next-run: error: option %s needs an argument\n", o);
            exit(2);
        }
        return argv[++*i];
    }
    return NULL;
}

int main(int argc, char **argv)
{
    const char *root = NULL, *cpu = "m68040", *gdb = NULL, *v;
    int strace = 0, nosandbox = 0, inherit = 0, hle_libsys = 0, i = 1;
    double timeout = 0;
    const char *s = getenv("NEXT_STRACE");
    if (s && *s && strcmp(s, "0"))
        strace = 1;
    /* -E/-U are applied after the base environment is chosen. */
    char **edits = calloc((size_t)argc, sizeof(char *));
    int nedits = 0;
    if (!edits)
        return 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *o = argv[i];
        if (!strcmp(o, "--")) { i++; break; }
        else if (!strcmp(o, "--help") || !strcmp(o, "-h")) { usage(stdout); return 0; }
        else if (!strcmp(o, "--version")) { printf("next-run %s\n", NEXT_RUN_VERSION); return 0; }
        else if (!strcmp(o, "--strace")) strace = 1;
        else if (!strcmp(o, "--no-sandbox")) nosandbox = 1;
        else if (!strcmp(o, "--hle-libsys")) hle_libsys = 1;
        else if ((v = optval(argc, argv, &i, NULL, "--libsys"))) {
            if (!realpath(v, libsys_file)) {
                fprintf(stderr, "next-run: error: --libsys %s: %s\n", v, strerror(errno));
                return 2;
            }
        }
        else if (!strcmp(o, "--inherit-env")) inherit = 1;
        else if ((v = optval(argc, argv, &i, "-R", "--root"))) root = v;
        else if ((v = optval(argc, argv, &i, "-g", "--gdb"))) {
            char *end;
            long port = strtol(v, &end, 10);
            if (!*v || *end || port <= 0 || port > 65535) {
                fprintf(stderr, "next-run: error: %s needs a TCP port number, not '%s'\n", o, v);
                return 2;
            }
            gdb = v;
        } else if ((v = optval(argc, argv, &i, "-cpu", "--cpu"))) {
            if (!strcmp(v, "68040") || !strcmp(v, "m68040")) cpu = "m68040";
            else if (!strcmp(v, "68030") || !strcmp(v, "m68030")) cpu = "m68030";
            else { fprintf(stderr, "next-run: error: unknown cpu %s (68040 or 68030)\n", v); return 2; }
        } else if ((v = optval(argc, argv, &i, NULL, "--timeout"))) {
            char *end;
            timeout = strtod(v, &end);
            if (!*v || *end || !(timeout > 0) || timeout > 1e6) {
                fprintf(stderr, "next-run: error: --timeout needs a positive number of seconds, not '%s'\n", v);
                return 2;
            }
        } else if ((v = optval(argc, argv, &i, "-E", NULL))) {
            const char *eq = strchr(v, '=');
            if (!eq || eq == v) { fprintf(stderr, "next-run: error: -E needs NAME=VALUE, not '%s'\n", v); return 2; }
            edits[nedits++] = (char *)v;
        } else if ((v = optval(argc, argv, &i, "-U", NULL))) {
            if (!*v || strchr(v, '=')) { fprintf(stderr, "next-run: error: -U needs a NAME, not '%s'\n", v); return 2; }
            edits[nedits++] = (char *)v;
        } else { fprintf(stderr, "next-run: error: unknown option %s (see --help)\n", o); return 2; }
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    const char *prog = argv[i];

    /* Guest environment (section "Environment" of src/run/README.md). */
    extern char **environ;
    genv = calloc(1, sizeof(char *));
    if (!genv)
        return 1;
    if (inherit) {
        for (char **e = environ; *e; e++)
            if (strchr(*e, '='))
                env_set(*e);
    } else {
        env_set("HOME=/");
        env_set("PATH=/bin:/usr/bin:/usr/ucb");
        env_set("USER=me");
    }
    for (int j = 0; j < nedits; j++) {
        if (strchr(edits[j], '='))
            env_set(edits[j]);
        else
            env_unset(edits[j]);
    }

    /* qemu and the loader. */
    const char *qemu = getenv("NEXT_QEMU");
    if (!qemu || !*qemu)
        qemu = "/usr/bin/qemu-m68k";
    if (access(qemu, X_OK) < 0) {
        fprintf(stderr, "next-run: error: %s: %s (install qemu-user or set NEXT_QEMU)\n", qemu, strerror(errno));
        return 1;
    }
    char self[PATH_MAX], loader[PATH_MAX + 64];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n < 0) {
        fprintf(stderr, "next-run: error: /proc/self/exe: %s\n", strerror(errno));
        return 1;
    }
    self[n] = 0;
    char *slash = strrchr(self, '/');
    *slash = 0;
    /* In the build tree the loader sits beside next-run; installed (make
     * install, the .deb), it is an m68k program, so it lives in
     * PREFIX/lib/next-toolchain rather than in PREFIX/bin. */
    snprintf(loader, sizeof loader, "%s/next-run-loader", self);
    if (access(loader, R_OK) < 0) {
        snprintf(loader, sizeof loader, "%s/../lib/next-toolchain/next-run-loader", self);
        if (access(loader, R_OK) < 0) {
            fprintf(stderr, "next-run: error: next-run-loader not found in %s or %s/../lib/next-toolchain\n",
                    self, self);
            return 1;
        }
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
    if (hle_libsys)
        args[k++] = "-H";
    if (libsys_file[0]) {
        args[k++] = "-L";
        args[k++] = libsys_file;
    }
    args[k++] = "-R";
    args[k++] = rootabs;
    args[k++] = "--";
    /* The guest environment goes to the loader as "-e NAME=VALUE" options
     * (qemu's own environment handling would reverse the order and act on
     * QEMU_* variables); qemu itself runs with an empty environment. */
    char **full = malloc(sizeof(char *) * ((size_t)(argc - i) + (size_t)k + 2 * ngenv + 3));
    if (!full)
        return 1;
    memcpy(full, args, sizeof(char *) * (size_t)(k - 1));
    k--;
    for (size_t j = 0; j < ngenv; j++) {
        full[k++] = "-e";
        full[k++] = genv[j];
    }
    int k0 = k;           /* "-c FD", filled in by the child */
    full[k++] = "-c";
    full[k++] = "2";
    full[k++] = "--";
    for (int j = i; j < argc; j++)
        full[k++] = argv[j];
    full[k] = NULL;

    /* qemu runs as a child: the launcher enforces --timeout and prints the
     * crash report (with disassembly) that the loader sends on a pipe, at
     * a high descriptor number out of the guest's way. */
    int rp[2];
    if (pipe2(rp, O_CLOEXEC) < 0) {
        fprintf(stderr, "next-run: error: pipe: %s\n", strerror(errno));
        return 1;
    }
    fflush(NULL);
    pid_t launcher = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "next-run: error: fork: %s\n", strerror(errno));
        return 1;
    }
    if (pid > 0) {
        child_pid = pid;
        close(rp[1]);
        int st = wait_child(pid, timeout, prog);
        print_report(rp[0], cpu);
        return st;
    }
    close(rp[0]);
    prctl(PR_SET_PDEATHSIG, SIGKILL); /* no orphaned guest if next-run is killed */
    if (getppid() != launcher)
        _exit(1);                     /* the launcher died before prctl */
    int rfd = fcntl(rp[1], F_DUPFD, 1000); /* without FD_CLOEXEC: qemu passes it on */
    if (rfd < 0) {
        fprintf(stderr, "next-run: error: report pipe: %s\n", strerror(errno));
        _exit(1);
    }
    char rfds[16];
    snprintf(rfds, sizeof rfds, "%d", rfd);
    full[k0] = "-c";
    full[k0 + 1] = rfds;
    if (!nosandbox)
        sandbox(qemu, loader, prog, rootabs, root ? rootabs : cwd, gdb ? atoi(gdb) : 0);
    char *noenv[] = { NULL };
    execve(qemu, full, noenv);
    fprintf(stderr, "next-run: error: cannot execute %s: %s\n", qemu, strerror(errno));
    _exit(1);
}
