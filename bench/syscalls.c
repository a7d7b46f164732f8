/* Benchmark: system-call cost.  100,000 one-byte writes to fd 1 (the driver
 * sends it to /dev/null) and 100,000 one-byte reads from fd 0 (/dev/zero):
 * 200,000 system calls, almost no computation. */
#include "bench.h"

int main(void)
{
    char c = 'x';
    unsigned long bad = 0;
    for (int i = 0; i < 100000; i++) {
        if (write(1, &c, 1) != 1)
            bad++;
        if (read(0, &c, 1) != 1)
            bad++;
    }
    return bad != 0;
}
