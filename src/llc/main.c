/*
 * next-llc: code generation for the m68k-next-nextstep target.
 *
 * rustc writes LLVM bitcode for this target (obj-is-bitcode); next-ld calls
 * this program on every bitcode object to get an ELF32 m68k relocatable
 * object.  The stock LLVM M68k backend miscompiles Rust's core in several
 * ways (shared/reference/llvm-m68k-defects.md); each stage below neutralises
 * one or more of those defects:
 *
 *   1. IR rewrite (irfix.c): defects C (dropped index on stack slots) and
 *      F (fastcc sret pops), plus removal of tail calls.
 *   2. llc-22 up to, but not including, m68k-collapse-movem (defect E: the
 *      pass merges spills in the wrong order; running llc in two stages
 *      around it is the only way to skip it).
 *   3. MIR rewrite (mirfix.c): defect B (`and.l #imm,%aN`).
 *   4. llc-22 from after m68k-collapse-movem to assembly text.
 *   5. Text rewrite (asmfix.c): defect D (copies that clobber live flags);
 *      clean-up of llc's comments for GNU as.
 *   6. GNU as (defect A: LLVM's integrated assembler mis-encodes divu.l and
 *      divs.l).  GNU as also validates every instruction: anything it
 *      rejects stops the build with the function named.
 *
 * With -g (next-ld passes it when the link keeps debug info) the DWARF goes
 * through all stages into the object, for next-ld's ELF companion file.
 * The module is then compiled twice, without and with debug info, and the
 * code of the two objects compared (objcmp.c): debug info must never change
 * the program.  Where it would, line tables only are kept, or nothing.
 */
#include "llc.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static const char *progname = "next-llc";
static int verbose;

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
        }
    }
    fclose(f);
    if (!buf) return NULL;
    buf[n] = 0;
    if (len) *len = n;
    return buf;
}

/* Runs argv with stderr captured into errfile; returns the exit status. */
static int run(char *const argv[], const char *errfile)
{
    if (verbose) {
        fprintf(stderr, "%s:", progname);
        for (int i = 0; argv[i]; i++) fprintf(stderr, " %s", argv[i]);
        fputc('\n', stderr);
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (errfile)
        posix_spawn_file_actions_addopen(&fa, 2, errfile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        fprintf(stderr, "%s: error: cannot run %s: %s\n", progname, argv[0], strerror(rc));
        return -1;
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) return -1;
    if (WIFEXITED(st)) return WEXITSTATUS(st);
    if (verbose)
        fprintf(stderr, "%s: %s killed by signal %d\n", progname, argv[0], WTERMSIG(st));
    return -2;
}

/* One line for an llc failure, naming the function it was compiling; the
 * full LLVM output only with -v. */
static void report_llc_failure(const char *input, const char *stage, const char *errpath)
{
    char *s = read_file(errpath, NULL);
    const char *fn = s ? strstr(s, "on function '@") : NULL;
    const char *pass = s ? strstr(s, "Running pass '") : NULL;
    char what[160] = "";
    if (pass) {
        /* the innermost pass is the last "Running pass" line */
        const char *p = pass;
        while ((p = strstr(p + 1, "Running pass '")) != NULL) pass = p;
        const char *e = strchr(pass + 14, '\'');
        if (e) snprintf(what, sizeof what, " in %.*s", (int)(e - (pass + 14)), pass + 14);
    }
    if (fn) {
        const char *e = strchr(fn + 14, '\'');
        fprintf(stderr, "%s: error: %s: LLVM (%s) crashed%s on function %.*s\n", progname, input,
                stage, what, e ? (int)(e - (fn + 14)) : 0, fn + 14);
    } else {
        fprintf(stderr, "%s: error: %s: LLVM (%s) failed%s\n", progname, input, stage, what);
    }
    if (s && (verbose || !fn)) fputs(s, stderr);
    free(s);
}

static void print_file(const char *path)
{
    char *s = read_file(path, NULL);
    if (s) { fputs(s, stderr); free(s); }
}

static char tmpdir[64];
static char p_bc[128], p_mir[128], p_mir2[128], p_s[128], p_s2[128], p_err[128];
/* -g: the objects built without debug info and with line tables only, next
 * to the output like its own temporary (so that renaming never crosses file
 * systems); removed at exit unless one became the output. */
static char p_ref[4200], p_lines[4200];
static const char *llc, *as;
static void cleanup(void)
{
    if (p_ref[0]) unlink(p_ref);
    if (p_lines[0]) unlink(p_lines);
    static const char *const names[] = { "a.bc", "b.mir", "c.mir", "d.s", "e.s", "err", NULL };
    if (!tmpdir[0] || getenv("NEXT_LLC_KEEP")) return;
    char p[128];
    for (int i = 0; names[i]; i++) {
        snprintf(p, sizeof p, "%s/%s", tmpdir, names[i]);
        unlink(p);
    }
    rmdir(tmpdir);
}

/* Reports GNU as diagnostics with the function each error lies in. */
static void report_as_errors(const char *input, const char *errpath, const struct asmfix_result *r,
                             const char *asm_text)
{
    char *errs = read_file(errpath, NULL);
    if (!errs) return;
    for (char *save = NULL, *ln = strtok_r(errs, "\n", &save); ln; ln = strtok_r(NULL, "\n", &save)) {
        char *c1 = strstr(ln, ".s:");
        long lineno = c1 ? strtol(c1 + 3, NULL, 10) : 0;
        char *msg = c1 ? strchr(c1 + 3, ':') : NULL;
        if (!msg || lineno <= 0) {
            if (strstr(ln, "Assembler messages")) continue;
            fprintf(stderr, "%s: error: %s: %s\n", progname, input, ln);
            continue;
        }
        msg++;
        while (*msg == ' ') msg++;
        const char *fn = "(top level)";
        if ((size_t)lineno <= r->nlines && r->line_func[lineno - 1] >= 0)
            fn = r->funcs[r->line_func[lineno - 1]];
        /* the offending source line */
        const char *p = asm_text;
        for (long i = 1; i < lineno && p; i++) {
            p = strchr(p, '\n');
            if (p) p++;
        }
        int len = 0;
        if (p) { while (p[len] && p[len] != '\n') len++; while (*p == '\t' || *p == ' ') { p++; len--; } }
        fprintf(stderr, "%s: error: %s: in function %s: invalid instruction `%.*s': %s\n",
                progname, input, fn, len > 0 ? len : 0, p ? p : "", msg);
    }
    free(errs);
}

/* Puts the finished temporary file in place.  An existing output that is not
 * a regular file (/dev/null, a FIFO) is written into, never renamed over. */
static int finish_output(const char *tmp, const char *out)
{
    struct stat sb;
    if (stat(out, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        size_t len;
        char *data = read_file(tmp, &len);
        FILE *f = data ? fopen(out, "wb") : NULL;
        int ok = f && fwrite(data, 1, len, f) == len;
        if (f && fclose(f) != 0) ok = 0;
        free(data);
        unlink(tmp);
        if (!ok) fprintf(stderr, "%s: error: cannot write %s\n", progname, out);
        return ok ? 0 : -1;
    }
    if (rename(tmp, out) != 0) {
        fprintf(stderr, "%s: error: cannot write %s: %s\n", progname, out, strerror(errno));
        unlink(tmp);
        return -1;
    }
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: next-llc [options] -o OUT.o IN.bc\n"
            "Compiles one LLVM bitcode module for m68k NeXTSTEP into an ELF relocatable object,\n"
            "working around the known LLVM M68k backend defects.\n"
            "  -o FILE     output object (required)\n"
            "  -S          stop after the text rewrite and write the assembly to OUT\n"
            "  -g          keep the DWARF debug info (next-ld passes it unless stripping);\n"
            "              checked to leave the code unchanged, else reduced or dropped\n"
            "  -gline-tables-only  keep line tables only, unchecked (for -S and tests)\n"
            "  --raw       no workarounds: llc-22 -filetype=obj as stock LLVM would (for tests)\n"
            "  -v          print the commands run and what each stage changed\n"
            "  --help, --version\n"
            "Environment: NEXT_LLC_LLC (default llc-22), NEXT_LLC_AS (default m68k-linux-gnu-as),\n"
            "NEXT_LLC_KEEP=1 keeps the temporary directory, NEXT_LLC_NAME names the input in warnings.\n");
}

/* Stages 1-6 for one input: writes the object (or with asm_only the
 * assembly text) to `obj`.  level: 0 strips debug info, 1 keeps it, 2 keeps
 * line tables only (see irfix.c); *kept says what the module really got
 * (0 when it has no debug info).  Returns 0, or -1 (error printed). */
static int build(const char *in, const char *obj, int level, int asm_only, int *kept)
{
    /* 1. IR rewrite */
    struct irfix_stats st = { .keep_debug = level };
    int optnone;
    if (irfix_file(in, p_bc, &st, &optnone) != 0) return -1;
    *kept = st.keep_debug;
    const char *opt = getenv("NEXT_LLC_OPT") ? getenv("NEXT_LLC_OPT") : "opt-22";
    if (st.is_builtins) {
        /* LLVM's instruction selection crashes or loops on unoptimized
         * compiler_builtins (llvm-m68k-defects.md "Also"; rustc itself crashes
         * there at opt-level 0).  Optimizing it first is what opt-level 1
         * would do, and harmless when it is already optimized. */
        char *const ocmd[] = { (char *)opt, "-O1", "-o", p_bc, (char *)in, NULL };
        if (run(ocmd, p_err) != 0 || irfix_file(p_bc, p_bc, &st, &optnone) != 0) {
            fprintf(stderr, "%s: error: %s: opt -O1 failed:\n", progname, in);
            print_file(p_err);
            return -1;
        }
    }
    const char *olevel = optnone ? "-O0" : "-O2";
    const char *cpu = st.cpu[0] ? st.cpu : "M68040";
    char mcpu[48];
    snprintf(mcpu, sizeof mcpu, "-mcpu=%s", cpu);
    if (verbose)
        fprintf(stderr, "%s: ir: %d fastcc functions, %d fastcc calls, %d tail calls, %d stack slots hidden, %d narrow mul-with-overflow expanded, %d i128 shifts to libcalls, %d wide mul/div/rem to calls, %d soft-float operations to calls; cpu %s, %s\n",
                progname, st.fastcc_functions, st.fastcc_calls, st.tail_calls, st.allocas_hidden, st.mul_overflow, st.wide_shifts, st.wide_arith, st.soft_float, cpu, olevel);

    /* 2. llc up to the movem-collapsing pass.  LLVM's instruction selection
     * crashes on some unoptimized modules (compiler_builtins at opt-level 0,
     * llvm-m68k-defects.md "Also"): such a module is first optimized with
     * `opt -O1`, which is what rustc would do at opt-level 1, and the IR
     * rewrite is applied again to the result. */
    {
        char *const cmd[] = { (char *)llc, (char *)olevel, mcpu, "-function-sections", "-data-sections",
                              "-stop-before=m68k-collapse-movem", "-o", p_mir, p_bc, NULL };
        int rc = run(cmd, p_err);
        if (rc == -2) {
            if (verbose) fprintf(stderr, "%s: llc crashed on the unoptimized module; retrying after opt -O1\n", progname);
            char *const ocmd[] = { (char *)opt, "-O1", "-o", p_bc, (char *)in, NULL };
            if (run(ocmd, p_err) == 0 && irfix_file(p_bc, p_bc, &st, &optnone) == 0)
                rc = run(cmd, p_err);
        }
        /* Still crashing: soft-float libcalls made during selection may be
         * interleaved (defect M, irfix.c).  The module is rewritten again
         * with those operations as explicit calls, unoptimized and then
         * after opt -O1.  Only modules llc crashes on take this path, so
         * every other module's code stays as it was. */
        for (int pass = 0; rc == -2 && pass < 2; pass++) {
            if (verbose) fprintf(stderr, "%s: ir: llc crashed; retrying with soft-float operations as calls%s\n", progname,
                                 pass ? " after opt -O1" : "");
            char *const ocmd[] = { (char *)opt, "-O1", "-o", p_bc, (char *)in, NULL };
            st.soft_float_calls = 1;
            if ((pass == 0 || run(ocmd, p_err) == 0) &&
                irfix_file(pass ? p_bc : in, p_bc, &st, &optnone) == 0)
                rc = run(cmd, p_err);
        }
        if (rc != 0) {
            report_llc_failure(in, "llc stage 1", p_err);
            return -1;
        }
    }
    /* 3. MIR repair */
    {
        char *mir = read_file(p_mir, NULL);
        FILE *f = fopen(p_mir2, "w");
        if (!mir || !f) {
            fprintf(stderr, "%s: error: %s: cannot rewrite MIR: %s: %s\n", progname, in, !mir ? p_mir : p_mir2,
                    strerror(errno));
            if (f) fclose(f);
            free(mir);
            return -1;
        }
        int n = mirfix(mir, f);
        fclose(f);
        free(mir);
        if (n < 0) return -1;
        if (verbose) fprintf(stderr, "%s: mir: %d and.l-to-address-register repaired\n", progname, n);
    }
    /* 4. llc from after the pass to assembly text; inline asm is passed
     * through as text (GNU as assembles it). */
    {
        /* One section per function and per data object, as rustc asks of
         * LLVM for its own objects (target option function-sections): the
         * linker's --gc-sections then drops unused functions one by one
         * instead of keeping a whole codegen unit for any one of them. */
        char *const cmd[] = { (char *)llc, (char *)olevel, mcpu, "-function-sections", "-data-sections",
                              "-start-after=m68k-collapse-movem", "-no-integrated-as", "-o", p_s, p_mir2, NULL };
        if (run(cmd, p_err) != 0) {
            report_llc_failure(in, "llc stage 2", p_err);
            return -1;
        }
    }
    /* 5. text rewrite */
    struct asmfix_result r;
    char *fixed = NULL;
    size_t fixed_len = 0;
    {
        char *s = read_file(p_s, NULL);
        if (!s) { fprintf(stderr, "%s: error: %s: no assembly from llc\n", progname, in); return -1; }
        FILE *f = open_memstream(&fixed, &fixed_len);
        asmfix(s, f, &r, st.keep_debug);
        fclose(f);
        free(s);
        if (verbose)
            fprintf(stderr, "%s: asm: %d flag-preserving wraps, %d relaxable branches, %d subx-after-compare, %d sret slots restored\n",
                    progname, r.ccr_wraps, r.long_branches, r.subx_fixed, r.sret_restored);
        const char *dst = asm_only ? obj : p_s2;
        FILE *o = fopen(dst, "w");
        if (!o || fwrite(fixed, 1, fixed_len, o) != fixed_len || fclose(o) != 0) {
            fprintf(stderr, "%s: error: cannot write %s\n", progname, dst);
            unlink(dst);
            return -1;
        }
        if (asm_only) {
            free(fixed);
            return 0;
        }
    }
    /* 6. GNU as */
    {
        char cpuflag[32];
        snprintf(cpuflag, sizeof cpuflag, "-m%s", strstr(cpu, "68030") ? "68030" : strstr(cpu, "68020") ? "68020" : "68040");
        char *const cmd[] = { (char *)as, cpuflag, "-o", (char *)obj, p_s2, NULL };
        int rc = run(cmd, p_err);
        if (rc != 0) {
            report_as_errors(in, p_err, &r, fixed);
            unlink(obj);
            free(fixed);
            return -1;
        }
    }
    free(fixed);
    *kept = st.keep_debug;
    return 0;
}

int main(int argc, char **argv)
{
    const char *out = NULL, *in = NULL;
    int asm_only = 0, raw = 0, keep_debug = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-o") && i + 1 < argc) out = argv[++i];
        else if (!strcmp(a, "-S")) asm_only = 1;
        else if (!strcmp(a, "--raw")) raw = 1;
        else if (!strcmp(a, "-g")) keep_debug = 1;
        else if (!strcmp(a, "-gline-tables-only")) keep_debug = 2;
        else if (!strcmp(a, "-v")) verbose = 1;
        else if (!strcmp(a, "--help")) { usage(stdout); return 0; }
        else if (!strcmp(a, "--version")) { puts("next-llc 0.1 (LLVM 22 M68k with defect workarounds A-M)"); return 0; }
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "%s: error: unknown option: %s\n", progname, a); return 1; }
        else if (!in) in = a;
        else { fprintf(stderr, "%s: error: more than one input: %s\n", progname, a); return 1; }
    }
    if (!in || !out) { usage(stderr); return 1; }
    llc = getenv("NEXT_LLC_LLC") ? getenv("NEXT_LLC_LLC") : "llc-22";
    as = getenv("NEXT_LLC_AS") ? getenv("NEXT_LLC_AS") : "m68k-linux-gnu-as";

    const char *td = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    snprintf(tmpdir, sizeof tmpdir, "%.40s/next-llc.XXXXXX", td);
    if (!mkdtemp(tmpdir)) { fprintf(stderr, "%s: error: cannot create temporary directory: %s\n", progname, strerror(errno)); return 1; }
    atexit(cleanup);
    char p_out[4096];
    snprintf(p_bc, sizeof p_bc, "%s/a.bc", tmpdir);
    snprintf(p_mir, sizeof p_mir, "%s/b.mir", tmpdir);
    snprintf(p_mir2, sizeof p_mir2, "%s/c.mir", tmpdir);
    snprintf(p_s, sizeof p_s, "%s/d.s", tmpdir);
    snprintf(p_s2, sizeof p_s2, "%s/e.s", tmpdir);
    snprintf(p_err, sizeof p_err, "%s/err", tmpdir);
    snprintf(p_out, sizeof p_out, "%s.tmp%ld", out, (long)getpid());

    if (raw) {
        char *const cmd[] = { (char *)llc, "-O2", "-mcpu=M68040", "-filetype=obj", "-o", p_out, (char *)in, NULL };
        if (run(cmd, p_err) != 0) { print_file(p_err); unlink(p_out); return 1; }
        return finish_output(p_out, out) ? 1 : 0;
    }

    if (!keep_debug || asm_only || keep_debug == 2) {
        int kept;
        if (build(in, p_out, keep_debug, asm_only, &kept) != 0) return 1;
        return finish_output(p_out, out) ? 1 : 0;
    }
    /* -g: debug information must not change the code (the debugger would
     * show another program than the one built without it), yet LLVM's code
     * generation is not quite independent of it (irfix.c).  So the module is
     * built without debug info first, then with it, and the two objects are
     * compared (objcmp.c); if the code differs, line tables only are tried,
     * then the object without debug info is used.  A failure with debug
     * info (an LLVM crash, GNU as rejecting a directive) falls back too;
     * its messages appear with -v only. */
    int kept;
    snprintf(p_ref, sizeof p_ref, "%s.ref%ld", out, (long)getpid());
    snprintf(p_lines, sizeof p_lines, "%s.lines%ld", out, (long)getpid());
    if (build(in, p_ref, 0, 0, &kept) != 0) return 1;
    const char *why = NULL;
    for (int level = 1; level <= 2; level++) {
        const char *dst = level == 1 ? p_out : p_lines;
        int saved = -1;
        if (!verbose) {
            fflush(stderr);
            saved = dup(2);
            int nul = open("/dev/null", O_WRONLY);
            if (nul >= 0) { dup2(nul, 2); close(nul); }
        }
        kept = 1;
        int rc = build(in, dst, level, 0, &kept);
        if (saved >= 0) { fflush(stderr); dup2(saved, 2); close(saved); }
        if (rc != 0) {
            why = "code generation failed";
            continue;
        }
        if (!kept) /* no debug info in the module: the plain object */
            break;
        if (objcmp_same_code(p_ref, dst, &why)) {
            if (verbose)
                fprintf(stderr, "%s: %s kept: the code is the same as without debug info\n", progname,
                        level == 1 ? "debug info" : "line tables (variables dropped)");
            unlink(p_ref);
            if (level == 2) unlink(p_out);
            return finish_output(dst, out) ? 1 : 0;
        }
        if (verbose)
            fprintf(stderr, "%s: with %s the code differs: %s\n", progname,
                    level == 1 ? "debug info" : "line tables", why);
        unlink(dst);
    }
    unlink(p_out);
    unlink(p_lines);
    const char *shown = getenv("NEXT_LLC_NAME"); /* set by next-ld: the rlib member */
    if (kept)
        fprintf(stderr, "%s: warning: %s: debug info dropped: with it the generated code differs (%s)\n",
                progname, shown && *shown ? shown : in, why);
    return finish_output(p_ref, out) ? 1 : 0;
}
