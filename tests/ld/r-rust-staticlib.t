#!/bin/sh
# A Rust staticlib (tests/ld/r-rustlib: no_std, extern "C" API) becomes one
# NeXT MH_OBJECT with next-ld -r: --export names the API, so only what it reaches
# is kept and only those symbols stay external (core's and
# compiler_builtins' names, e.g. _sqrt, become local and cannot clash with
# NeXT's libraries); what it needs from the C library stays undefined
# (_memset and the like, provided below as NeXT's libc would).  A C program
# linked with that object, and with the library made by -r --archive
# (-L. -lmyrust), runs in next-run.
. ./lib.sh
tdir=$BUILD/rust-tests/r-rustlib
if ! CARGO_TARGET_DIR=$tdir "$ROOT/scripts/cargo-next" build --release \
        --manifest-path "$ROOT/tests/ld/r-rustlib/Cargo.toml" >"$T/build.log" 2>&1; then
    tail -n 30 "$T/build.log"; exit 1
fi
lib=$tdir/m68k-next-nextstep/release/librustlib.a
cd "$T"
api="--export rust_sum --export rust_greeting --export rust_fmt_u32"
"$LD" -r $api -o rust.o "$lib"
# Exactly the API is defined and external ...
same "$(next-otool -S rust.o | grep ' [A-TV-Z] ' | sed 's/^[0-9a-f]* *//')" "T _rust_fmt_u32
T _rust_greeting
T _rust_sum"
# ... and what stays undefined is C library (which of them depends on LLVM's code).
next-otool -S rust.o | sed -n 's/^ *U //p' > undef
[ -s undef ] || { echo "nothing undefined: expected C library calls"; exit 1; }
if grep -vxE '_(abort|memcpy|memset|memmove|memcmp|bcmp|strlen)' undef; then
    echo "unexpected undefined symbols (above)"; exit 1
fi
m68k-linux-gnu-as -m68040 -o crt0.o "$ROOT/src/ld/crt/crt0.s"
m68k-linux-gnu-as -m68040 -o sys.o "$ROOT/src/ld/crt/sys.s"
cat > main.c <<'C'
extern long write(int, const void *, unsigned long);
extern int rust_sum(const int *v, unsigned long n);
extern const char *rust_greeting(void);
extern unsigned long rust_fmt_u32(unsigned x, char *buf);
/* What NeXT's libc would provide. */
void *memcpy(void *d, const void *s, unsigned long n)
{ char *p = d; const char *q = s; while (n--) *p++ = *q++; return d; }
void *memset(void *d, int c, unsigned long n) { char *p = d; while (n--) *p++ = (char)c; return d; }
void *memmove(void *d, const void *s, unsigned long n)
{
    char *p = d; const char *q = s;
    if (p < q) while (n--) *p++ = *q++; else while (n--) p[n] = q[n];
    return d;
}
int memcmp(const void *a, const void *b, unsigned long n)
{
    const unsigned char *p = a, *q = b;
    for (; n--; p++, q++) if (*p != *q) return *p - *q;
    return 0;
}
int bcmp(const void *a, const void *b, unsigned long n) { return memcmp(a, b, n); }
unsigned long strlen(const char *s) { unsigned long n = 0; while (s[n]) n++; return n; }
void abort(void) { for (;;) ; }
int main(void)
{
    static const int v[] = {1, 2, 3, 400000};
    const char *g = rust_greeting();
    unsigned long n = 0;
    char buf[12];
    while (g[n]) n++;
    write(1, g, n);
    n = rust_fmt_u32((unsigned)rust_sum(v, 4), buf);
    buf[n++] = '\n';
    write(1, buf, n);
    return 0;
}
C
cc68k -o main.o main.c
"$LD" -o prog crt0.o main.o sys.o rust.o
next-run ./prog > out
same "$(cat out)" "hello from Rust
400006"
"$LD" -r --archive $api -o libmyrust.a "$lib"
"$LD" -o prog2 crt0.o main.o sys.o -L. -lmyrust
next-run ./prog2 > out2
cmp out out2
