/*
 * High-level emulation of NeXTSTEP 3.3's shared C library libsys_s.B.shlib
 * (minor version 55), for programs linked by NeXT's cc / next-ld --libsys
 * when the proprietary library file is not in the guest root.
 *
 * Such a program calls fixed jump-table slots at 0x050xxxxx and addresses
 * libsys variables at 0x0401xxxx (shared/reference/nextstep-m68k-abi.md
 * section 4; the addresses are the one table src/ld/libsys-m68k-55.tsv,
 * compiled in as build/gen/libsys_table.h).  Instead of the library we map
 *   * its jump-table pages, every known slot holding `trap #13` followed by
 *     two `illegal` words: the trap reaches the loader's SIGILL handler,
 *     which calls libsys_trap() with the slot address (pc - 2);
 *   * its data page at 0x04010000: _iob[20] (the FILE structures), errno,
 *     vm_page_size, the __libsys_* words crt0's __fvmlib_init0 table fills;
 *   * a heap for the malloc family.
 * Each function is a native implementation that reads its arguments from
 * the guest stack NeXT cc's way (section 8: all arguments on the stack, 4
 * bytes each, doubles 8, at sp+4 on entry since sp points at the return
 * address; caller pops) and returns in d0 -- pointers too.  a0 gets the same
 * value, because GCC-for-Linux-compiled callers read pointer results there.
 * The return is done here: pc = the popped return address.
 *
 * FILE is 4.3BSD's struct _iobuf (Berkeley stdio.h 5.5, as in the
 * unix-history repository usr/src/include/stdio.h): int _cnt @0,
 * char *_ptr @4, char *_base @8, int _bufsiz @12, short _flag @16,
 * char _file @18, 20 bytes with NeXT's 2-byte struct rounding; _iob[] has 20
 * entries (0x190 bytes up to the next libsys symbol).  _cnt and _bufsiz stay
 * 0 so the getc/putc macros of NeXT's <stdio.h> always call _flsbuf; the
 * buffers live in the loader, keyed by the FILE's index.
 * Guest pointers are checked with guest_ok(); a bad one ends the program
 * like the real library's SIGSEGV would (status 139, one-line message).
 */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ucontext.h>
#include <unistd.h>

#include "be.h"
#include "libsys.h"
#include "loader.h"
#include "macho.h"
#include "nx_abi.h"

enum { LIBSYS_TEXT, LIBSYS_DATA };

static const struct libsys_sym {
    const char *name;   /* Mach-O name, with the C leading underscore */
    uint32_t addr;
    int kind;
} libsys_syms[] = {
#define LIBSYS_SYM(n, a, k) { n, a, k },
#include "libsys_table.h"
#undef LIBSYS_SYM
};
#define NSYMS (sizeof libsys_syms / sizeof libsys_syms[0])

#define LIBSYS_TEXT_LO_NX 0x05000000u   /* header_addr of the library */
#define LIBSYS_TEXT_HI_NX 0x05008000u
#define LIBSYS_DATA_LO_NX 0x04010000u
#define LIBSYS_DATA_HI_NX 0x04012000u
#define TRAP_LIBSYS_NX    13            /* our slot stub: trap #13 (qemu makes #15 SIGTRAP) */
#define HEAP_SIZE_NX      0x04000000u   /* 64 MB of guest heap */

/* 4.3BSD stdio (see the header comment). */
#define NFILE_NX     20
#define FILE_SIZE_NX 20
#define F_FLAG 16
#define F_FILE 18
#define IOREAD_NX  01
#define IOWRT_NX   02
#define IONBF_NX   04
#define IOEOF_NX   020
#define IOERR_NX   040
#define IOLBF_NX   0200
#define IORW_NX    0400
/* 4.3BSD <ctype.h> classes of _ctype_[1 + c]. */
#define CT_U 01
#define CT_L 02
#define CT_N 04
#define CT_S 010
#define CT_P 020
#define CT_C 040
#define CT_X 0100
#define CT_B 0200

int libsys_hle;
static uint32_t a_iob, a_errno, heap_lo, heap_cur, heap_hi;
static const struct libsys_sym *cur_fn;   /* for messages */

static uint32_t sym_addr_of(const char *name)
{
    for (size_t i = 0; i < NSYMS; i++)
        if (!strcmp(libsys_syms[i].name, name))
            return libsys_syms[i].addr;
    return 0;
}

/* ---- guest memory helpers ------------------------------------------------ */

static void flush_all(void);

static _Noreturn void bad_ptr(uint32_t a)
{
    flush_all();
    say("next-run: libsys: %s: invalid address 0x%08x", cur_fn ? cur_fn->name + 1 : "?", a);
    _exit(128 + SIGSEGV_NX);
}

static void need(uint32_t a, uint32_t len, int access)
{
    if (len && !guest_ok(a, len, access))
        bad_ptr(a);
}

static uint32_t arg(uint32_t sp, int i)
{
    need(sp + 4 + 4u * (uint32_t)i, 4, 1);
    return be32(gptr(sp + 4 + 4u * (uint32_t)i));
}

/* Length of the NUL-terminated guest string at a (at most max bytes looked
 * at), checking readability page by page. */
static size_t gstrnlen(uint32_t a, size_t max)
{
    size_t n = 0;
    while (n < max) {
        uint32_t p = a + (uint32_t)n;
        uint32_t chunk = NX_PAGE_SIZE - (p & (NX_PAGE_SIZE - 1));
        if (chunk > max - n)
            chunk = (uint32_t)(max - n);
        need(p, 1, 1);
        if (!guest_ok(p, chunk, 1))
            chunk = 1;
        const char *z = memchr(gptr(p), 0, chunk);
        if (z)
            return n + (size_t)(z - (const char *)gptr(p));
        n += chunk;
    }
    return max;
}
static size_t gstrlen(uint32_t a) { return gstrnlen(a, (size_t)-1 >> 1); }

static void set_errno(int nx) { put_be32(gptr(a_errno), (uint32_t)nx); }

/* ---- output buffers of the 20 FILEs ---------------------------------------- */

struct hfile { char *buf; size_t len, cap; };
static struct hfile hf[NFILE_NX];

static int file_index(uint32_t f)
{
    if (f < a_iob || f >= a_iob + NFILE_NX * FILE_SIZE_NX || (f - a_iob) % FILE_SIZE_NX)
        return -1;
    return (int)((f - a_iob) / FILE_SIZE_NX);
}
static uint32_t fflag(int i) { return be16(gptr(a_iob + (uint32_t)i * FILE_SIZE_NX + F_FLAG)); }
static void set_fflag(int i, uint32_t v) { put_be16(gptr(a_iob + (uint32_t)i * FILE_SIZE_NX + F_FLAG), (uint16_t)v); }
static int ffd(int i) { return *(int8_t *)gptr(a_iob + (uint32_t)i * FILE_SIZE_NX + F_FILE); }

static int write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            set_errno(nx_errno(w < 0 ? errno : EIO));
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int flush_file(int i)
{
    int r = 0;
    if (hf[i].len && write_all(ffd(i), hf[i].buf, hf[i].len) < 0) {
        set_fflag(i, fflag(i) | IOERR_NX);
        r = -1;
    }
    hf[i].len = 0;
    return r;
}

static void flush_all(void)
{
    if (!a_iob)
        return;
    for (int i = 0; i < NFILE_NX; i++)
        flush_file(i);
}

/* Append bytes to FILE i with its buffering: unbuffered (_IONBF), line
 * buffered (_IOLBF: flush through the last newline) or fully buffered. */
static int file_put(int i, const char *p, size_t n)
{
    uint32_t fl = fflag(i);
    if (!(fl & (IOWRT_NX | IORW_NX))) {
        set_fflag(i, fl | IOERR_NX);
        set_errno(EBADF_NX);
        return -1;
    }
    if (fl & IONBF_NX)
        return flush_file(i) < 0 || write_all(ffd(i), p, n) < 0 ? -1 : 0;
    if (hf[i].len + n > hf[i].cap) {
        size_t c = hf[i].cap ? hf[i].cap : 8192;
        while (c < hf[i].len + n)
            c *= 2;
        char *b = realloc(hf[i].buf, c);
        if (!b)
            fatal("out of memory");
        hf[i].buf = b;
        hf[i].cap = c;
    }
    memcpy(hf[i].buf + hf[i].len, p, n);
    hf[i].len += n;
    if (((fl & IOLBF_NX) && memchr(p, '\n', n)) || hf[i].len >= 8192)
        return flush_file(i);
    return 0;
}

/* ---- printf formatting from guest arguments -------------------------------- */

struct out { char *p; size_t n, cap; };

static void out_put(struct out *o, const char *s, size_t n)
{
    if (o->n + n + 1 > o->cap) {
        size_t c = o->cap ? o->cap : 256;
        while (c < o->n + n + 1)
            c *= 2;
        char *b = realloc(o->p, c);
        if (!b)
            fatal("out of memory");
        o->p = b;
        o->cap = c;
    }
    memcpy(o->p + o->n, s, n);
    o->n += n;
    o->p[o->n] = 0;
}

static void out_fmt(struct out *o, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        out_put(o, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big)
        fatal("out of memory");
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    out_put(o, big, (size_t)n);
    free(big);
}

/* Format like NeXT's printf (4.3BSD-Reno vfprintf conversions: d i o u x X
 * D O U c s p n e E f g G %, flags - + space # 0, width and precision with '*',
 * size h l ll/q L).  *ap walks the guest argument words; each conversion is
 * handed to the loader's own snprintf with the same flags. */
static void format(struct out *o, uint32_t fmt, uint32_t *ap)
{
    size_t flen = gstrlen(fmt);
    const char *f = gptr(fmt), *end = f + flen;
#define NEXT32() (need(*ap, 4, 1), *ap += 4, be32(gptr(*ap - 4)))
    while (f < end) {
        const char *pct = memchr(f, '%', (size_t)(end - f));
        if (!pct) {
            out_put(o, f, (size_t)(end - f));
            break;
        }
        out_put(o, f, (size_t)(pct - f));
        f = pct + 1;
        char spec[32];
        size_t k = 0;
        spec[k++] = '%';
        while (f < end && strchr("-+ #0", *f) && k < 10)
            spec[k++] = *f++;
        int width = 0, have_w = 0, prec = -1;
        if (f < end && *f == '*') {
            width = (int32_t)NEXT32();
            have_w = 1;
            f++;
        } else if (f < end && *f >= '0' && *f <= '9') {
            while (f < end && *f >= '0' && *f <= '9')
                width = width * 10 + (*f++ - '0');
            have_w = 1;
        }
        if (f < end && *f == '.') {
            f++;
            prec = 0;
            if (f < end && *f == '*') {
                prec = (int32_t)NEXT32();
                f++;
            } else {
                while (f < end && *f >= '0' && *f <= '9')
                    prec = prec * 10 + (*f++ - '0');
            }
        }
        int size = 0; /* -1 h, 1 l, 2 ll/q, 3 L */
        while (f < end && strchr("hlqL", *f)) {
            if (*f == 'h') size = -1;
            else if (*f == 'l') size = size == 1 ? 2 : 1;
            else if (*f == 'q') size = 2;
            else size = 3;
            f++;
        }
        if (f >= end) {
            out_put(o, pct, (size_t)(end - pct));
            break;
        }
        char c = *f++;
        if (c == 'D' || c == 'O' || c == 'U') { /* 4.3BSD: %D = %ld, %O = %lo, %U = %lu */
            c = (char)(c - 'A' + 'a');
            size = 1;
        }
        if (have_w)
            spec[k++] = '*';
        if (prec >= 0) {
            spec[k++] = '.';
            spec[k++] = '*';
        }
        int w = width, pr = prec < 0 ? 0 : prec;
        if (!have_w)
            w = 0;
#define EMIT(lenmod, conv, val) do { \
            size_t kk = k; \
            for (const char *m = lenmod; *m; m++) spec[kk++] = *m; \
            spec[kk++] = conv; spec[kk] = 0; \
            if (have_w && prec >= 0) out_fmt(o, spec, w, pr, val); \
            else if (have_w) out_fmt(o, spec, w, val); \
            else if (prec >= 0) out_fmt(o, spec, pr, val); \
            else out_fmt(o, spec, val); \
        } while (0)
        switch (c) {
        case 'd': case 'i': {
            long long v;
            if (size == 2) {
                uint32_t hi = NEXT32(), lo = NEXT32();
                v = (long long)(((uint64_t)hi << 32) | lo);
            } else {
                v = (int32_t)NEXT32();
                if (size == -1)
                    v = (int16_t)v;
            }
            EMIT("ll", c, v);
            break;
        }
        case 'o': case 'u': case 'x': case 'X': {
            unsigned long long v;
            if (size == 2) {
                uint32_t hi = NEXT32(), lo = NEXT32();
                v = ((uint64_t)hi << 32) | lo;
            } else {
                v = NEXT32();
                if (size == -1)
                    v = (uint16_t)v;
            }
            EMIT("ll", c, v);
            break;
        }
        case 'c':
            EMIT("", 'c', (int)(uint8_t)NEXT32());
            break;
        case 's': {
            uint32_t s = NEXT32();
            if (!s) {
                EMIT("", 's', "(null)");
                break;
            }
            size_t n = gstrnlen(s, prec >= 0 ? (size_t)prec : (size_t)-1 >> 1);
            char *tmp = malloc(n + 1);
            if (!tmp)
                fatal("out of memory");
            memcpy(tmp, gptr(s), n);
            tmp[n] = 0;
            EMIT("", 's', tmp);
            free(tmp);
            break;
        }
        case 'p': {
            char hex[16];
            snprintf(hex, sizeof hex, "0x%x", NEXT32());
            int left = memchr(spec, '-', k) != NULL;
            out_fmt(o, left ? "%-*s" : "%*s", w, hex);
            break;
        }
        case 'n': {
            uint32_t p = NEXT32();
            need(p, 4, 2);
            put_be32(gptr(p), (uint32_t)o->n);
            break;
        }
        case 'e': case 'E': case 'f': case 'g': case 'G': {
            if (size == 3) { /* long double: 96-bit 68881 extended, as the host's */
                long double v;
                need(*ap, 12, 1);
                memcpy(&v, gptr(*ap), 12);
                *ap += 12;
                EMIT("L", c, v);
            } else {
                uint32_t hi = NEXT32(), lo = NEXT32();
                uint64_t bits = ((uint64_t)hi << 32) | lo;
                double v;
                memcpy(&v, &bits, 8);
                EMIT("", c, v);
            }
            break;
        }
        case '%':
            out_put(o, "%", 1);
            break;
        default: /* unknown conversion: printed as written */
            out_put(o, pct, (size_t)(f - pct));
            break;
        }
    }
#undef NEXT32
#undef EMIT
}

/* printf-family tail: format, write to FILE fp, return count or -1 (EOF). */
static uint32_t print_to(uint32_t fp, uint32_t fmt, uint32_t ap)
{
    int i = file_index(fp);
    if (i < 0)
        bad_ptr(fp);
    struct out o = {0};
    format(&o, fmt, &ap);
    int r = o.n ? file_put(i, o.p, o.n) : 0;
    free(o.p);
    return r < 0 ? (uint32_t)-1 : (uint32_t)o.n;
}

/* ---- malloc family: power-of-two size classes in one heap region --------------
 * Block = 8-byte header {magic, class} + data; free blocks of class k are
 * chained through their first data word. */
#define MAGIC_NX 0x4e586d61u /* "NXma" */
static uint32_t freelist[32];

static uint32_t hmalloc(uint32_t n)
{
    int k = 4;
    while (k < 31 && (1u << k) - 8 < n)
        k++;
    uint32_t b;
    if (freelist[k]) {
        b = freelist[k];
        freelist[k] = be32(gptr(b + 8));
    } else {
        if (k >= 31 || heap_hi - heap_cur < (1u << k)) {
            set_errno(ENOMEM_NX);
            return 0;
        }
        b = heap_cur;
        heap_cur += 1u << k;
    }
    put_be32(gptr(b), MAGIC_NX);
    put_be32(gptr(b + 4), (uint32_t)k);
    return b + 8;
}

static int block_class(uint32_t p)
{
    if (p < heap_lo + 8 || p >= heap_cur || (p & 7) || be32(gptr(p - 8)) != MAGIC_NX)
        return -1;
    uint32_t k = be32(gptr(p - 4));
    return k >= 4 && k < 31 ? (int)k : -1;
}

static void hfree(uint32_t p)
{
    if (!p)
        return;
    int k = block_class(p);
    if (k < 0) {
        flush_all();
        say("next-run: libsys: free: 0x%08x was not allocated by malloc", p);
        _exit(128 + SIGIOT_NX);
    }
    put_be32(gptr(p - 8), 0);
    put_be32(gptr(p), freelist[k]);
    freelist[k] = p - 8;
}

/* ---- the functions ------------------------------------------------------------
 * Each gets the saved registers and sp (pointing at the return address)
 * and returns the d0 value; those that set pc themselves (exit with atexit
 * functions, longjmp) set *jumped. */
typedef uint32_t (*libsys_fn)(int *g, uint32_t sp, int *jumped);

static uint32_t atexit_fns[32];
static int natexit;

static _Noreturn void do_exit(int status)
{
    flush_all();
    _exit(status & 0xff);
}

static uint32_t f_exit(int *g, uint32_t sp, int *jumped)
{
    uint32_t status = arg(sp, 0);
    if (natexit > 0) {
        /* Run the last registered function in the guest: it returns into
         * this slot again, which sees exit(status) once more. */
        uint32_t fn = atexit_fns[--natexit];
        uint32_t nsp = sp - 12;
        need(nsp, 12, 2);
        put_be32(gptr(nsp), sym_addr_of("_exit"));     /* fn returns into exit */
        put_be32(gptr(nsp + 4), 0);                     /* exit's return slot */
        put_be32(gptr(nsp + 8), status);
        g[R_SP] = (int)nsp;
        g[R_PC] = (int)fn;
        *jumped = 1;
        return 0;
    }
    do_exit((int)status);
}
static uint32_t f__exit(int *g, uint32_t sp, int *j) { _exit((int)(arg(sp, 0) & 0xff)); }
static uint32_t f_abort(int *g, uint32_t sp, int *j)
{
    say("next-run: libsys: abort() called");
    _exit(128 + SIGIOT_NX);
}
static uint32_t f_atexit(int *g, uint32_t sp, int *j)
{
    if (natexit == 32)
        return (uint32_t)-1;
    atexit_fns[natexit++] = arg(sp, 0);
    return 0;
}
static uint32_t f_nop(int *g, uint32_t sp, int *j) { return 0; }

static uint32_t f_printf(int *g, uint32_t sp, int *j) { return print_to(a_iob + FILE_SIZE_NX, arg(sp, 0), sp + 8); }
static uint32_t f_fprintf(int *g, uint32_t sp, int *j) { return print_to(arg(sp, 0), arg(sp, 1), sp + 12); }
/* _doprnt(format, args, iop): 4.3BSD's printf engine, args = va_list. */
static uint32_t f_doprnt(int *g, uint32_t sp, int *j) { return print_to(arg(sp, 2), arg(sp, 0), arg(sp, 1)); }

static uint32_t f_fflush(int *g, uint32_t sp, int *j)
{
    uint32_t fp = arg(sp, 0);
    if (!fp) {
        flush_all();
        return 0;
    }
    int i = file_index(fp);
    if (i < 0)
        bad_ptr(fp);
    return flush_file(i) < 0 ? (uint32_t)-1 : 0;
}
static uint32_t f_cleanup(int *g, uint32_t sp, int *j) { flush_all(); return 0; }
static uint32_t f_fclose(int *g, uint32_t sp, int *j)
{
    int i = file_index(arg(sp, 0));
    if (i < 0)
        bad_ptr(arg(sp, 0));
    if (!(fflag(i) & (IOREAD_NX | IOWRT_NX | IORW_NX)))
        return (uint32_t)-1;
    int r = flush_file(i);
    if (close(ffd(i)) < 0)
        r = -1;
    set_fflag(i, 0);
    return (uint32_t)r;
}
/* _flsbuf(c, iop): what putc() calls when the FILE's count runs out. */
static uint32_t f_flsbuf(int *g, uint32_t sp, int *j)
{
    char c = (char)arg(sp, 0);
    int i = file_index(arg(sp, 1));
    if (i < 0)
        bad_ptr(arg(sp, 1));
    return file_put(i, &c, 1) < 0 ? (uint32_t)-1 : (uint8_t)c;
}

static const char *errstr(int e, char *buf, size_t n)
{
    /* NeXT errno values 1-34 are the 4.3BSD ones, the same as Linux's. */
    if (e > 0 && e <= 34)
        return strerror(e);
    snprintf(buf, n, "Unknown error: %d", e);
    return buf;
}

static uint32_t f_perror(int *g, uint32_t sp, int *j)
{
    uint32_t s = arg(sp, 0);
    char tmp[48];
    struct out o = {0};
    if (s) {
        size_t n = gstrlen(s);
        if (n) {
            out_put(&o, gptr(s), n);
            out_put(&o, ": ", 2);
        }
    }
    const char *m = errstr((int)be32(gptr(a_errno)), tmp, sizeof tmp);
    out_put(&o, m, strlen(m));
    out_put(&o, "\n", 1);
    file_put(2, o.p, o.n);
    free(o.p);
    return 0;
}

static uint32_t f_malloc(int *g, uint32_t sp, int *j) { return hmalloc(arg(sp, 0)); }
static uint32_t f_calloc(int *g, uint32_t sp, int *j)
{
    uint64_t n = (uint64_t)arg(sp, 0) * arg(sp, 1);
    if (n > 0x7fffffffu) {
        set_errno(ENOMEM_NX);
        return 0;
    }
    uint32_t p = hmalloc((uint32_t)n);
    if (p)
        memset(gptr(p), 0, (size_t)n);
    return p;
}
static uint32_t f_valloc(int *g, uint32_t sp, int *j)
{
    /* Page-aligned: blocks of at least a page are page-aligned only by
     * luck, so allocate a page more and keep the header just below. */
    uint32_t n = arg(sp, 0);
    uint32_t p = hmalloc(n + NX_PAGE_SIZE);
    if (!p)
        return 0;
    uint32_t a = (p + NX_PAGE_SIZE - 1) & ~(NX_PAGE_SIZE - 1);
    if (a != p) { /* not freeable: valloc'd memory is rarely freed */
        put_be32(gptr(a - 8), 0);
    }
    return a;
}
static uint32_t f_free(int *g, uint32_t sp, int *j) { hfree(arg(sp, 0)); return 0; }
static uint32_t f_realloc(int *g, uint32_t sp, int *j)
{
    uint32_t p = arg(sp, 0), n = arg(sp, 1);
    if (!p)
        return hmalloc(n);
    int k = block_class(p);
    if (k < 0)
        bad_ptr(p);
    if (n <= (1u << k) - 8)
        return p;
    uint32_t q = hmalloc(n);
    if (!q)
        return 0;
    memcpy(gptr(q), gptr(p), (1u << k) - 8);
    hfree(p);
    return q;
}
static uint32_t f_malloc_size(int *g, uint32_t sp, int *j)
{
    int k = block_class(arg(sp, 0));
    return k < 0 ? 0 : (1u << k) - 8;
}
static uint32_t f_malloc_good_size(int *g, uint32_t sp, int *j)
{
    uint32_t n = arg(sp, 0);
    int k = 4;
    while (k < 31 && (1u << k) - 8 < n)
        k++;
    return (1u << k) - 8;
}

static uint32_t f_strlen(int *g, uint32_t sp, int *j) { return (uint32_t)gstrlen(arg(sp, 0)); }
static uint32_t f_strcpy(int *g, uint32_t sp, int *j)
{
    uint32_t d = arg(sp, 0), s = arg(sp, 1);
    size_t n = gstrlen(s) + 1;
    need(d, (uint32_t)n, 2);
    memmove(gptr(d), gptr(s), n);
    return d;
}
static uint32_t f_strncpy(int *g, uint32_t sp, int *j)
{
    uint32_t d = arg(sp, 0), s = arg(sp, 1), n = arg(sp, 2);
    need(d, n, 2);
    size_t l = gstrnlen(s, n);
    memmove(gptr(d), gptr(s), l);
    memset((char *)gptr(d) + l, 0, n - l);
    return d;
}
static uint32_t f_strcmp(int *g, uint32_t sp, int *j)
{
    uint32_t a = arg(sp, 0), b = arg(sp, 1);
    gstrlen(a);
    gstrlen(b);
    return (uint32_t)strcmp(gptr(a), gptr(b));
}
static uint32_t f_strncmp(int *g, uint32_t sp, int *j)
{
    uint32_t a = arg(sp, 0), b = arg(sp, 1), n = arg(sp, 2);
    gstrnlen(a, n);
    gstrnlen(b, n);
    return (uint32_t)strncmp(gptr(a), gptr(b), n);
}
static uint32_t f_strrchr(int *g, uint32_t sp, int *j)
{
    uint32_t s = arg(sp, 0);
    char c = (char)arg(sp, 1);
    size_t n = gstrlen(s);
    for (size_t i = n + 1; i-- > 0;)
        if (((const char *)gptr(s))[i] == c)
            return s + (uint32_t)i;
    return 0;
}
static uint32_t f_memmove(int *g, uint32_t sp, int *j)
{
    uint32_t d = arg(sp, 0), s = arg(sp, 1), n = arg(sp, 2);
    need(s, n, 1);
    need(d, n, 2);
    memmove(gptr(d), gptr(s), n);
    return d;
}
static uint32_t f_memset(int *g, uint32_t sp, int *j)
{
    uint32_t d = arg(sp, 0), n = arg(sp, 2);
    need(d, n, 2);
    memset(gptr(d), (int)(arg(sp, 1) & 0xff), n);
    return d;
}
/* bcopy(src, dst, n): overlapping copies allowed. */
static uint32_t f_bcopy(int *g, uint32_t sp, int *j)
{
    uint32_t s = arg(sp, 0), d = arg(sp, 1), n = arg(sp, 2);
    need(s, n, 1);
    need(d, n, 2);
    memmove(gptr(d), gptr(s), n);
    return 0;
}
static uint32_t f_bzero(int *g, uint32_t sp, int *j)
{
    uint32_t d = arg(sp, 0), n = arg(sp, 1);
    need(d, n, 2);
    memset(gptr(d), 0, n);
    return 0;
}
static uint32_t f_isatty(int *g, uint32_t sp, int *j) { return (uint32_t)isatty((int)arg(sp, 0)); }
static uint32_t f_getpid(int *g, uint32_t sp, int *j) { return (uint32_t)getpid(); }
static uint32_t f_getdtablesize(int *g, uint32_t sp, int *j) { return NX_DTABLESIZE; }
static uint32_t f_write(int *g, uint32_t sp, int *j)
{
    uint32_t fd = arg(sp, 0), b = arg(sp, 1), n = arg(sp, 2);
    need(b, n, 1);
    ssize_t w = write((int)fd, gptr(b), n);
    if (w < 0) {
        set_errno(nx_errno(errno));
        return (uint32_t)-1;
    }
    return (uint32_t)w;
}
static double arg_double(uint32_t sp, int i)
{
    uint64_t bits = ((uint64_t)arg(sp, i) << 32) | arg(sp, i + 1);
    double v;
    memcpy(&v, &bits, 8);
    return v;
}
static uint32_t f_isinf(int *g, uint32_t sp, int *j) { return isinf(arg_double(sp, 0)) != 0; }
static uint32_t f_isnan(int *g, uint32_t sp, int *j) { return isnan(arg_double(sp, 0)) != 0; }

/* setjmp(env) / longjmp(env, v): our own jmp_buf layout (libsys owns it):
 * d2-d7, a2-a6, the caller's sp after return, the return pc. */
static uint32_t f_setjmp(int *g, uint32_t sp, int *j)
{
    uint32_t env = arg(sp, 0);
    need(env, 13 * 4, 2);
    for (int r = 0; r < 6; r++)
        put_be32(gptr(env + 4u * (uint32_t)r), (uint32_t)g[2 + r]);
    for (int r = 0; r < 5; r++)
        put_be32(gptr(env + 24 + 4u * (uint32_t)r), (uint32_t)g[10 + r]);
    put_be32(gptr(env + 44), sp + 4);
    put_be32(gptr(env + 48), be32(gptr(sp)));
    return 0;
}
static uint32_t f_longjmp(int *g, uint32_t sp, int *jumped)
{
    uint32_t env = arg(sp, 0), v = arg(sp, 1);
    need(env, 13 * 4, 1);
    for (int r = 0; r < 6; r++)
        g[2 + r] = (int)be32(gptr(env + 4u * (uint32_t)r));
    for (int r = 0; r < 5; r++)
        g[10 + r] = (int)be32(gptr(env + 24 + 4u * (uint32_t)r));
    g[R_SP] = (int)be32(gptr(env + 44));
    g[R_PC] = (int)be32(gptr(env + 48));
    g[R_D0] = (int)(v ? v : 1);
    *jumped = 1;
    return 0;
}

/* Native implementations by Mach-O name; a name must be in the table
 * (libsys-m68k-55.tsv) to be reachable. */
static const struct { const char *name; libsys_fn fn; } impls[] = {
    { "_exit", f_exit }, { "__exit", f__exit }, { "_abort", f_abort },
    { "_atexit", f_atexit }, { "__atexit", f_atexit },
    { "_printf", f_printf }, { "_fprintf", f_fprintf }, { "__doprnt", f_doprnt },
    { "_fflush", f_fflush }, { "_fclose", f_fclose }, { "__flsbuf", f_flsbuf },
    { "__cleanup", f_cleanup }, { "_perror", f_perror },
    { "_malloc", f_malloc }, { "_calloc", f_calloc }, { "_realloc", f_realloc },
    { "_free", f_free }, { "__valloc", f_valloc }, { "__malloc_size", f_malloc_size },
    { "__malloc_good_size", f_malloc_good_size }, { "__malloc_debug", f_nop },
    { "__malloc_singlethreaded", f_nop }, { "__mstats", f_nop },
    { "_strlen", f_strlen }, { "_strcpy", f_strcpy }, { "_strncpy", f_strncpy },
    { "_strcmp", f_strcmp }, { "_strncmp", f_strncmp }, { "_strrchr", f_strrchr },
    { "_memmove", f_memmove }, { "_memset", f_memset },
    { "_bcopy", f_bcopy }, { "__bcopy", f_bcopy }, { "_bzero", f_bzero }, { "__bzero", f_bzero },
    { "__isatty", f_isatty }, { "__getpid", f_getpid }, { "__getdtablesize", f_getdtablesize },
    { "__write", f_write }, { "__isinf", f_isinf }, { "__isnan", f_isnan },
    { "_setjmp", f_setjmp }, { "__setjmp", f_setjmp },
    { "_longjmp", f_longjmp }, { "__longjmp", f_longjmp },
    /* What crt0 calls: nothing to initialise in the emulation. */
    { "__cplus_init", f_nop }, { "__mach_init", f_nop }, { "__cthread_init", f_nop },
    { "__init_process", f_nop }, { "__mig_init", f_nop },
};

/* Jump-table slots sorted by address, with their implementation. */
static struct slot { uint32_t addr; const struct libsys_sym *sym; libsys_fn fn; } slots[NSYMS];
static int nslots;

static int cmp_slot(const void *a, const void *b)
{
    uint32_t x = ((const struct slot *)a)->addr, y = ((const struct slot *)b)->addr;
    return x < y ? -1 : x > y;
}

/* Text-segment symbols that are data, not functions (library constants). */
static int is_text_data(const char *n)
{
    return !strcmp(n, "__sys_errlist") || !strcmp(n, "__sys_nerr") || !strcmp(n, "__ctype_");
}

static void map_fixed(uint32_t lo, uint32_t hi, int nxprot, const char *what)
{
    if (region_overlaps(lo, hi))
        fatal("libsys emulation: %s at 0x%08x overlaps the program", what, lo);
    if (mmap(gptr(lo), hi - lo, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
             -1, 0) == MAP_FAILED)
        fatal("libsys emulation: cannot map %s at 0x%08x: %s", what, lo, strerror(errno));
    region_add(lo, hi, nxprot, REG_SEGMENT);
}

void libsys_map(void)
{
    map_fixed(LIBSYS_TEXT_LO_NX, LIBSYS_TEXT_HI_NX, VM_PROT_READ_NX | VM_PROT_EXECUTE_NX, "the jump table");
    map_fixed(LIBSYS_DATA_LO_NX, LIBSYS_DATA_HI_NX, VM_PROT_READ_NX | VM_PROT_WRITE_NX, "the data");
    /* Everything that is not a known slot is `illegal`: a jump to an
     * unknown library address stops at once with SIGILL. */
    for (uint32_t x = LIBSYS_TEXT_LO_NX; x < LIBSYS_TEXT_HI_NX; x += 2)
        put_be16(gptr(x), 0x4afc);
    for (size_t i = 0; i < NSYMS; i++) {
        const struct libsys_sym *s = &libsys_syms[i];
        if (s->kind != LIBSYS_TEXT || is_text_data(s->name))
            continue;
        uint8_t *p = gptr(s->addr);
        put_be16(p, 0x4e40 | TRAP_LIBSYS_NX); /* trap #13 */
        put_be16(p + 2, 0x4afc);              /* illegal */
        put_be16(p + 4, 0x4afc);
        libsys_fn fn = NULL;
        for (size_t k = 0; k < sizeof impls / sizeof impls[0]; k++)
            if (!strcmp(impls[k].name, s->name))
                fn = impls[k].fn;
        int dup = 0; /* aliases share a slot (_bcopy/__bcopy): keep the first */
        for (int k = 0; k < nslots; k++)
            if (slots[k].addr == s->addr) {
                dup = 1;
                if (!slots[k].fn)
                    slots[k].fn = fn;
            }
        if (!dup)
            slots[nslots++] = (struct slot){ s->addr, s, fn };
    }
    qsort(slots, (size_t)nslots, sizeof slots[0], cmp_slot);

    /* _ctype_[1 + c] with 4.3BSD's classes; sys_errlist/sys_nerr for 0-34;
     * the strings go after the ctype table. */
    uint32_t ct = sym_addr_of("__ctype_");
    uint8_t *t = gptr(ct);
    for (int c = 0; c < 128; c++) {
        uint8_t v = 0;
        if (c >= 'A' && c <= 'Z') v |= CT_U;
        if (c >= 'a' && c <= 'z') v |= CT_L;
        if (c >= '0' && c <= '9') v |= CT_N;
        if ((c >= 9 && c <= 13) || c == ' ') v |= CT_S;
        if (c > ' ' && c < 127 && !(v & (CT_U | CT_L | CT_N))) v |= CT_P;
        if (c < ' ' || c == 127) v |= CT_C;
        if ((c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')) v |= CT_X;
        if (c == ' ') v |= CT_B;
        t[1 + c] = v;
    }
    uint32_t strs = (ct + 258 + 3) & ~3u, el = sym_addr_of("__sys_errlist");
    for (int e = 0; e <= 34; e++) {
        char tmp[48];
        const char *m = e ? errstr(e, tmp, sizeof tmp) : "Undefined error: 0";
        size_t n = strlen(m) + 1;
        if (strs + n > LIBSYS_TEXT_HI_NX)
            break;
        memcpy(gptr(strs), m, n);
        put_be32(gptr(el + 4u * (uint32_t)e), strs);
        strs += (uint32_t)n;
    }
    put_be32(gptr(sym_addr_of("__sys_nerr")), 35);
    mprotect(gptr(LIBSYS_TEXT_LO_NX), LIBSYS_TEXT_HI_NX - LIBSYS_TEXT_LO_NX, PROT_READ | PROT_EXEC);

    /* Data: the three standard FILEs, errno, vm_page_size. */
    a_iob = sym_addr_of("__iob");
    a_errno = sym_addr_of("_errno");
    put_be32(gptr(sym_addr_of("__vm_page_size")), NX_PAGE_SIZE);
    static const uint16_t flags[3] = { IOREAD_NX, IOWRT_NX, IOWRT_NX | IONBF_NX };
    for (int i = 0; i < 3; i++) {
        uint32_t fl = flags[i];
        if (i == 1 && isatty(1))
            fl |= IOLBF_NX;
        set_fflag(i, fl);
        *(int8_t *)gptr(a_iob + (uint32_t)i * FILE_SIZE_NX + F_FILE) = (int8_t)i;
    }

    /* Heap. */
    heap_lo = region_find_free(0x10000000u, 0x30000000u, HEAP_SIZE_NX);
    if (!heap_lo)
        fatal("libsys emulation: no room for the heap");
    map_fixed(heap_lo, heap_lo + HEAP_SIZE_NX, VM_PROT_READ_NX | VM_PROT_WRITE_NX, "the heap");
    heap_cur = heap_lo;
    heap_hi = heap_lo + HEAP_SIZE_NX;
    libsys_hle = 1;
}

int libsys_trap(int *g, int trapno, uint32_t trap_pc)
{
    if (!libsys_hle || trapno != TRAP_LIBSYS_NX || trap_pc < LIBSYS_TEXT_LO_NX ||
        trap_pc >= LIBSYS_TEXT_HI_NX)
        return 0;
    struct slot key = { trap_pc, NULL, NULL };
    struct slot *s = bsearch(&key, slots, (size_t)nslots, sizeof slots[0], cmp_slot);
    if (!s)
        return 0;
    cur_fn = s->sym;
    if (!s->fn) {
        flush_all();
        say("next-run: libsys: unimplemented function %s", s->sym->name + 1);
        _exit(LIBSYS_UNIMPLEMENTED_STATUS);
    }
    uint32_t sp = (uint32_t)g[R_SP];
    need(sp, 4, 1);
    if (nx_strace)
        say("[next-run] libsys %s", s->sym->name + 1);
    int jumped = 0;
    uint32_t r = s->fn(g, sp, &jumped);
    cur_fn = NULL;
    if (jumped)
        return 1;
    g[R_D0] = (int)r;
    g[R_A0] = (int)r;
    g[R_PC] = (int)be32(gptr(sp));
    g[R_SP] = (int)(sp + 4);
    return 1;
}
