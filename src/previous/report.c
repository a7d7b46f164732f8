/*
 * next-previous report: reads the transcript that the CD's "runall" script
 * writes on NeXTSTEP (format: image.c) and judges each binary against the
 * expected results in a directory: NAME.stdout and NAME.stderr (exact bytes)
 * and NAME.status (the exit status as a decimal number).  A missing
 * NAME.stdout or NAME.stderr is not compared; a missing NAME.status means 0.
 * The "=== PLAN" line names every binary the script was going to run, so a
 * transcript cut short (a crash or hang of the guest, a copy made too early)
 * reports the binaries it never finished as failures instead of hiding them.
 * A file that is not such a transcript is an error with the line it stopped
 * at, not a list of verdicts.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "previous.h"

#define MAGIC_LINE "=== NEXT-PREVIOUS TRANSCRIPT 1"

enum state { NOT_RUN, INCOMPLETE, FINISHED };

struct result {
    char *name;
    enum state state;
    const char *out, *err;
    size_t out_len, err_len;
    long status;
};

struct parse {
    const char *file, *buf;
    size_t len, pos;
};

static int line_no(const struct parse *p, size_t pos)
{
    int n = 1;
    for (size_t i = 0; i < pos && i < p->len; i++)
        n += p->buf[i] == '\n';
    return n;
}

/* Quotes S for a one-line message: C escapes, at most 60 bytes shown. */
static void quote(char *dst, size_t cap, const char *s, size_t n)
{
    size_t o = 0;
    dst[o++] = '\'';
    for (size_t i = 0; i < n && o + 8 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (i == 60) {
            o += (size_t)snprintf(dst + o, cap - o, "...");
            break;
        }
        if (c == '\n')
            o += (size_t)snprintf(dst + o, cap - o, "\\n");
        else if (c == '\t')
            o += (size_t)snprintf(dst + o, cap - o, "\\t");
        else if (c == '\\' || c == '\'')
            o += (size_t)snprintf(dst + o, cap - o, "\\%c", c);
        else if (c < 0x20 || c > 0x7e)
            o += (size_t)snprintf(dst + o, cap - o, "\\x%02x", c);
        else
            dst[o++] = (char)c;
    }
    dst[o++] = '\'';
    dst[o] = 0;
}

/* Reads one line at p->pos; false at end of file or on an unterminated line
 * (a transcript cut in the middle of a line). */
static bool next_line(struct parse *p, const char **line, size_t *n)
{
    const char *nl;
    if (p->pos >= p->len)
        return false;
    nl = memchr(p->buf + p->pos, '\n', p->len - p->pos);
    if (!nl)
        return false;
    *line = p->buf + p->pos;
    *n = (size_t)(nl - *line);
    p->pos = (size_t)(nl - p->buf) + 1;
    return true;
}

static bool line_is(const char *line, size_t n, const char *s)
{
    return n == strlen(s) && memcmp(line, s, n) == 0;
}

static const char *find(const char *hay, size_t hn, const char *needle, size_t nn)
{
    return nn <= hn ? memmem(hay, hn, needle, nn) : NULL;
}

static void compare(char *why, size_t cap, const char *stream, const char *exp, size_t en,
                    const char *got, size_t gn)
{
    size_t off = 0, ls, ee, ge;
    int line = 1;
    char qe[300], qg[300];
    size_t used = strlen(why);
    if (en == gn && memcmp(exp, got, en) == 0)
        return;
    while (off < en && off < gn && exp[off] == got[off]) {
        if (exp[off] == '\n')
            line++;
        off++;
    }
    for (ls = off; ls > 0 && exp[ls - 1] != '\n'; ls--)
        ;
    for (ee = off; ee < en && exp[ee] != '\n'; ee++)
        ;
    if (ee < en)
        ee++;
    for (ge = off; ge < gn && got[ge] != '\n'; ge++)
        ;
    if (ge < gn)
        ge++;
    if (ls >= en)
        snprintf(qe, sizeof qe, "end of output");
    else
        quote(qe, sizeof qe, exp + ls, ee - ls);
    if (ls >= gn)
        snprintf(qg, sizeof qg, "end of output");
    else
        quote(qg, sizeof qg, got + ls, ge - ls);
    snprintf(why + used, cap - used, "%s%s line %d: expected %s, got %s",
             used ? "; " : "", stream, line, qe, qg);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads EXPECTED/NAME.EXT; *present is false when the file does not exist. */
static bool read_expected(const char *dir, const char *name, const char *ext,
                          char **data, size_t *len, bool *present)
{
    char *path = np_xmalloc(strlen(dir) + strlen(name) + strlen(ext) + 3);
    bool ok;
    struct stat st;
    sprintf(path, "%s/%s.%s", dir, name, ext);
    *present = stat(path, &st) == 0;
    ok = !*present || np_read_file(path, data, len, false);
    free(path);
    return ok;
}

int np_report(const char *transcript, const char *expected_dir, FILE *out)
{
    struct parse p = { transcript, NULL, 0, 0 };
    char *buf;
    const char *line;
    size_t n;
    struct result *res = NULL;
    int nres = 0, passed = 0, failed = 0, rc = 1;
    bool done = false;
    char q[300];

    if (!np_read_file(transcript, &buf, &p.len, false))
        return 1;
    p.buf = buf;
    if (expected_dir) {
        struct stat st;
        if (stat(expected_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
            np_error("expected results '%s': not a directory", expected_dir);
            goto out;
        }
    }
    if (!next_line(&p, &line, &n) || !line_is(line, n, MAGIC_LINE)) {
        np_error("%s:1: not a next-previous transcript (the first line is not '" MAGIC_LINE "')", transcript);
        goto out;
    }
    if (!next_line(&p, &line, &n) || n < 8 || memcmp(line, "=== PLAN", 8) != 0 ||
        (n > 8 && line[8] != ' ')) {
        np_error("%s:2: expected the '=== PLAN' line", transcript);
        goto out;
    }
    /* The plan: binary names separated by single spaces. */
    res = np_xmalloc(sizeof *res * (n / 2 + 1));
    for (size_t i = 8; i < n;) {
        size_t j;
        while (i < n && line[i] == ' ')
            i++;
        for (j = i; j < n && line[j] != ' '; j++)
            ;
        if (j > i) {
            res[nres].name = np_xmalloc(j - i + 1);
            memcpy(res[nres].name, line + i, j - i);
            res[nres].name[j - i] = 0;
            res[nres].state = NOT_RUN;
            res[nres].status = 0;
            nres++;
        }
        i = j;
    }

    for (;;) {
        size_t at = p.pos;
        struct result *r = NULL;
        const char *body, *end;
        char *endmark;
        if (!next_line(&p, &line, &n))
            break;                              /* cut short: unfinished ones fail */
        if (line_is(line, n, "=== DONE")) {
            done = true;
            break;
        }
        if (n < 10 || memcmp(line, "=== BEGIN ", 10) != 0) {
            quote(q, sizeof q, line, n);
            np_error("%s:%d: expected '=== BEGIN NAME' or '=== DONE', found %s", transcript, line_no(&p, at), q);
            goto out;
        }
        for (int i = 0; i < nres; i++)
            if (strlen(res[i].name) == n - 10 && memcmp(res[i].name, line + 10, n - 10) == 0)
                r = &res[i];
        if (!r || r->state != NOT_RUN) {
            quote(q, sizeof q, line + 10, n - 10);
            np_error("%s:%d: binary %s is %s", transcript, line_no(&p, at), q,
                     r ? "run twice" : "not in the plan");
            goto out;
        }
        r->state = INCOMPLETE;
        at = p.pos;
        if (!next_line(&p, &line, &n))
            break;
        if (!line_is(line, n, "=== STDOUT")) {
            quote(q, sizeof q, line, n);
            np_error("%s:%d: expected '=== STDOUT', found %s", transcript, line_no(&p, at), q);
            goto out;
        }
        /* stdout: up to the newline runall added before "=== STDERR" */
        body = p.buf + p.pos;
        end = find(body, p.len - p.pos, "\n=== STDERR\n", 12);
        if (!end)
            break;
        r->out = body;
        r->out_len = (size_t)(end - body);
        p.pos = (size_t)(end - p.buf) + 12;
        body = p.buf + p.pos;
        endmark = np_xmalloc(strlen(r->name) + 32);
        sprintf(endmark, "\n=== END %s status ", r->name);
        end = find(body, p.len - p.pos, endmark, strlen(endmark));
        if (!end) {
            free(endmark);
            break;
        }
        r->err = body;
        r->err_len = (size_t)(end - body);
        p.pos = (size_t)(end - p.buf) + strlen(endmark);
        free(endmark);
        at = p.pos;
        if (!next_line(&p, &line, &n))
            break;
        {
            char num[24];
            char *e;
            bool ok = n > 0 && n < sizeof num;
            for (size_t i = 0; ok && i < n; i++)
                ok = isdigit((unsigned char)line[i]) || (i == 0 && line[i] == '-' && n > 1);
            if (!ok) {
                quote(q, sizeof q, line, n);
                np_error("%s:%d: bad exit status %s for '%s'", transcript, line_no(&p, at), q, r->name);
                goto out;
            }
            memcpy(num, line, n);
            num[n] = 0;
            r->status = strtol(num, &e, 10);
        }
        r->state = FINISHED;
    }

    for (int i = 0; i < nres; i++) {
        struct result *r = &res[i];
        char why[1024] = "";
        if (r->state == NOT_RUN)
            snprintf(why, sizeof why, "no result: the transcript ends before it ran");
        else if (r->state == INCOMPLETE)
            snprintf(why, sizeof why, "no result: the transcript ends inside its run");
        else {
            char *data = NULL;
            size_t len = 0;
            bool present = false;
            long want = 0;
            if (expected_dir) {
                if (!read_expected(expected_dir, r->name, "status", &data, &len, &present))
                    goto out;
                if (present) {
                    char *e;
                    want = strtol(data, &e, 10);
                    while (*e == ' ' || *e == '\n' || *e == '\t')
                        e++;
                    if (e == data || *e) {
                        np_error("%s/%s.status: not a decimal exit status", expected_dir, r->name);
                        free(data);
                        goto out;
                    }
                    free(data);
                }
            }
            if (r->status != want)
                snprintf(why, sizeof why, "exit status %ld, expected %ld", r->status, want);
            if (expected_dir) {
                if (!read_expected(expected_dir, r->name, "stdout", &data, &len, &present))
                    goto out;
                if (present) {
                    compare(why, sizeof why, "stdout", data, len, r->out, r->out_len);
                    free(data);
                }
                if (!read_expected(expected_dir, r->name, "stderr", &data, &len, &present))
                    goto out;
                if (present) {
                    compare(why, sizeof why, "stderr", data, len, r->err, r->err_len);
                    free(data);
                }
            }
        }
        if (why[0]) {
            fprintf(out, "FAIL %s (%s)\n", r->name, why);
            failed++;
        } else {
            fprintf(out, "ok %s\n", r->name);
            passed++;
        }
    }

    /* Expected results for binaries the transcript never planned. */
    if (expected_dir) {
        DIR *d = opendir(expected_dir);
        struct dirent *de;
        char **extra = NULL;
        int nextra = 0, cap = 0;
        if (!d) {
            np_error("%s: %s", expected_dir, strerror(errno));
            goto out;
        }
        while ((de = readdir(d)) != NULL) {
            const char *dot = strrchr(de->d_name, '.');
            size_t bl;
            bool known = false;
            if (!dot || (strcmp(dot, ".stdout") && strcmp(dot, ".stderr") && strcmp(dot, ".status")))
                continue;
            bl = (size_t)(dot - de->d_name);
            if (bl == 0)
                continue;
            for (int i = 0; i < nres && !known; i++)
                known = strlen(res[i].name) == bl && memcmp(res[i].name, de->d_name, bl) == 0;
            for (int i = 0; i < nextra && !known; i++)
                known = strlen(extra[i]) == bl && memcmp(extra[i], de->d_name, bl) == 0;
            if (known)
                continue;
            if (nextra == cap) {
                cap = cap ? cap * 2 : 8;
                extra = realloc(extra, sizeof *extra * (size_t)cap);
                if (!extra) {
                    np_error("out of memory");
                    exit(1);
                }
            }
            extra[nextra] = np_xmalloc(bl + 1);
            memcpy(extra[nextra], de->d_name, bl);
            extra[nextra][bl] = 0;
            nextra++;
        }
        closedir(d);
        if (nextra)
            qsort(extra, (size_t)nextra, sizeof *extra, cmp_str);
        for (int i = 0; i < nextra; i++) {
            fprintf(out, "FAIL %s (expected results exist, but the transcript's plan does not name it)\n", extra[i]);
            failed++;
            free(extra[i]);
        }
        free(extra);
    }
    if (!done && failed == 0 && nres > 0) {
        /* every planned binary finished but '=== DONE' is missing: still a
         * cut transcript, say so rather than pass silently */
        fprintf(out, "FAIL transcript (no '=== DONE' line: runall did not finish)\n");
        failed++;
    }
    fprintf(out, "%d passed, %d failed\n", passed, failed);
    rc = failed ? 1 : 0;
out:
    for (int i = 0; i < nres; i++)
        free(res[i].name);
    free(res);
    free(buf);
    return rc;
}

int np_cmd_report(int argc, char **argv)
{
    if (argc != 2 || argv[0][0] == '-' || argv[1][0] == '-') {
        np_error("report: usage: next-previous report TRANSCRIPT EXPECTED_DIR");
        return 2;
    }
    return np_report(argv[0], argv[1], stdout);
}
