#!/bin/sh
# next-ld reads MH_OBJECT inputs: a C program (crt0.s, prog.c, sys.s as in
# c-program.t) linked from its ELF objects and from their next-ld -r
# conversions (one object per input, and all in one object) gives
# byte-identical executables, and the converted one runs in next-run with the
# same output and exit status.
. ./lib.sh
cd "$T"
m68k-linux-gnu-as -m68040 -o crt0.o "$ROOT/src/ld/crt/crt0.s"
m68k-linux-gnu-as -m68040 -o sys.o "$ROOT/src/ld/crt/sys.s"
cat > prog.c <<'C'
extern long write(int fd, const void *buf, unsigned long n);
static int counter = 3;                         /* __data */
static char buf[16];                            /* __bss */
static const int squares[] = {0, 1, 4, 9, 16};  /* __const */
int shared;                                     /* common */
static unsigned long len(const char *s) { unsigned long n = 0; while (s[n]) n++; return n; }
static void put(const char *s) { write(1, s, len(s)); }
static void putnum(long v)
{
    char *p = buf + sizeof buf;
    *--p = 0;
    do { *--p = (char)('0' + v % 10); v /= 10; } while (v);
    put(p);
}
int main(int argc, char **argv)
{
    long sum = 0;
    for (int i = 0; i < 5; i++) sum += squares[i] * counter;
    shared = argc;
    put("sum="); putnum(sum); put(" argc="); putnum(shared); put(" "); put(argv[argc - 1]);
    put("\n");
    return 7;
}
C
cc68k -o prog.o prog.c
"$LD" -o direct crt0.o prog.o sys.o
for f in crt0 prog sys; do "$LD" -r -o $f.mo $f.o; done
"$LD" -r -o all.mo crt0.o prog.o sys.o
"$LD" -o each crt0.mo prog.mo sys.mo
"$LD" -o one all.mo
cmp direct each
cmp direct one
for p in direct one; do
    set +e
    "$BUILD/next-run" ./$p x "y z" > $p.out
    echo "rc=$?" >> $p.out
    set -e
done
same "$(cat one.out)" "sum=90 argc=3 y z
rc=7"
same "$(cat one.out)" "$(sed 's/direct/one/' direct.out)"
