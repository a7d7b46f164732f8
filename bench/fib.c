/* Benchmark: naive recursive Fibonacci (calls, stack traffic, branches). */
#include "bench.h"

static unsigned long fib(unsigned long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void)
{
    put_str("fib(36) = ");
    put_hex(fib(36));
    return 0;
}
