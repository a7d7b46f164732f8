/* Driver for repro/libcall_order_run.ll (defect L): f(k) calls
 * show(f, 3, use, 9, 1, 2) and then use(99 * k).  Prints what each callee got. */
#include <stdio.h>
#include <stdint.h>
void f(int64_t k);
void use(int64_t v) { printf("use %lld\n", (long long)v); }
void show(void *p, int n, void *q, int m, int64_t x, int64_t y)
{
    printf("show %s %d %s %d %lld %lld\n", p == (void *)f ? "f" : "?", n, q == (void *)use ? "use" : "?", m,
           (long long)x, (long long)y);
}
int main(void) { f(2); return 0; }
