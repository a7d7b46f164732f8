/*
 * Test helper for tests/otool: writes a hand-made NeXT m68k MH_OBJECT, laid
 * out as NeXT's assembler would (reference section 1: one unnamed segment
 * holding every section, headers not part of it; section 3: relocation
 * entries), independently of next-otool's code:
 *   __TEXT,__text  0x00 16 bytes  bsr.l _ext; lea _val,a0; rts; nop
 *                  relocs: plain extern pcrel long -> _ext (symbol 2),
 *                          plain local long -> section 2 (__data)
 *   __DATA,__data  0x10 12 bytes  relocs: scattered VANILLA (r_value 0x10),
 *                          scattered SECTDIFF (0x10) + its PAIR (0x0)
 *   __TEXT,__const 0x1c 4 bytes;  __DATA,__bss 0x20 8 bytes zerofill
 *   symbols: _start T, _val d, _ext U, _common C (size 8), _abs A, _buf b, _k S
 * Usage: mkobj OUT
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint8_t f[576];
static void w32(size_t o, uint32_t v) { f[o] = v >> 24; f[o + 1] = v >> 16; f[o + 2] = v >> 8; f[o + 3] = v; }
static void w16(size_t o, uint32_t v) { f[o] = v >> 8; f[o + 1] = v; }

static void section(size_t o, const char *sect, const char *seg, uint32_t addr, uint32_t size,
                    uint32_t off, uint32_t align, uint32_t reloff, uint32_t nreloc, uint32_t flags)
{
    memcpy(f + o, sect, strlen(sect));
    memcpy(f + o + 16, seg, strlen(seg));
    w32(o + 32, addr); w32(o + 36, size); w32(o + 40, off); w32(o + 44, align);
    w32(o + 48, reloff); w32(o + 52, nreloc); w32(o + 56, flags);
}

static void sym(int i, uint32_t strx, uint8_t type, uint8_t sect, uint32_t value)
{
    size_t o = 452 + 12 * i;
    w32(o, strx); f[o + 4] = type; f[o + 5] = sect; w16(o + 6, 0); w32(o + 8, value);
}

int main(int argc, char **argv)
{
    /* mach_header: MH_MAGIC, MC680x0, subtype ALL, MH_OBJECT, 2 cmds, 352 bytes, no flags */
    w32(0, 0xfeedface); w32(4, 6); w32(8, 1); w32(12, 1); w32(16, 2); w32(20, 352); w32(24, 0);
    /* LC_SEGMENT "" with 4 sections: 56 + 4 * 68 = 328 */
    w32(28, 1); w32(32, 328); w32(52, 0); w32(56, 0x28); w32(60, 380); w32(64, 32);
    w32(68, 7); w32(72, 7); w32(76, 4); w32(80, 0);
    section(84, "__text", "__TEXT", 0x00, 16, 380, 1, 412, 2, 0);
    section(152, "__data", "__DATA", 0x10, 12, 396, 2, 428, 3, 0);
    section(220, "__const", "__TEXT", 0x1c, 4, 408, 2, 0, 0, 0);
    section(288, "__bss", "__DATA", 0x20, 8, 0, 2, 0, 0, 1);
    /* LC_SYMTAB */
    w32(356, 2); w32(360, 24); w32(364, 452); w32(368, 7); w32(372, 536); w32(376, 40);
    /* __text */
    static const uint8_t text[16] = { 0x61, 0xff, 0, 0, 0, 0, 0x41, 0xf9, 0, 0, 0, 0x10, 0x4e, 0x75, 0x4e, 0x71 };
    memcpy(f + 380, text, 16);
    /* __data: _val+4, _val-_start, 0 */
    w32(396, 0x14); w32(400, 0x10); w32(404, 0);
    /* __const */
    w32(408, 7);
    /* text relocations: word1 = symbolnum<<8 | pcrel<<7 | length<<5 | extern<<4 | type */
    w32(412, 2); w32(416, 2 << 8 | 1 << 7 | 2 << 5 | 1 << 4 | 0);
    w32(420, 8); w32(424, 2 << 8 | 0 << 7 | 2 << 5 | 0 << 4 | 0);
    /* data relocations, scattered: word0 = 1<<31 | pcrel<<30 | length<<28 | type<<24 | address */
    w32(428, 0x80000000u | 2u << 28 | 0u << 24 | 0); w32(432, 0x10);
    w32(436, 0x80000000u | 2u << 28 | 2u << 24 | 4); w32(440, 0x10);
    w32(444, 0x80000000u | 2u << 28 | 1u << 24 | 0); w32(448, 0x0);
    /* symbols */
    sym(0, 1, 0x0f, 1, 0x00);     /* _start  N_SECT|N_EXT in __text */
    sym(1, 8, 0x0e, 2, 0x10);     /* _val    N_SECT in __data */
    sym(2, 13, 0x01, 0, 0);       /* _ext    N_UNDF|N_EXT */
    sym(3, 18, 0x01, 0, 8);       /* _common N_UNDF|N_EXT, size 8 */
    sym(4, 26, 0x03, 0, 0x1234);  /* _abs    N_ABS|N_EXT */
    sym(5, 31, 0x0e, 4, 0x20);    /* _buf    N_SECT in __bss */
    sym(6, 36, 0x0f, 3, 0x1c);    /* _k      N_SECT|N_EXT in __const */
    memcpy(f + 536, "\0_start\0_val\0_ext\0_common\0_abs\0_buf\0_k\0", 39);
    FILE *o = fopen(argv[argc - 1], "wb");
    if (!o || fwrite(f, 1, sizeof f, o) != sizeof f || fclose(o))
        return 1;
    return 0;
}
