/*
 * LLVM bitcode inputs.  The m68k-next-nextstep Rust target sets
 * "obj-is-bitcode", so every object rustc hands to next-ld (loose *.o files
 * and the *.rcgu.o members of .rlib archives) is LLVM bitcode, recognised by
 * the raw magic 'B' 'C' 0xC0 0xDE or the wrapper magic 0x0B17C0DE stored
 * little-endian (bytes DE C0 17 0B).  next-ld cannot read bitcode symbols
 * itself, so all bitcode is converted up front into ELF objects by the
 * external `next-llc -o OUT.o IN.bc`, several processes at once (one per
 * online CPU).  When the link keeps debug information (no --strip-debug,
 * -S, -s or --strip-all: what rustc passes for a profile with debuginfo),
 * next-llc gets -g and keeps the DWARF for the companion file (debugelf.c).
 * Results are cached by content: the key is SHA-256 over the bitcode's own
 * SHA-256, the size and mtime of the next-llc executable (so rebuilding
 * next-llc invalidates the cache) and ":g" when -g is passed.  Cache entries are written
 * to a temporary name and renamed into place, so concurrent links never see
 * a half-written object.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "ld.h"

bool is_bitcode(const uint8_t *p, size_t n)
{
    if (n < 4)
        return false;
    return (p[0] == 'B' && p[1] == 'C' && p[2] == 0xC0 && p[3] == 0xDE) ||
           (p[0] == 0xDE && p[1] == 0xC0 && p[2] == 0x17 && p[3] == 0x0B);
}

static bool is_exec_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode) && access(p, X_OK) == 0;
}

/* $NEXT_LLC, else next-llc beside our own executable, else $PATH. */
static char *find_llc(void)
{
    const char *env = getenv("NEXT_LLC");
    if (env && *env)
        return xstrdup(env);
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = 0;
        char *slash = strrchr(self, '/');
        if (slash) {
            *slash = 0;
            char *c = xasprintf("%s/next-llc", self);
            if (is_exec_file(c))
                return c;
            free(c);
        }
    }
    const char *path = getenv("PATH");
    if (path) {
        char *dup = xstrdup(path), *save = NULL;
        for (char *d = strtok_r(dup, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
            char *c = xasprintf("%s/next-llc", *d ? d : ".");
            if (is_exec_file(c)) {
                free(dup);
                return c;
            }
            free(c);
        }
        free(dup);
    }
    return NULL;
}

static bool mkdir_p(const char *dir)
{
    char *d = xstrdup(dir);
    for (char *p = d + 1; *p; p++) {
        if (*p == '/') {
            *p = 0;
            if (mkdir(d, 0755) != 0 && errno != EEXIST) {
                free(d);
                return false;
            }
            *p = '/';
        }
    }
    bool ok = mkdir(d, 0755) == 0 || errno == EEXIST;
    free(d);
    return ok;
}

static char *cache_dir(void)
{
    const char *e = getenv("NEXT_CACHE_DIR");
    if (e && *e)
        return xstrdup(e);
    e = getenv("XDG_CACHE_HOME");
    if (e && *e)
        return xasprintf("%s/next-toolchain", e);
    e = getenv("HOME");
    if (e && *e)
        return xasprintf("%s/.cache/next-toolchain", e);
    return NULL;
}

static bool write_all(const char *path, const uint8_t *d, size_t n)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    while (n > 0) {
        ssize_t w = write(fd, d, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            close(fd);
            unlink(path);
            return false;
        }
        d += w;
        n -= (size_t)w;
    }
    return close(fd) == 0;
}

typedef struct Task {
    BcJob *job;
    char *key_path, *in_path, *tmp_path;
    pid_t pid;
} Task;

/* Tasks in flight, so a fatal signal can stop next-llc and remove temporaries. */
static Task *volatile active_tasks;
static volatile int active_n;

void bitcode_cleanup_signal(void)
{
    Task *t = active_tasks;
    for (int i = 0; t && i < active_n; i++) {
        if (t[i].pid > 0)
            kill(t[i].pid, SIGTERM);
        if (t[i].in_path)
            unlink(t[i].in_path);
        if (t[i].tmp_path)
            unlink(t[i].tmp_path);
    }
}

bool convert_bitcode(BcJob *jobs, int n)
{
    if (n == 0)
        return true;
    char *llc = find_llc();
    if (!llc) {
        error("%s: bitcode input needs next-llc, which was not found "
              "(beside next-ld, $NEXT_LLC or $PATH)", jobs[0].name);
        return false;
    }
    struct stat lst;
    if (stat(llc, &lst) != 0) {
        error("cannot stat next-llc '%s'", llc);
        return false;
    }
    /* Where converted objects go: the cache, or a private temporary directory. */
    bool caching = true;
    char *dir = cache_dir();
    if (!dir || !mkdir_p(dir) || access(dir, W_OK) != 0) {
        caching = false;
        const char *t = getenv("TMPDIR");
        dir = xasprintf("%s/next-ld-XXXXXX", t && *t ? t : "/tmp");
        if (!mkdtemp(dir)) {
            error("cannot create a directory for bitcode conversion: %s", strerror(errno));
            return false;
        }
    }

    bool debug = !config.strip_debug && !config.strip_all;
    Task *tasks = xcalloc((size_t)n, sizeof(Task));
    int ntodo = 0;
    for (int i = 0; i < n; i++) {
        uint8_t h[32], key[32];
        sha256(jobs[i].data, jobs[i].size, h);
        char buf[32 + 64];
        memcpy(buf, h, 32);
        int l = snprintf(buf + 32, 64, "%lld:%lld.%09ld%s", (long long)lst.st_size,
                         (long long)lst.st_mtim.tv_sec, (long)lst.st_mtim.tv_nsec,
                         debug ? ":g" : "");
        sha256((const uint8_t *)buf, 32 + (size_t)l, key);
        char hex[65];
        for (int j = 0; j < 32; j++)
            sprintf(hex + 2 * j, "%02x", key[j]);
        Task *t = &tasks[ntodo];
        t->job = &jobs[i];
        t->key_path = xasprintf("%s/%s.o", dir, hex);
        uint8_t *d;
        size_t sz;
        if (caching && read_file(t->key_path, &d, &sz) && is_elf(d, sz)) {
            jobs[i].out = d;
            jobs[i].outsize = sz;
            free(t->key_path);
            continue;
        }
        t->in_path = xasprintf("%s/tmp-%ld-%d.bc", dir, (long)getpid(), i);
        t->tmp_path = xasprintf("%s/tmp-%ld-%d.o", dir, (long)getpid(), i);
        unlink(t->in_path);
        unlink(t->tmp_path);
        if (!write_all(t->in_path, jobs[i].data, jobs[i].size)) {
            error("%s: cannot write %s: %s", jobs[i].name, t->in_path, strerror(errno));
            continue;
        }
        ntodo++;
    }

    active_tasks = tasks;
    active_n = ntodo;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    int maxrun = ncpu > 0 ? (int)ncpu : 1;
    int next = 0, running = 0;
    bool ok = true;
    fflush(stdout);
    fflush(stderr);
    while (next < ntodo || running > 0) {
        while (next < ntodo && running < maxrun) {
            Task *t = &tasks[next++];
            pid_t pid = fork();
            if (pid < 0) {
                error("%s: fork failed: %s", t->job->name, strerror(errno));
                ok = false;
                continue;
            }
            if (pid == 0) {
                /* next-llc names the input this way in its warnings */
                setenv("NEXT_LLC_NAME", t->job->name, 1);
                if (debug)
                    execl(llc, "next-llc", "-g", "-o", t->tmp_path, t->in_path, (char *)NULL);
                else
                    execl(llc, "next-llc", "-o", t->tmp_path, t->in_path, (char *)NULL);
                fprintf(stderr, "next-ld: error: cannot run %s: %s\n", llc, strerror(errno));
                _exit(127);
            }
            t->pid = pid;
            running++;
        }
        if (running == 0)
            break;
        int status;
        pid_t pid = waitpid(-1, &status, 0);
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        Task *t = NULL;
        for (int i = 0; i < ntodo; i++)
            if (tasks[i].pid == pid)
                t = &tasks[i];
        if (!t)
            continue;
        running--;
        t->pid = 0;
        unlink(t->in_path);
        uint8_t *d;
        size_t sz;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !read_file(t->tmp_path, &d, &sz)) {
            error("%s: code generation failed", t->job->name);
            unlink(t->tmp_path);
            ok = false;
            continue;
        }
        t->job->out = d;
        t->job->outsize = sz;
        if (caching) {
            if (rename(t->tmp_path, t->key_path) != 0)
                unlink(t->tmp_path);
        } else {
            unlink(t->tmp_path);
        }
    }
    active_n = 0;
    active_tasks = NULL;
    if (!caching)
        rmdir(dir);
    for (int i = 0; i < n; i++)
        if (!jobs[i].out)
            ok = false;
    return ok;
}
