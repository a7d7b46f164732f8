/*
 * next-previous image: builds the CD-ROM image that carries test binaries to
 * NeXTSTEP.  The image is ISO 9660 with Rock Ridge extensions, written by
 * xorriso ("-as mkisofs -r"): Rock Ridge keeps the exact lower-case file names
 * and the execute bits; a reader that ignores Rock Ridge still sees every file
 * under its ISO 9660 name, and the driver script copies each binary to /tmp
 * and sets its mode there, so execute bits on the CD are not relied on.
 *
 * Besides the binaries the image holds "runall", a plain Bourne-shell script
 * (NeXTSTEP 3.3's /bin/sh is a Bourne shell: no $(...), no "local", no
 * functions needed; only cp, chmod, cat, echo, sed, rm and mkdir are used,
 * all in 4.3BSD, which NeXTSTEP's commands come from) that runs every binary with stdin from /dev/null and
 * writes a transcript:
 *     === NEXT-PREVIOUS TRANSCRIPT 1
 *     === PLAN name1 name2 ...
 *     === BEGIN name1
 *     === STDOUT
 *     <stdout bytes>            followed by one added newline
 *     === STDERR
 *     <stderr bytes>            followed by one added newline
 *     === END name1 status N
 *     ...
 *     === DONE
 * The added newline lets a marker start a line even when the output does not
 * end with one; report.c removes exactly that byte again.
 *
 * Binaries are checked before anything is written: each must be a NeXT m68k
 * Mach-O executable (mach_header magic MH_MAGIC, cputype CPU_TYPE_MC680x0,
 * filetype MH_EXECUTE; src/common/macho.h), and its file name must be a
 * plain word that is safe both in the shell script and on the CD.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "be.h"
#include "macho.h"
#include "previous.h"

#define RUNALL_NAME "runall"
#define VOLUME_ID   "NEXTTESTS"

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

bool np_valid_name(const char *name, const char *path)
{
    size_t n = strlen(name);
    bool ok = n > 0 && n <= 31 && name[0] != '.' && name[0] != '-' && name[0] != '+';
    for (size_t i = 0; ok && i < n; i++) {
        char c = name[i];
        ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             c == '_' || c == '.' || c == '-' || c == '+';
    }
    if (!ok) {
        np_error("binary '%s': its name '%s' must be 1-31 characters from A-Z a-z 0-9 _ . + - "
                 "and not start with '.', '-' or '+'", path, name);
        return false;
    }
    if (strcmp(name, RUNALL_NAME) == 0) {
        np_error("binary '%s': the name '%s' is taken by the driver script", path, name);
        return false;
    }
    return true;
}

bool np_check_binary(const char *path)
{
    unsigned char h[MACH_HEADER_SIZE_NX];
    struct stat st;
    ssize_t got;
    int fd;
    if (stat(path, &st) != 0) {
        np_error("binary '%s': %s", path, strerror(errno));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        np_error("binary '%s': not a regular file", path);
        return false;
    }
    fd = open(path, O_RDONLY);
    if (fd < 0) {
        np_error("binary '%s': %s", path, strerror(errno));
        return false;
    }
    got = read(fd, h, sizeof h);
    close(fd);
    if (got != (ssize_t)sizeof h) {
        np_error("binary '%s': %lld bytes, too short for a Mach-O header (28 bytes)",
                 path, (long long)st.st_size);
        return false;
    }
    if (be32(h) != MH_MAGIC_NX || be32(h + 4) != CPU_TYPE_MC680x0_NX || be32(h + 12) != MH_EXECUTE_NX) {
        np_error("binary '%s': not a NeXT m68k Mach-O executable (magic 0x%08x, cputype %u, filetype %u)",
                 path, be32(h), be32(h + 4), be32(h + 12));
        return false;
    }
    return true;
}

void np_write_runall(FILE *f, char **names, int n)
{
    fprintf(f,
        "#!/bin/sh\n"
        "# runall: written by next-previous %s.  Runs each test binary on this CD\n"
        "# under NeXTSTEP and writes a transcript for 'next-previous report'.\n"
        "# Usage: sh runall [TRANSCRIPT]   (default /tmp/next-previous.transcript)\n"
        "# Plain Bourne shell, as NeXTSTEP 3.3's /bin/sh is.\n"
        "case \"$0\" in\n"
        "*/*) here=`echo \"$0\" | sed 's,/[^/]*$,,'` ;;\n"
        "*) here=. ;;\n"
        "esac\n"
        "out=${1-/tmp/next-previous.transcript}\n"
        "work=/tmp/next-previous.$$\n"
        "rm -rf $work\n"
        "mkdir $work || exit 1\n"
        "echo '=== NEXT-PREVIOUS TRANSCRIPT 1' > \"$out\" || exit 1\n",
        NP_VERSION);
    fprintf(f, "echo '=== PLAN");
    for (int i = 0; i < n; i++)
        fprintf(f, " %s", names[i]);
    fprintf(f, "' >> \"$out\"\nfor name in");
    for (int i = 0; i < n; i++)
        fprintf(f, " %s", names[i]);
    fprintf(f, "\n"
        "do\n"
        "\tcp \"$here/$name\" $work/$name\n"
        "\tchmod 755 $work/$name\n"
        "\techo \"=== BEGIN $name\" >> \"$out\"\n"
        "\t(cd $work; ./$name) < /dev/null > $work/stdout.txt 2> $work/stderr.txt\n"
        "\tstatus=$?\n"
        "\techo '=== STDOUT' >> \"$out\"\n"
        "\tcat $work/stdout.txt >> \"$out\"\n"
        "\techo >> \"$out\"\n"
        "\techo '=== STDERR' >> \"$out\"\n"
        "\tcat $work/stderr.txt >> \"$out\"\n"
        "\techo >> \"$out\"\n"
        "\techo \"=== END $name status $status\" >> \"$out\"\n"
        "\trm -f $work/$name $work/stdout.txt $work/stderr.txt\n"
        "done\n"
        "echo '=== DONE' >> \"$out\"\n"
        "rm -rf $work\n"
        "cat \"$out\"\n");
}

static bool copy_file(const char *from, const char *to, mode_t mode)
{
    char buf[65536];
    ssize_t got;
    bool ok = true;
    int in = open(from, O_RDONLY), out;
    if (in < 0) {
        np_error("binary '%s': %s", from, strerror(errno));
        return false;
    }
    out = open(to, O_WRONLY | O_CREAT | O_TRUNC, mode);
    if (out < 0) {
        np_error("%s: %s", to, strerror(errno));
        close(in);
        return false;
    }
    while (ok && (got = read(in, buf, sizeof buf)) > 0)
        ok = write(out, buf, (size_t)got) == got;
    if (got < 0)
        ok = false;
    if (close(out) != 0)
        ok = false;
    close(in);
    if (!ok)
        np_error("copying '%s' to '%s': %s", from, to, strerror(errno));
    else
        chmod(to, mode);
    return ok;
}

/* Runs xorriso; its messages go to a log file whose first line is quoted if
 * it fails. */
static bool run_xorriso(const char *xorriso, const char *stage, const char *iso, const char *log)
{
    pid_t pid = fork();
    int st;
    if (pid < 0) {
        np_error("fork: %s", strerror(errno));
        return false;
    }
    if (pid == 0) {
        int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
            close(fd);
        }
        execl(xorriso, xorriso, "-as", "mkisofs", "-quiet", "-r", "-V", VOLUME_ID,
              "-o", iso, stage, (char *)NULL);
        _exit(127);
    }
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) {
            np_error("waitpid: %s", strerror(errno));
            return false;
        }
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
        char line[300] = "";
        FILE *f = fopen(log, "r");
        if (f) {
            if (!fgets(line, sizeof line, f))
                line[0] = 0;
            fclose(f);
        }
        line[strcspn(line, "\n")] = 0;
        np_error("xorriso failed (%s %d)%s%s", WIFEXITED(st) ? "exit status" : "signal",
                 WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st), line[0] ? ": " : "", line);
        return false;
    }
    return true;
}

/* Checks the binaries and their names; fills NAMES with their base names. */
static bool check_all(char **bins, char **names, int n)
{
    bool ok = true;
    for (int i = 0; i < n; i++) {
        names[i] = (char *)base_name(bins[i]);
        if (!np_valid_name(names[i], bins[i]) || !np_check_binary(bins[i])) {
            ok = false;
            continue;
        }
        for (int j = 0; j < i; j++)
            if (strcmp(names[i], names[j]) == 0) {
                np_error("binary '%s': another binary ('%s') has the same name '%s'", bins[i], bins[j], names[i]);
                ok = false;
            }
    }
    return ok;
}

/* Copies the binaries (mode 0755) and writes runall into the existing
 * directory DIR: the CD's contents, or the same set in a shared directory. */
static bool stage(const char *dir, char **bins, char **names, int n)
{
    bool ok = true;
    char *to;
    FILE *f;
    for (int i = 0; ok && i < n; i++) {
        to = np_xmalloc(strlen(dir) + strlen(names[i]) + 2);
        sprintf(to, "%s/%s", dir, names[i]);
        ok = copy_file(bins[i], to, 0755);
        free(to);
    }
    if (!ok)
        return false;
    to = np_xmalloc(strlen(dir) + sizeof RUNALL_NAME + 2);
    sprintf(to, "%s/%s", dir, RUNALL_NAME);
    f = fopen(to, "w");
    if (!f) {
        np_error("%s: %s", to, strerror(errno));
        ok = false;
    } else {
        np_write_runall(f, names, n);
        if (fclose(f) != 0) {
            np_error("%s: write error", to);
            ok = false;
        }
        chmod(to, 0755);
    }
    free(to);
    return ok;
}

bool np_stage_dir(const char *dir, char **bins, int n)
{
    char **names = np_xmalloc(sizeof(char *) * (size_t)(n > 0 ? n : 1));
    bool ok = check_all(bins, names, n) && stage(dir, bins, names, n);
    free(names);
    return ok;
}

bool np_make_image(const char *out, char **bins, int n)
{
    char **names = np_xmalloc(sizeof(char *) * (size_t)(n > 0 ? n : 1));
    char *xorriso, *stagedir, *iso_tmp, *log;
    const char *tmpdir = getenv("TMPDIR");
    bool ok;
    int fd;

    if (!check_all(bins, names, n)) {
        free(names);
        return false;
    }
    xorriso = np_find_xorriso(true);
    if (!xorriso) {
        free(names);
        return false;
    }

    if (!tmpdir || !*tmpdir)
        tmpdir = "/tmp";
    stagedir = np_xmalloc(strlen(tmpdir) + 40);
    sprintf(stagedir, "%s/next-previous.XXXXXX", tmpdir);
    if (!mkdtemp(stagedir)) {
        np_error("%s: cannot create a staging directory: %s", tmpdir, strerror(errno));
        free(stagedir);
        free(xorriso);
        free(names);
        return false;
    }
    /* The log lives beside the staging directory, not in it (it must not
     * land on the CD). */
    log = np_xmalloc(strlen(stagedir) + 8);
    sprintf(log, "%s.log", stagedir);
    ok = stage(stagedir, bins, names, n);

    iso_tmp = np_xmalloc(strlen(out) + 16);
    sprintf(iso_tmp, "%s.tmpXXXXXX", out);
    fd = ok ? mkstemp(iso_tmp) : -1;
    if (ok && fd < 0) {
        np_error("%s: cannot create: %s", out, strerror(errno));
        ok = false;
    }
    if (fd >= 0) {
        close(fd);
        unlink(iso_tmp);   /* xorriso refuses to overwrite a file it did not make */
        ok = run_xorriso(xorriso, stagedir, iso_tmp, log);
        if (ok && rename(iso_tmp, out) != 0) {
            np_error("%s: %s", out, strerror(errno));
            ok = false;
        }
        if (!ok)
            unlink(iso_tmp);
    }

    /* Clean the staging directory: it holds at most the files made above. */
    for (int i = 0; i <= n; i++) {
        const char *nm = i < n ? names[i] : RUNALL_NAME;
        char *p = np_xmalloc(strlen(stagedir) + strlen(nm) + 2);
        sprintf(p, "%s/%s", stagedir, nm);
        unlink(p);
        free(p);
    }
    rmdir(stagedir);
    unlink(log);
    free(log);
    free(stagedir);
    free(iso_tmp);
    free(xorriso);
    free(names);
    return ok;
}

int np_cmd_image(int argc, char **argv)
{
    const char *out = NULL;
    char **bins = np_xmalloc(sizeof(char *) * (size_t)(argc > 0 ? argc : 1));
    int n = 0, rc;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0) {
            if (i + 1 >= argc) {
                np_error("image: -o needs a value");
                free(bins);
                return 2;
            }
            out = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            np_error("image: unknown option '%s'", argv[i]);
            free(bins);
            return 2;
        } else
            bins[n++] = argv[i];
    }
    if (!out || n == 0) {
        np_error("image: usage: next-previous image -o ISO BINARY...");
        free(bins);
        return 2;
    }
    rc = np_make_image(out, bins, n) ? 0 : 1;
    free(bins);
    return rc;
}
