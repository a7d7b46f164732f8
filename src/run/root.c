/*
 * Guest root directory for next-run.  Every path a NeXT program passes to a
 * path-taking syscall (open, stat, unlink, chdir, ...) is interpreted inside
 * the root given with -R (default "/", the host filesystem).  qemu-m68k 7.2
 * has no openat2(RESOLVE_IN_ROOT), so the resolution is done here component
 * by component: "." is skipped, ".." never climbs above the root, and
 * symbolic links are read with readlink() and re-resolved inside the root
 * (absolute targets restart at the root), at most 32 per lookup (ELOOP
 * otherwise), exactly like a chroot.  The result is a host path whose
 * components contain no symlinks; the syscalls then use it with O_NOFOLLOW.
 * The guest's current directory is kept here as a root-relative path.  A
 * Landlock ruleset applied by the host launcher is the second fence.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "loader.h"
#include "nx_abi.h"

static char root[PATH_MAX];   /* host path of the root, "" for "/" */
static char cwd[PATH_MAX];    /* guest cwd relative to root, "" = root */

void root_init(const char *root_dir)
{
    char *r = realpath(root_dir, NULL);
    if (!r)
        fatal("guest root %s: %s", root_dir, strerror(errno));
    struct stat st;
    if (stat(r, &st) < 0 || !S_ISDIR(st.st_mode))
        fatal("guest root %s: not a directory", root_dir);
    snprintf(root, sizeof root, "%s", strcmp(r, "/") ? r : "");
    free(r);
    /* Start in the host cwd if it lies inside the root, else at the root. */
    char here[PATH_MAX];
    cwd[0] = 0;
    if (getcwd(here, sizeof here)) {
        size_t rl = strlen(root);
        if (!strncmp(here, root, rl) && (here[rl] == '/' || here[rl] == 0)) {
            const char *rest = here + rl;
            while (*rest == '/')
                rest++;
            snprintf(cwd, sizeof cwd, "%s", rest);
        }
    }
}

static void host_of(const char *rel, char *host, size_t hostsz)
{
    snprintf(host, hostsz, "%s/%s", root, rel);
}

/* Resolve to a root-relative path in rel (PATH_MAX bytes). */
static int resolve_rel(const char *path, int follow_last, char *rel)
{
    char pend[2 * PATH_MAX + 2];
    char host[2 * PATH_MAX];
    int links = 0;
    if (!path[0])
        return ENOENT_NX;
    if (strlen(path) >= NX_PATH_MAX)
        return ENAMETOOLONG_NX;
    if (path[0] == '/')
        rel[0] = 0;
    else
        snprintf(rel, PATH_MAX, "%s", cwd);
    /* A trailing slash means the last component must be a directory, so a
     * final symlink is followed. */
    size_t pl = strlen(path);
    if (pl > 0 && path[pl - 1] == '/')
        follow_last = 1;
    snprintf(pend, sizeof pend, "%s", path);
    char *p = pend;
    for (;;) {
        while (*p == '/')
            p++;
        if (!*p)
            return 0;
        char *e = p;
        while (*e && *e != '/')
            e++;
        size_t len = (size_t)(e - p);
        char *q = e;
        while (*q == '/')
            q++;
        int last = (*q == 0);
        if (len == 1 && p[0] == '.') {
            p = e;
            continue;
        }
        if (len == 2 && p[0] == '.' && p[1] == '.') {
            char *slash = strrchr(rel, '/');
            if (slash)
                *slash = 0;
            else
                rel[0] = 0;
            p = e;
            continue;
        }
        if (len > NX_MAXNAMLEN)
            return ENAMETOOLONG_NX;
        size_t rl = strlen(rel);
        if (rl + len + 2 >= PATH_MAX)
            return ENAMETOOLONG_NX;
        if (rl)
            rel[rl++] = '/';
        memcpy(rel + rl, p, len);
        rel[rl + len] = 0;
        host_of(rel, host, sizeof host);
        struct stat st;
        if (lstat(host, &st) < 0) {
            if (errno == ENOENT && last)
                return 0; /* may be created */
            return nx_errno(errno);
        }
        if (S_ISLNK(st.st_mode) && (!last || follow_last)) {
            char target[PATH_MAX];
            if (++links > 32)
                return ELOOP_NX;
            ssize_t n = readlink(host, target, sizeof target - 1);
            if (n < 0)
                return nx_errno(errno);
            target[n] = 0;
            if (n == 0)
                return ENOENT_NX;
            /* Drop the link itself, then continue with target + rest. */
            rel[rl ? rl - 1 : 0] = 0;
            char rest[2 * PATH_MAX + 2];
            size_t tl = strlen(target), el = strlen(e);
            if (tl + el + 1 > sizeof pend)
                return ENAMETOOLONG_NX;
            memcpy(rest, e, el + 1);
            memcpy(pend, target, tl);
            memcpy(pend + tl, rest, el + 1);
            if (target[0] == '/')
                rel[0] = 0;
            p = pend;
            continue;
        }
        if (!last && !S_ISDIR(st.st_mode))
            return ENOTDIR_NX;
        p = e;
    }
}

int root_resolve(const char *guest_path, int follow_last, char *host, size_t hostsz)
{
    char rel[PATH_MAX];
    int err = resolve_rel(guest_path, follow_last, rel);
    if (err)
        return err;
    host_of(rel, host, hostsz);
    return 0;
}

int root_chdir(const char *guest_path)
{
    char rel[PATH_MAX], host[2 * PATH_MAX];
    int err = resolve_rel(guest_path, 1, rel);
    if (err)
        return err;
    host_of(rel, host, sizeof host);
    struct stat st;
    if (stat(host, &st) < 0)
        return nx_errno(errno);
    if (!S_ISDIR(st.st_mode))
        return ENOTDIR_NX;
    if (access(host, X_OK) < 0)
        return nx_errno(errno);
    snprintf(cwd, sizeof cwd, "%s", rel);
    return 0;
}
