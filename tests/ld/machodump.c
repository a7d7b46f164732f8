/*
 * Test helper for tests/ld: prints a NeXT m68k Mach-O file the way `otool -l`
 * and `nm` would, independently of next-ld's own code, so tests can compare
 * next-ld's output against expectations derived from the reference
 * (shared/reference/nextstep-m68k-abi.md sections 1, 2, 4).
 *   machodump FILE                 header, load commands, sections, symbols
 *   machodump -x ADDR LEN FILE     hex bytes at VM address ADDR (from the file)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint8_t *d;
static long n;
static uint32_t be32(long o)
{
    if (o < 0 || o + 4 > n) {
        fprintf(stderr, "machodump: read past end at %ld\n", o);
        exit(2);
    }
    return (uint32_t)d[o] << 24 | (uint32_t)d[o + 1] << 16 | (uint32_t)d[o + 2] << 8 | d[o + 3];
}

int main(int argc, char **argv)
{
    int hex = argc == 5 && strcmp(argv[1], "-x") == 0;
    FILE *f = fopen(argv[argc - 1], "rb");
    if (!f)
        return 2;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    rewind(f);
    d = malloc(n + 1);
    if (fread(d, 1, n, f) != (size_t)n)
        return 2;
    uint32_t ncmds = be32(16);
    if (!hex)
        printf("header magic %08x cputype %u subtype %u filetype %u ncmds %u sizeofcmds %u flags %x\n",
               be32(0), be32(4), be32(8), be32(12), ncmds, be32(20), be32(24));
    long o = 28;
    uint32_t want = hex ? strtoul(argv[2], 0, 0) : 0, len = hex ? strtoul(argv[3], 0, 0) : 0;
    for (uint32_t i = 0; i < ncmds; i++) {
        uint32_t cmd = be32(o), size = be32(o + 4);
        if (cmd == 1) {
            char name[17] = {0};
            memcpy(name, d + o + 8, 16);
            uint32_t vmaddr = be32(o + 24), filesize = be32(o + 36), fileoff = be32(o + 32);
            if (hex && want >= vmaddr && want + len <= vmaddr + filesize) {
                for (uint32_t k = 0; k < len; k++)
                    printf("%02x%s", d[fileoff + want - vmaddr + k], k + 1 == len ? "\n" : " ");
                return 0;
            }
            if (!hex)
                printf("LC_SEGMENT %s vmaddr 0x%x vmsize 0x%x fileoff %u filesize %u maxprot %u initprot %u nsects %u flags %u\n",
                       name, vmaddr, be32(o + 28), fileoff, filesize, be32(o + 40), be32(o + 44),
                       be32(o + 48), be32(o + 52));
            for (uint32_t s = 0; s < be32(o + 48) && !hex; s++) {
                long q = o + 56 + 68 * s;
                char sn[17] = {0}, sg[17] = {0};
                memcpy(sn, d + q, 16);
                memcpy(sg, d + q + 16, 16);
                printf("  section %s,%s addr 0x%x size 0x%x offset %u align %u reloff %u nreloc %u flags %u\n",
                       sg, sn, be32(q + 32), be32(q + 36), be32(q + 40), be32(q + 44), be32(q + 48),
                       be32(q + 52), be32(q + 56));
            }
        } else if (cmd == 2 && !hex) {
            uint32_t symoff = be32(o + 8), nsyms = be32(o + 12), stroff = be32(o + 16), strsize = be32(o + 20);
            printf("LC_SYMTAB symoff %u nsyms %u stroff %u strsize %u\n", symoff, nsyms, stroff, strsize);
            for (uint32_t s = 0; s < nsyms; s++) {
                long q = symoff + 12 * s;
                uint32_t strx = be32(q);
                printf("  sym %s type 0x%02x sect %u desc %u value 0x%x\n",
                       strx < strsize ? (char *)d + stroff + strx : "?", d[q + 4], d[q + 5],
                       (d[q + 6] << 8) | d[q + 7], be32(q + 8));
            }
        } else if (cmd == 5 && !hex) {
            printf("LC_UNIXTHREAD cmdsize %u flavor %u count %u", size, be32(o + 8), be32(o + 12));
            for (int r = 0; r < 18; r++)
                if (be32(o + 16 + 4 * r))
                    printf(" reg%d 0x%x", r, be32(o + 16 + 4 * r));
            printf("\n");
        } else if (!hex) {
            printf("cmd %u cmdsize %u\n", cmd, size);
        }
        o += size;
    }
    if (hex) {
        fprintf(stderr, "machodump: address not in file\n");
        return 1;
    }
    printf("filesize %ld\n", n);
    return 0;
}
