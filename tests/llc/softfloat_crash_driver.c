/* Driver for repro/softfloat_crash_run.ll (defect M).  The soft-float helpers are replaced by
 * loggers over the bit patterns (an f64 argument is two longs on the stack, high word first,
 * and a result comes back in d0 or d0:d1, as for these integer types), so the output shows
 * each call's exact arguments and their order. */
#include <stdio.h>
typedef unsigned long long u64;
typedef unsigned int u32;
u32 __truncdfsf2(u64 a) { printf("trunc %016llx\n", a); return (u32)(a >> 32) + 1; }
u64 __adddf3(u64 a, u64 b) { printf("add %016llx %016llx\n", a, b); return a + b + 1; }
void trunc2(void *p, void *q, void *r);
void hypot_like(void *p, void *q, void *r);
int main(void)
{
    u64 p = 0x400921fb54442d18ULL;
    u32 q = 0, r = 0;
    trunc2(&p, &q, &r);
    printf("q %08x r %08x\n", q, r);
    u64 h = 0x4000000000000001ULL, out = 0;
    u32 z = 5;
    hypot_like(&h, &z, &out);
    printf("z %u out %016llx\n", z, out);
    return 0;
}
