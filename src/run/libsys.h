/*
 * next-run's high-level emulation of NeXTSTEP 3.3's libsys_s.B.shlib
 * (libsys.c): used when a program's LC_LOADFVMLIB names the library and the
 * library file is not in the guest root (or with --hle-libsys).
 */
#ifndef NX_LIBSYS_H
#define NX_LIBSYS_H
#include <stdint.h>

#define LIBSYS_PATH_NX "/usr/shlib/libsys_s.B.shlib"
/* Exit status after "next-run: libsys: unimplemented function NAME". */
#define LIBSYS_UNIMPLEMENTED_STATUS 127

extern int libsys_hle;     /* the emulation is mapped */
/* Map the jump table (trap stubs), the data page and the heap. */
void libsys_map(void);
/* From the SIGILL handler for `trap #N` at trap_pc: 1 if it was a libsys
 * slot (the call was done and the registers updated), else 0. */
int libsys_trap(int *gregs, int trapno, uint32_t trap_pc);

#endif
