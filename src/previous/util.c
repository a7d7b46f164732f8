/*
 * next-previous: host-side plumbing shared by the subcommands: the one-line
 * diagnostics ("next-previous: error: ..." for bad input, "next-previous:
 * missing: ..." for a prerequisite the user has to supply, such as the NeXT
 * ROM or the NeXTSTEP disk image), PATH lookup of the external programs
 * (Previous, xorriso), and atomic output files: every file the harness writes
 * goes to a temporary name in the same directory and is renamed into place
 * only when complete, so a failed step never leaves a partial file behind.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "previous.h"

const char *np_prog = "next-previous";

void np_error(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: error: ", np_prog);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void np_missing(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: missing: ", np_prog);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void *np_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        np_error("out of memory");
        exit(1);
    }
    return p;
}

char *np_xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = np_xmalloc(n);
    memcpy(p, s, n);
    return p;
}

/* Absolute form of an existing path (Previous resolves relative names against
 * its own working directory, so the configuration always names files fully). */
char *np_abspath(const char *path)
{
    char *r = realpath(path, NULL);
    if (!r) {
        np_error("%s: %s", path, strerror(errno));
        return NULL;
    }
    return r;
}

char *np_find_on_path(const char *name)
{
    const char *path = getenv("PATH");
    if (strchr(name, '/'))
        return access(name, X_OK) == 0 ? np_xstrdup(name) : NULL;
    if (!path)
        return NULL;
    while (*path) {
        const char *end = strchr(path, ':');
        size_t len = end ? (size_t)(end - path) : strlen(path);
        char *cand = np_xmalloc(len + strlen(name) + 3);
        struct stat st;
        if (len == 0)
            sprintf(cand, "./%s", name);
        else
            sprintf(cand, "%.*s/%s", (int)len, path, name);
        if (stat(cand, &st) == 0 && S_ISREG(st.st_mode) && access(cand, X_OK) == 0)
            return cand;
        free(cand);
        if (!end)
            break;
        path = end + 1;
    }
    return NULL;
}

bool np_read_file(const char *path, char **data, size_t *len, bool quiet_enoent)
{
    FILE *f = fopen(path, "rb");
    size_t cap = 4096, n = 0;
    char *buf;
    if (!f) {
        if (!(quiet_enoent && errno == ENOENT))
            np_error("%s: %s", path, strerror(errno));
        return false;
    }
    buf = np_xmalloc(cap + 1);
    for (;;) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            if (ferror(f)) {
                np_error("%s: read error: %s", path, strerror(errno));
                fclose(f);
                free(buf);
                return false;
            }
            break;
        }
        cap *= 2;
        buf = realloc(buf, cap + 1);
        if (!buf) {
            np_error("out of memory");
            exit(1);
        }
    }
    fclose(f);
    buf[n] = 0;
    *data = buf;
    *len = n;
    return true;
}

bool np_out_open(struct np_out *o, const char *path)
{
    int fd;
    o->path = np_xstrdup(path);
    o->tmp = np_xmalloc(strlen(path) + 16);
    sprintf(o->tmp, "%s.tmpXXXXXX", path);
    fd = mkstemp(o->tmp);
    if (fd < 0) {
        np_error("%s: cannot create: %s", path, strerror(errno));
        free(o->path);
        free(o->tmp);
        return false;
    }
    o->f = fdopen(fd, "w");
    if (!o->f) {
        np_error("%s: %s", path, strerror(errno));
        close(fd);
        unlink(o->tmp);
        free(o->path);
        free(o->tmp);
        return false;
    }
    return true;
}

void np_out_abort(struct np_out *o)
{
    if (o->f)
        fclose(o->f);
    o->f = NULL;
    unlink(o->tmp);
    free(o->path);
    free(o->tmp);
}

bool np_out_commit(struct np_out *o)
{
    bool ok = !ferror(o->f);
    ok = (fclose(o->f) == 0) && ok;
    o->f = NULL;
    if (ok) {
        /* mkstemp creates mode 0600; output files get the usual 0644 less umask */
        mode_t um = umask(0);
        umask(um);
        chmod(o->tmp, 0644 & ~um);
    }
    if (!ok || rename(o->tmp, o->path) != 0) {
        np_error("%s: write error: %s", o->path, strerror(errno));
        unlink(o->tmp);
        free(o->path);
        free(o->tmp);
        return false;
    }
    free(o->path);
    free(o->tmp);
    return true;
}

bool np_mkdir_p(const char *dir)
{
    char *p = np_xstrdup(dir);
    for (char *s = p + 1; ; s++) {
        if (*s == '/' || *s == 0) {
            char c = *s;
            *s = 0;
            if (mkdir(p, 0777) != 0 && errno != EEXIST) {
                np_error("%s: cannot create directory: %s", p, strerror(errno));
                free(p);
                return false;
            }
            *s = c;
            if (!c)
                break;
        }
    }
    free(p);
    return true;
}
