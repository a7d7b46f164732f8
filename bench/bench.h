/* Shared by the next-run benchmarks: the same C source is built for
 * NeXTSTEP (freestanding, next-ld, src/ld/crt start file and syscall stubs)
 * and for Linux m68k (glibc, -static); only write() is used, to print the
 * result so that both builds can be checked against each other. */
#ifndef BENCH_H
#define BENCH_H
#ifdef BENCH_NEXT
long write(int fd, const void *buf, unsigned long n);
long read(int fd, void *buf, unsigned long n);
#else
#include <unistd.h>
#endif

static void put_str(const char *s)
{
    unsigned long n = 0;
    while (s[n])
        n++;
    write(1, s, n);
}

static void put_hex(unsigned long v)
{
    char b[12];
    for (int i = 0; i < 8; i++)
        b[7 - i] = "0123456789abcdef"[(v >> (4 * i)) & 15];
    b[8] = '\n';
    write(1, b, 9);
}
#endif
