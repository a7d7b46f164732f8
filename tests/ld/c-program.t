#!/bin/sh
# A freestanding C program links and runs: src/ld/crt/crt0.s (NeXT entry:
# sp -> argc, argv, envp; main's result goes to SYS_exit via trap #4) and
# src/ld/crt/sys.s (write/read/_exit stubs, errno) plus C compiled with
# m68k-linux-gnu-gcc -ffreestanding -fno-pic -m68040, linked by next-ld and
# run in next-run.  Checks the exact output (argv, envp, __data/__bss/__const
# contents, an errno from a failing write) and exit status 42.
. ./lib.sh
cd "$T"
m68k-linux-gnu-as -m68040 -o crt0.o "$ROOT/src/ld/crt/crt0.s"
m68k-linux-gnu-as -m68040 -o sys.o "$ROOT/src/ld/crt/sys.s"
cat > prog.c <<'C'
extern long write(int fd, const void *buf, unsigned long n);
extern int errno;
static int counter = 3;                         /* __data */
static char buf[16];                            /* __bss */
static const int squares[] = {0, 1, 4, 9, 16};  /* __const */

static unsigned long len(const char *s) { unsigned long n = 0; while (s[n]) n++; return n; }
static void put(const char *s) { write(1, s, len(s)); }
static void putnum(long v)
{
    char *p = buf + sizeof buf;
    *--p = 0;
    do { *--p = (char)('0' + v % 10); v /= 10; } while (v);
    put(p);
}

int main(int argc, char **argv, char **envp)
{
    put("hello from C\nargc=");
    putnum(argc);
    put("\n");
    for (int i = 0; i < argc; i++) { put("argv: "); put(argv[i]); put("\n"); }
    for (int i = 0; envp[i]; i++)
        if (envp[i][0] == 'G' && envp[i][1] == 'R' && envp[i][2] == '=') { put(envp[i]); put("\n"); }
    long sum = 0;
    for (int i = 0; i < 5; i++) sum += squares[i] * counter;
    put("sum="); putnum(sum); put("\n");
    if (write(-1, "x", 1) == -1) { put("errno="); putnum(errno); put("\n"); }
    return 42;
}
C
cc68k -o prog.o prog.c
"$LD" -o prog crt0.o prog.o sys.o
set +e
"$BUILD/next-run" -E GR=hi ./prog one "two words" > out
rc=$?
set -e
same "$(cat out)" "hello from C
argc=3
argv: ./prog
argv: one
argv: two words
GR=hi
sum=90
errno=9"
same "$rc" 42
