/* Benchmark: sieve of Eratosthenes over 2,000,000 numbers, 30 rounds
 * (byte loads/stores, tight loops). */
#include "bench.h"

#define N 2000000
static unsigned char composite[N];

int main(void)
{
    unsigned long count = 0;
    for (int round = 0; round < 30; round++) {
        for (unsigned long i = 0; i < N; i++)
            composite[i] = 0;
        count = 0;
        for (unsigned long i = 2; i < N; i++) {
            if (composite[i])
                continue;
            count++;
            for (unsigned long j = i + i; j < N; j += i)
                composite[j] = 1;
        }
    }
    put_str("primes below 2000000 = ");
    put_hex(count);
    return 0;
}
