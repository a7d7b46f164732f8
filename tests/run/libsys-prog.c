/* Uses libsys_s.B.shlib as a NeXTSTEP 3.3 program would (no headers: the
 * declarations NeXT's <stdio.h>/<stdlib.h>/<string.h>/<setjmp.h> give;
 * FILE is 4.3BSD's struct _iobuf and putc() is its macro). */
typedef struct { int cnt; char *ptr, *base; int bufsiz; short flag; char file; } FILE_NX;
int _flsbuf(int, FILE_NX *);
#define putc(x, p) (--(p)->cnt >= 0 ? (int)(*(unsigned char *)(p)->ptr++ = (x)) : _flsbuf((unsigned char)(x), p))
int atexit(void (*)(void));
void perror(const char *);
int setjmp(int *) __attribute__((returns_twice));
void longjmp(int *, int) __attribute__((noreturn));
static int jb[40];
extern FILE_NX _iob[];
#define stderr (&_iob[2])
#define stdout (&_iob[1])
int printf(const char *, ...);
int fprintf(FILE_NX *, const char *, ...);
int fflush(FILE_NX *);
void *malloc(unsigned long);
void *calloc(unsigned long, unsigned long);
void *realloc(void *, unsigned long);
void free(void *);
unsigned long strlen(const char *);
char *strcpy(char *, const char *);
char *strncpy(char *, const char *, unsigned long);
int strcmp(const char *, const char *);
int strncmp(const char *, const char *, unsigned long);
char *strrchr(const char *, int);
void *memset(void *, int, unsigned long);
void *memmove(void *, const void *, unsigned long);
void exit(int);
extern int errno;
static void bye(void) { printf("atexit ran\n"); }

int main(int argc, char **argv)
{
    printf("hello from libsys, argc=%d argv[1]=%s\n", argc, argc > 1 ? argv[1] : "(none)");
    printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%i]\n", -42, 42, 42, 42, 42, 42, 7);
    printf("[%u] [%o] [%x] [%X] [%#x] [%#o] [%8.3x]\n", 3000000000u, 8, 255, 255, 255, 8, 10);
    printf("[%c] [%s] [%.3s] [%10s] [%-10s] [%%]\n", 'A', "str", "abcdef", "right", "left");
    printf("[%ld] [%lu] [%hd] [%hu] [%lx]\n", -123456789L, 4000000000UL, (short)-5, (unsigned short)65535, 0xdeadbeefUL);
    printf("[%f] [%.2f] [%e] [%g] [%10.4f] [%G] [%g]\n", 3.14159, 2.5, 12345.678, 0.0001, -1.5, 1e20, 100.0);
    printf("[%p] [%*d] [%-*d] [%.*s]\n", (void *)0x1234, 6, 9, 4, 3, 2, "xyz");
    printf("[%D] [%U] [%O] [%lld] [%qx]\n", -7L, 7UL, 8UL, -5000000000LL, 0x123456789abcdefULL);
    char *p = malloc(32);
    strcpy(p, "libsys");
    char *q = calloc(4, 8);
    strncpy(q, p, 3);
    p = realloc(p, 1000);
    memset(p + 6, '!', 3);
    p[9] = 0;
    memmove(p + 1, p, 4);
    printf("p=%s q=%s len=%lu cmp=%d ncmp=%d rchr=%s\n", p, q, strlen(p), strcmp("abc", "abd") < 0,
           strncmp("abcx", "abcy", 3), strrchr("a/b/c", '/'));
    free(q);
    free(p);
    int n = printf("%s", "count\n");
    fprintf(stderr, "to stderr %d\n", n);
    printf("errno=%d\n", errno);
    putc('p', stdout);
    putc('\n', stdout);
    atexit(bye);
    volatile int round = 0;
    if (setjmp(jb) == 0) {
        round = 1;
        longjmp(jb, 7);
    }
    printf("after longjmp round=%d\n", round);
    fflush(stdout);
    errno = 2;
    perror("open");
    return 3;
}
