/* Driver for repro/libcall_order_crash.ll (defect L): f(a, 1) runs four rounds of
 * get(a, C * 1), get(a, 0), show(f, 3, get, 9, result, result).  Prints every call. */
#include <stdio.h>
#include <stdint.h>
void f(void *a, int64_t k);
int64_t get(void *a, int64_t x)
{
    printf("get %s %lld\n", a == (void *)&f ? "a" : "?", (long long)x);
    return x + 1;
}
void show(void *p, int n, void *q, int m, int64_t x, int64_t y)
{
    printf("show %s %d %s %d %lld %lld\n", p == (void *)f ? "f" : "?", n, q == (void *)get ? "get" : "?", m,
           (long long)x, (long long)y);
}
int main(void) { f((void *)&f, 1); return 0; }
