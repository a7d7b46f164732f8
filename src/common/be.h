/*
 * Big-endian accessors.  Everything NeXT m68k stores on disk or in guest memory
 * (Mach-O headers, nlist entries, relocation words, the initial stack, syscall
 * arguments) is big-endian; ELF32 m68k objects are big-endian too.  Host code
 * never casts a host struct over such bytes: it reads and writes them through
 * these helpers so the tools behave the same on any host.
 */
#ifndef NX_BE_H
#define NX_BE_H
#include <stdint.h>

static inline uint16_t be16(const void *p) {
    const uint8_t *b = p;
    return (uint16_t)((b[0] << 8) | b[1]);
}
static inline uint32_t be32(const void *p) {
    const uint8_t *b = p;
    return ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16) | ((uint32_t)b[2] << 8) | b[3];
}
static inline void put_be16(void *p, uint16_t v) {
    uint8_t *b = p;
    b[0] = (uint8_t)(v >> 8);
    b[1] = (uint8_t)v;
}
static inline void put_be32(void *p, uint32_t v) {
    uint8_t *b = p;
    b[0] = (uint8_t)(v >> 24);
    b[1] = (uint8_t)(v >> 16);
    b[2] = (uint8_t)(v >> 8);
    b[3] = (uint8_t)v;
}
#endif
