/*
 * next-ld driver: the GNU ld command line as rustc (linker flavor "gnu")
 * passes it, and the sequence of link passes.  Options follow GNU ld's
 * spelling (-o, -e, -L, -l, --gc-sections, -Map, --defsym, -u, groups,
 * @response files with GNU quoting); options that only matter for dynamic
 * ELF output are accepted and ignored because rustc passes them anyway; NeXT
 * ld's layout options (-seg1addr, -segalign, -stack_addr, -stack_size) take
 * hexadecimal numbers as in NeXT ld; -arch selects the Mach-O cpusubtype
 * (reference section 1: m68040 -> 2, m68030/m68k -> 1).  Errors are
 * collected and the link stops after the pass that found them, leaving no
 * output file behind.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "macho.h"
#include "ld.h"

#define VERSION "0.1"

Config config = {
    .output = "a.out",
    .entry = "start",
    .gc = true,
    .underscore = true,
    .cpusubtype = CPU_SUBTYPE_MC680x0_ALL_NX,
    .segalign = NX_SEGALIGN,
};
int nerrors;

/* ---- small utilities ---- */

static void report(const char *fmt, va_list ap)
{
    fputs("next-ld: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(fmt, ap);
    va_end(ap);
    nerrors++;
}

/* Remove whatever output exists so a failed link never looks like a good one. */
static __attribute__((noreturn)) void fail_exit(void)
{
    cleanup_output();
    struct stat st;
    if (config.output && stat(config.output, &st) == 0 && S_ISREG(st.st_mode))
        unlink(config.output);
    exit(1);
}

void fatal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(fmt, ap);
    va_end(ap);
    fail_exit();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

void *xcalloc(size_t n, size_t m)
{
    void *p = calloc(n ? n : 1, m ? m : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

char *xstrdup(const char *s)
{
    char *p = strdup(s);
    if (!p)
        fatal("out of memory");
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p;
    if (vasprintf(&p, fmt, ap) < 0)
        fatal("out of memory");
    va_end(ap);
    return p;
}

bool read_file(const char *path, uint8_t **data, size_t *size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        errno = EINVAL;
        return false;
    }
    size_t n = (size_t)st.st_size, got = 0;
    uint8_t *p = xmalloc(n + 1);
    while (got < n) {
        ssize_t r = read(fd, p + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            close(fd);
            free(p);
            return false;
        }
        got += (size_t)r;
    }
    close(fd);
    *data = p;
    *size = n;
    return true;
}

/* An input file, mapped read-only rather than read: rlibs carry rustc's
 * metadata (tens of MB for libcore) that the link never looks at, and pages
 * of a mapping that are never touched cost neither time nor memory.  Falls
 * back to read_file where mapping is impossible (empty files, pipes). */
static bool map_file(const char *path, uint8_t **data, size_t *size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
            close(fd);
            *data = p;
            *size = (size_t)st.st_size;
            return true;
        }
    }
    close(fd);
    return read_file(path, data, size);
}

/* ---- command line ---- */

enum { ARG_FILE, ARG_LIB, ARG_GROUP_START, ARG_GROUP_END, ARG_WHOLE_ON, ARG_WHOLE_OFF };
typedef struct Arg {
    int kind;
    char *s;
} Arg;

static Arg *args;
static int nargs, capargs;

static void add_arg(int kind, const char *s)
{
    if (nargs == capargs) {
        capargs = capargs ? capargs * 2 : 64;
        args = xrealloc(args, (size_t)capargs * sizeof(Arg));
    }
    args[nargs].kind = kind;
    args[nargs].s = s ? xstrdup(s) : NULL;
    nargs++;
}

static void push(char ***v, int *n, const char *s)
{
    *v = xrealloc(*v, (size_t)(*n + 1) * sizeof(char *));
    (*v)[(*n)++] = xstrdup(s);
}

/* Expand @FILE arguments (GNU quoting: whitespace separates, '' "" group, \ escapes). */
static void expand_response(int *argc, char ***argv, int depth)
{
    char **out = NULL;
    int n = 0;
    for (int i = 0; i < *argc; i++) {
        const char *a = (*argv)[i];
        uint8_t *d;
        size_t sz;
        if (a[0] != '@' || i == 0 || depth > 8 || !read_file(a + 1, &d, &sz)) {
            push(&out, &n, a);
            continue;
        }
        d[sz] = 0;
        char **sub = NULL;
        int nsub = 0;
        char *tok = xmalloc(sz + 1);
        size_t p = 0;
        while (p < sz) {
            while (p < sz && (d[p] == ' ' || d[p] == '\t' || d[p] == '\n' || d[p] == '\r'))
                p++;
            if (p >= sz)
                break;
            size_t t = 0;
            char q = 0;
            while (p < sz) {
                char c = (char)d[p];
                if (q) {
                    if (c == q)
                        q = 0;
                    else if (c == '\\' && p + 1 < sz)
                        tok[t++] = (char)d[++p];
                    else
                        tok[t++] = c;
                } else if (c == '\'' || c == '"') {
                    q = c;
                } else if (c == '\\' && p + 1 < sz) {
                    tok[t++] = (char)d[++p];
                } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    break;
                } else {
                    tok[t++] = c;
                }
                p++;
            }
            tok[t] = 0;
            push(&sub, &nsub, tok);
        }
        free(tok);
        free(d);
        int sc = nsub + 1;
        char **sv = xmalloc((size_t)sc * sizeof(char *));
        sv[0] = "next-ld";
        for (int k = 0; k < nsub; k++)
            sv[k + 1] = sub[k];
        expand_response(&sc, &sv, depth + 1);
        for (int k = 1; k < sc; k++)
            push(&out, &n, sv[k]);
    }
    *argc = n;
    *argv = out;
}

static bool parse_hex(const char *s, uint32_t *v)
{
    char *end;
    errno = 0;
    unsigned long x = strtoul(s, &end, 16);
    if (!*s || *end || errno || x > 0xffffffffu)
        return false;
    *v = (uint32_t)x;
    return true;
}

static bool parse_num(const char *s, uint32_t *v)
{
    char *end;
    errno = 0;
    long long x = strtoll(s, &end, 0);
    if (!*s || *end || errno || x > 0xffffffffLL || x < -0x80000000LL)
        return false;
    *v = (uint32_t)x;
    return true;
}

static void usage(void)
{
    printf("Usage: next-ld [options] file...\n"
           "Links ELF32 m68k objects, ar archives/rlibs and LLVM bitcode (via next-llc)\n"
           "into a NeXTSTEP 3.3 m68k Mach-O executable.\n\n"
           "  -o FILE                 output file (default a.out)\n"
           "  -e SYM, --entry=SYM     entry symbol (default start)\n"
           "  -L DIR, -l NAME         library search path; link libNAME.a\n"
           "  --gc-sections, --no-gc-sections   (default: on)\n"
           "  -Map FILE               write a link map\n"
           "  -s, --strip-all         no symbol table (and no debug file)\n"
           "  -S, --strip-debug       no debug file\n"
           "  --debug-file FILE       where the ELF file with the DWARF of the link goes\n"
           "                          (default OUTPUT.dbg; written when inputs have debug info)\n"
           "  --defsym SYM=VALUE|SYM  define a symbol\n"
           "  --libsys, -lsys_s       link against NeXTSTEP's libsys_s.B.shlib (LC_LOADFVMLIB)\n"
           "  -u SYM                  treat SYM as undefined (a gc root)\n"
           "  --start-group ... --end-group, -( ... -)   search archives repeatedly\n"
           "  --whole-archive, --no-whole-archive\n"
           "  -arch m68040|m68030|m68k   Mach-O cpu subtype (2, 1, 1)\n"
           "  -seg1addr HEX, -segalign HEX, -stack_addr HEX, -stack_size HEX\n"
           "  --no-leading-underscore don't prefix symbol names with '_'\n"
           "  -r, --relocatable       write one NeXT MH_OBJECT (for NeXT's cc/ld) instead\n"
           "  --export SYM            with -r: keep only what SYM reach (like -u) and make\n"
           "                          only the --export symbols external\n"
           "  --archive               write an ar archive with NeXT's __.SYMDEF table:\n"
           "                          of MH_OBJECT inputs, or with -r of the -r output\n"
           "  -NEXTSTEP-deployment-target 3.2|3.3   -r output for NeXTSTEP 3.2: plain\n"
           "                          VANILLA relocations only (default 3.3)\n"
           "  --help, --version\n"
           "Environment: NEXT_LLC (next-llc to use), NEXT_CACHE_DIR (bitcode cache).\n");
}

/* Options rustc passes for ELF targets that have no meaning for NeXT Mach-O. */
static bool ignored_option(const char *a)
{
    static const char *const exact[] = {
        "--as-needed", "--no-as-needed", "-Bstatic", "-Bdynamic", "-static", "-dn",
        "-non_shared", "--eh-frame-hdr", "-nostdlib", "-nostartfiles", "-nodefaultlibs",
        "--no-undefined", "--fatal-warnings", "--no-pie", "-no-pie", "--no-dynamic-linker",
        "-O", "-O0", "-O1", "-O2", "-O3", "--build-id", "-X", "-x",
        "--discard-all", "--discard-locals", "--no-eh-frame-hdr", "--sort-common",
        "--warn-common", "--demangle", "--no-demangle", "--enable-new-dtags",
        "--disable-new-dtags", "--no-undefined-version", "--color-diagnostics",
        "--export-dynamic", "-export-dynamic", "-E", "--no-export-dynamic", "-Bsymbolic", NULL};
    for (int i = 0; exact[i]; i++)
        if (strcmp(a, exact[i]) == 0)
            return true;
    static const char *const prefixes[] = {"--build-id=", "-plugin-opt=", "--plugin-opt=",
                                           "--hash-style=", "--color-diagnostics=",
                                           "--compress-debug-sections=", "--version-script=",
                                           "--dynamic-list=", "--icf=", "-z", NULL};
    for (int i = 0; prefixes[i]; i++)
        if (strncmp(a, prefixes[i], strlen(prefixes[i])) == 0 && a[strlen(prefixes[i])])
            return true;
    return false;
}

/* An option with a value: "-x VAL", "-xVAL", "--long=VAL" or "--long VAL". */
static char *value_opt(int argc, char **argv, int *i, const char *sopt, const char *lopt)
{
    const char *a = argv[*i];
    if ((sopt && strcmp(a, sopt) == 0) || (lopt && strcmp(a, lopt) == 0)) {
        if (*i + 1 < argc)
            return argv[++*i];
        fatal("option %s needs an argument", a);
    }
    if (sopt && strncmp(a, sopt, 2) == 0 && a[2])
        return argv[*i] + 2;
    size_t n = lopt ? strlen(lopt) : 0;
    if (lopt && strncmp(a, lopt, n) == 0 && a[n] == '=')
        return argv[*i] + n + 1;
    return NULL;
}

static void parse_args(int argc, char **argv)
{
    expand_response(&argc, &argv, 0);
    bool bad = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        char *v;
        if (a[0] != '-' || a[1] == 0) {
            add_arg(ARG_FILE, a);
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-help") == 0) {
            usage();
            exit(0);
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-v") == 0 || strcmp(a, "-V") == 0) {
            printf("next-ld %s (NeXTSTEP 3.3 m68k Mach-O linker)\n", VERSION);
            exit(0);
        } else if (strcmp(a, "--gc-sections") == 0) {
            config.gc = true;
        } else if (strcmp(a, "--no-gc-sections") == 0) {
            config.gc = false;
        } else if (strcmp(a, "-s") == 0 || strcmp(a, "--strip-all") == 0) {
            config.strip_all = true;
        } else if (strcmp(a, "-S") == 0 || strcmp(a, "--strip-debug") == 0) {
            config.strip_debug = true;
        } else if ((v = value_opt(argc, argv, &i, NULL, "--debug-file"))) {
            config.debug_file = v;
        } else if (strcmp(a, "--start-group") == 0 || strcmp(a, "-(") == 0) {
            add_arg(ARG_GROUP_START, NULL);
        } else if (strcmp(a, "--end-group") == 0 || strcmp(a, "-)") == 0) {
            add_arg(ARG_GROUP_END, NULL);
        } else if (strcmp(a, "--whole-archive") == 0) {
            add_arg(ARG_WHOLE_ON, NULL);
        } else if (strcmp(a, "--no-whole-archive") == 0) {
            add_arg(ARG_WHOLE_OFF, NULL);
        } else if (strcmp(a, "-r") == 0 || strcmp(a, "--relocatable") == 0) {
            opt_relocatable = true;         /* NeXT MH_OBJECT output: macho_obj.c */
        } else if ((v = value_opt(argc, argv, &i, NULL, "--export"))) {
            add_export(v);                  /* -r: the only external symbols (macho_obj.c) */
            push(&config.undefs, &config.nundefs, v);
        } else if (strcmp(a, "--archive") == 0) {
            opt_archive = true;             /* ar + __.SYMDEF output: symdef.c */
        } else if (strcmp(a, "-NEXTSTEP-deployment-target") == 0) {
            const char *x = i + 1 < argc ? argv[++i] : "";
            if (strcmp(x, "3.2") == 0 || strcmp(x, "3.3") == 0) {
                opt_ns32 = strcmp(x, "3.2") == 0;
            } else {
                error("-NEXTSTEP-deployment-target: expected 3.2 or 3.3, got '%s'", x);
                bad = true;
            }
        } else if (strcmp(a, "--no-leading-underscore") == 0) {
            config.underscore = false;
        } else if (strcmp(a, "--leading-underscore") == 0) {
            config.underscore = true;
        } else if (strcmp(a, "-pie") == 0 || strcmp(a, "--pie") == 0 ||
                   strcmp(a, "-shared") == 0 || strcmp(a, "--shared") == 0 ||
                   strcmp(a, "-Bshareable") == 0 || strcmp(a, "-static-pie") == 0) {
            error("%s is not supported: next-ld only writes static executables", a);
            bad = true;
        } else if (strcmp(a, "-arch") == 0) {
            const char *x = i + 1 < argc ? argv[++i] : "";
            if (strcmp(x, "m68040") == 0)
                config.cpusubtype = CPU_SUBTYPE_MC68040_NX;
            else if (strcmp(x, "m68030") == 0 || strcmp(x, "m68k") == 0)
                config.cpusubtype = CPU_SUBTYPE_MC680x0_ALL_NX;
            else {
                error("unknown -arch '%s' (m68040, m68030 or m68k)", x);
                bad = true;
            }
        } else if (strcmp(a, "-seg1addr") == 0 || strcmp(a, "-segalign") == 0 ||
                   strcmp(a, "-stack_addr") == 0 || strcmp(a, "-stack_size") == 0) {
            uint32_t x;
            if (i + 1 >= argc || !parse_hex(argv[i + 1], &x)) {
                error("%s needs a hexadecimal argument", a);
                bad = true;
                i++;
                continue;
            }
            i++;
            if (strcmp(a, "-seg1addr") == 0)
                config.seg1addr = x, config.seg1addr_set = true;
            else if (strcmp(a, "-segalign") == 0)
                config.segalign = x;
            else if (strcmp(a, "-stack_addr") == 0)
                config.stack_addr = x, config.stack_addr_set = true;
            else
                config.stack_size = x, config.stack_size_set = true;
        } else if ((v = strcmp(a, "-Map") == 0 ? (i + 1 < argc ? argv[++i] : NULL)
                        : strncmp(a, "-Map=", 5) == 0 ? (char *)a + 5
                        : strncmp(a, "--Map=", 6) == 0 ? (char *)a + 6 : NULL)) {
            config.map = v;
        } else if (strcmp(a, "-z") == 0) {
            i++; /* -z KEYWORD: ELF-only settings */
        } else if (strcmp(a, "-plugin") == 0 || strcmp(a, "-m") == 0) {
            i++;
        } else if (ignored_option(a)) {
        } else if ((v = value_opt(argc, argv, &i, "-o", "--output"))) {
            config.output = v;
        } else if ((v = value_opt(argc, argv, &i, "-e", "--entry"))) {
            config.entry = v;
        } else if ((v = value_opt(argc, argv, &i, "-L", "--library-path"))) {
            push(&config.libdirs, &config.nlibdirs, v);
        } else if ((v = value_opt(argc, argv, &i, "-l", "--library"))) {
            if (strcmp(v, "sys_s") == 0)
                config.libsys = true; /* NeXT cc's -lsys_s: the shared C library (libsys.c) */
            else
                add_arg(ARG_LIB, v);
        } else if (strcmp(a, "--libsys") == 0) {
            config.libsys = true;
        } else if ((v = value_opt(argc, argv, &i, "-u", "--undefined"))) {
            push(&config.undefs, &config.nundefs, v);
        } else if ((v = value_opt(argc, argv, &i, NULL, "--defsym"))) {
            char *eq = strchr(v, '=');
            if (!eq || eq == v || !eq[1]) {
                error("--defsym: expected SYM=VALUE or SYM=SYMBOL, got '%s'", v);
                bad = true;
                continue;
            }
            config.defsyms = xrealloc(config.defsyms,
                                      (size_t)(config.ndefsyms + 1) * sizeof(Defsym));
            Defsym *d = &config.defsyms[config.ndefsyms++];
            d->name = xstrdup(v);
            d->name[eq - v] = 0;
            d->target = NULL;
            d->value = 0;
            if (!parse_num(eq + 1, &d->value))
                d->target = xstrdup(eq + 1);
        } else {
            error("unknown option: %s", a);
            bad = true;
        }
    }
    if (config.segalign == 0 || (config.segalign & (config.segalign - 1)) ||
        config.segalign < 4) {
        error("-segalign 0x%x is not a power of two", config.segalign);
        bad = true;
    } else {
        /* NeXT ld (CCT358 ld/layout.c): __PAGEZERO is one segalign long and the
         * first segment follows it unless -seg1addr says otherwise; -stack_addr
         * or -stack_size add a __UNIXSTACK segment below the stack top, the
         * other value defaulting to USRSTACK / 64 MB (reference section 4). */
        if (!config.seg1addr_set)
            config.seg1addr = config.segalign;
        config.pagezero = config.seg1addr != 0;
        if (config.seg1addr % config.segalign) {
            error("-seg1addr 0x%x is not a multiple of the segment alignment 0x%x",
                  config.seg1addr, config.segalign);
            bad = true;
        }
        config.unixstack = config.stack_addr_set || config.stack_size_set;
        if (config.unixstack) {
            if (!config.stack_addr_set)
                config.stack_addr = NX_USRSTACK;
            if (!config.stack_size_set)
                config.stack_size = NX_STACK_SIZE;
            if (config.stack_addr % config.segalign || config.stack_size % config.segalign ||
                config.stack_size > config.stack_addr) {
                error("-stack_addr 0x%x / -stack_size 0x%x must be multiples of the segment "
                      "alignment 0x%x, size <= address",
                      config.stack_addr, config.stack_size, config.segalign);
                bad = true;
            }
        }
    }
    if (bad || nerrors)
        fail_exit();
}

/* ---- reading inputs ---- */

static Input *inputs;
static int ninputs;
static BcJob *jobs;
static int njobs;
static Obj **job_obj;

static void add_input(Input in)
{
    inputs = xrealloc(inputs, (size_t)(ninputs + 1) * sizeof(Input));
    inputs[ninputs++] = in;
}

static Obj *new_obj(const char *name, const uint8_t *d, size_t n)
{
    Obj *o = xcalloc(1, sizeof *o);
    o->name = xstrdup(name);
    o->data = d;
    o->size = n;
    return o;
}

static void add_job(const char *name, Obj *o)
{
    jobs = xrealloc(jobs, (size_t)(njobs + 1) * sizeof(BcJob));
    job_obj = xrealloc(job_obj, (size_t)(njobs + 1) * sizeof(Obj *));
    jobs[njobs] = (BcJob){.name = name, .data = o->data, .size = o->size};
    job_obj[njobs] = o;
    njobs++;
}

static char *find_lib(const char *name)
{
    for (int i = 0; i < config.nlibdirs; i++) {
        char *p = name[0] == ':' ? xasprintf("%s/%s", config.libdirs[i], name + 1)
                                 : xasprintf("%s/lib%s.a", config.libdirs[i], name);
        if (access(p, R_OK) == 0)
            return p;
        free(p);
    }
    return NULL;
}

static bool is_rmeta_member(const char *name)
{
    size_t n = strlen(name);
    return n >= 7 && strcmp(name + n - 7, ".rmeta)") == 0;
}

static void open_inputs(void)
{
    bool whole = false;
    for (int i = 0; i < nargs; i++) {
        Arg *a = &args[i];
        if (a->kind == ARG_GROUP_START || a->kind == ARG_GROUP_END) {
            add_input((Input){.kind = a->kind == ARG_GROUP_START ? IN_GROUP_START : IN_GROUP_END});
            continue;
        }
        if (a->kind == ARG_WHOLE_ON || a->kind == ARG_WHOLE_OFF) {
            whole = a->kind == ARG_WHOLE_ON;
            continue;
        }
        char *path = a->s;
        if (a->kind == ARG_LIB) {
            path = find_lib(a->s);
            if (!path) {
                error("unable to find library -l%s", a->s);
                continue;
            }
        }
        uint8_t *d;
        size_t n;
        if (!map_file(path, &d, &n)) {
            error("cannot open %s: %s", path, strerror(errno));
            continue;
        }
        if (is_archive(d, n)) {
            Archive *ar = parse_archive(path, d, n);
            if (!ar)
                continue;
            for (int k = 0; k < ar->n; k++) {
                Member *m = &ar->m[k];
                if (is_bitcode(m->data, m->size)) {
                    m->obj = new_obj(m->name, m->data, m->size);
                    m->bitcode = true;
                    add_job(m->name, m->obj);
                } else if ((is_elf(m->data, m->size) && !is_rmeta_member(m->name)) ||
                           is_macho_obj(m->data, m->size)) {
                    m->obj = new_obj(m->name, m->data, m->size);
                }
                /* Anything else (rustc metadata, text files) cannot define symbols. */
            }
            add_input((Input){.kind = IN_ARCHIVE, .ar = ar, .whole = whole});
        } else if (is_bitcode(d, n)) {
            Obj *o = new_obj(path, d, n);
            add_job(o->name, o);
            add_input((Input){.kind = IN_OBJ, .obj = o});
        } else if (is_elf(d, n) || is_macho_obj(d, n)) {
            add_input((Input){.kind = IN_OBJ, .obj = new_obj(path, d, n)});
        } else {
            error("%s: file format not recognized", path);
        }
    }
}

static void convert_all_bitcode(void)
{
    if (!convert_bitcode(jobs, njobs))
        return;
    for (int i = 0; i < njobs; i++) {
        job_obj[i]->data = jobs[i].out;
        job_obj[i]->size = jobs[i].outsize;
    }
}

static void parse_objects(void)
{
    for (int i = 0; i < ninputs; i++) {
        if (inputs[i].kind == IN_OBJ)
            parse_any(inputs[i].obj);
        else if (inputs[i].kind == IN_ARCHIVE)
            for (int k = 0; k < inputs[i].ar->n; k++)
                if (inputs[i].ar->m[k].obj && !parse_any(inputs[i].ar->m[k].obj))
                    inputs[i].ar->m[k].obj = NULL;
    }
}

/* Interrupted: stop next-llc children, remove temporaries, die by the signal. */
static void on_signal(int sig)
{
    bitcode_cleanup_signal();
    cleanup_output();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void stop_on_errors(void)
{
    if (nerrors)
        fail_exit();
}

int main(int argc, char **argv)
{
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_signal);
    parse_args(argc, argv);                 /* GNU ld command line, @response files */
    open_inputs();                          /* read files; classify ELF / archive / bitcode */
    stop_on_errors();
    if (opt_archive && !opt_relocatable) {  /* --archive: MH_OBJECTs + __.SYMDEF (symdef.c) */
        archive_inputs(inputs, ninputs);
        stop_on_errors();
        return 0;
    }
    convert_all_bitcode();                  /* next-llc on every bitcode input, parallel, cached */
    stop_on_errors();
    parse_objects();                        /* ELF headers, sections, symbols, RELA tables */
    stop_on_errors();
    if (opt_relocatable) {                  /* -r: one NeXT MH_OBJECT (macho_obj.c) */
        relocatable_link(inputs, ninputs);
        stop_on_errors();
        return 0;
    }
    load_inputs(inputs, ninputs);           /* resolve symbols, pull archive members GNU-style */
    if (config.libsys)
        libsys_resolve();                   /* libsys_s.B.shlib jump table, last like -lsys_s */
    check_undefined();                      /* the entry point must exist */
    stop_on_errors();
    mark_live();                            /* --gc-sections: keep what the roots reach */
    layout();                               /* place sections, NeXT segment addresses */
    stop_on_errors();
    apply_relocs();                         /* patch fields; undefined symbols, range checks */
    stop_on_errors();
    write_output();                         /* Mach-O image, atomically renamed into place */
    if (config.map)
        write_map();                        /* -Map: human-readable link map */
    write_debug_file();                     /* OUTPUT.dbg: DWARF at final addresses, for gdb */
    stop_on_errors();
    return 0;
}
