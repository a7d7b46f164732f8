/*
 * Interface of the Mach-O validator (macho_parse.c), shared by the next-run
 * loader (m68k) and the host fuzzing harness fuzz/run_macho.c: the parsed
 * state (segments of all images, library requests, entry registers) and the
 * three checking steps.  Errors go to macho_report(), which each user
 * provides (the loader prints them; the harness discards them).
 */
#ifndef NX_MACHO_PARSE_H
#define NX_MACHO_PARSE_H
#include <stdint.h>

#include "nx_abi.h"

#ifndef NX_PATH_MAX
#define NX_PATH_MAX 1024
#endif

/* A segment to map (program or fixed VM library). */
struct segment { char name[17]; uint32_t vmaddr, vmsize, fileoff, filesize; int prot, fd; const char *image; };
/* An LC_LOADFVMLIB request of the program. */
struct fvmlib { char name[NX_PATH_MAX]; uint32_t minor, header_addr; };

extern struct segment segs[128];
extern int nsegs;
extern struct fvmlib libs[16];
extern int nlibs;
extern int nerrors;            /* problems reported so far */
extern const char *cur_image;  /* image named in error messages */
extern uint32_t nx_entry_regs[16], nx_entry_pc, nx_entry_sp, nx_user_reg;
extern uint16_t nx_entry_ccr;

int macho_check_header(const uint8_t *hdr, uint64_t fsize, uint32_t want_type,
                       uint32_t *ncmds, uint32_t *sizeofcmds);
void macho_parse_cmds(const uint8_t *cmds, uint32_t ncmds, uint32_t sizeofcmds, uint64_t fsize,
                      uint32_t want_type, const struct fvmlib *lib, int fd);
void macho_check_entry(void);
void macho_reset(void);
void load_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Provided by the user of the validator. */
void macho_report(const char *image, const char *msg);
#endif
