#include <stdio.h>
int caller(int *out, int x);
int main(void) {
    int buf[2] = {0, 0};
    register int keep __asm__("d2") = 1234;  /* callee-saved: must survive */
    __asm__ volatile("" : "+d"(keep));
    int r = caller(buf, 42);
    __asm__ volatile("" : "+d"(keep));
    printf("%d %d %d\n", r, buf[0], keep);
    return 0;
}
