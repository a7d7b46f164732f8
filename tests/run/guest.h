/* Freestanding helpers for the C test guests: raw NeXT syscalls through
 * crt0.s (negative return = -NeXT errno) and tiny output routines. */
#ifndef GUEST_H
#define GUEST_H
typedef unsigned long ulong;
extern long nx_d1;
long nx_syscall(long nr, ...);
long nx_mach(long index, ...);
long nx_ureg_get(void);
void nx_ureg_set(long v);
void nx_cacheflush(void);

static inline ulong slen(const char *s) { ulong n = 0; while (s[n]) n++; return n; }
static inline int seq(const char *a, const char *b) { while (*a && *a == *b) a++, b++; return *a == *b; }
static inline void puts_(const char *s) { nx_syscall(4, 1, s, slen(s)); }
static inline void putn(long v)
{
    char b[16]; int i = 15; int neg = v < 0; ulong u = neg ? -(ulong)v : (ulong)v;
    b[i] = 0;
    do { b[--i] = (char)('0' + u % 10); u /= 10; } while (u);
    if (neg) b[--i] = '-';
    puts_(b + i);
}
static inline void putx(ulong v)
{
    char b[11]; b[0] = '0'; b[1] = 'x'; b[10] = 0;
    for (int i = 0; i < 8; i++) b[9 - i] = "0123456789abcdef"[(v >> (4 * i)) & 15];
    puts_(b);
}
/* "name = value\n" */
static inline void show(const char *name, long v) { puts_(name); puts_(" = "); putn(v); puts_("\n"); }
static inline void showx(const char *name, ulong v) { puts_(name); puts_(" = "); putx(v); puts_("\n"); }
static inline ulong be32at(const void *p) { const unsigned char *b = p; return ((ulong)b[0] << 24) | ((ulong)b[1] << 16) | ((ulong)b[2] << 8) | b[3]; }
static inline ulong be16at(const void *p) { const unsigned char *b = p; return ((ulong)b[0] << 8) | b[1]; }
/* gcc may emit calls to these for aggregate copies (one TU per guest). */
void *memcpy(void *d, const void *s, ulong n) { char *dd = d; const char *ss = s; while (n--) *dd++ = *ss++; return d; }
void *memset(void *d, int c, ulong n) { char *dd = d; while (n--) *dd++ = (char)c; return d; }
#endif
