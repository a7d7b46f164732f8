/* Benchmark: table-driven CRC-32 (IEEE 802.3, reflected 0xedb88320) over
 * 16 MB of generated data (table lookups, shifts, xors). */
#include "bench.h"

static unsigned long table[256];
static unsigned char buf[65536];

int main(void)
{
    for (unsigned long i = 0; i < 256; i++) {
        unsigned long c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320ul ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    unsigned long x = 12345;
    for (unsigned long i = 0; i < sizeof buf; i++) {
        x = x * 1103515245ul + 12345ul;
        buf[i] = (unsigned char)(x >> 16);
    }
    unsigned long crc = 0xfffffffful;
    for (int rep = 0; rep < 1024; rep++)
        for (unsigned long i = 0; i < sizeof buf; i++)
            crc = table[(crc ^ buf[i]) & 0xff] ^ (crc >> 8);
    put_str("crc32 = ");
    put_hex(crc ^ 0xfffffffful);
    return 0;
}
