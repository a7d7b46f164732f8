/*
 * NeXTSTEP 3.x Mach-O constants for the m68k.  This is the one place where the
 * numbers of the file format live; every tool (next-ld, next-run, next-otool)
 * includes it.  Sources, as abbreviated in shared/reference/nextstep-m68k-abi.md:
 *   CCT358 = Apple cctools-358 include/mach-o/{loader,nlist,reloc}.h,
 *            include/mach/machine.h, include/mach/m68k/thread_status.h
 *   DUMMY  = a real NeXTSTEP 3.3 m68k executable (saagarjha/dummy_thicc @2990ead)
 * Only the NeXTSTEP 3.x subset is listed; 4.x additions (dyld, dylibs) are not
 * valid on the target and are deliberately absent.  Struct layouts are given as
 * byte offsets because files are accessed through be.h, never by casting.
 */
#ifndef NX_MACHO_H
#define NX_MACHO_H

/* mach_header: 7 big-endian words, 28 bytes (CCT358 loader.h). */
#define MH_MAGIC_NX            0xfeedfaceu
#define MACH_HEADER_SIZE_NX    28
#define CPU_TYPE_MC680x0_NX    6   /* CCT358 machine.h */
#define CPU_SUBTYPE_MC680x0_ALL_NX   1 /* also MC68030 "compat" alias */
#define CPU_SUBTYPE_MC68040_NX       2
#define CPU_SUBTYPE_MC68030_ONLY_NX  3
#define MH_OBJECT_NX   1
#define MH_EXECUTE_NX  2
#define MH_FVMLIB_NX   3
#define MH_CORE_NX     4
#define MH_PRELOAD_NX  5
#define MH_NOUNDEFS_NX 0x1
#define MH_INCRLINK_NX 0x2

/* Load commands valid on NeXTSTEP 3.x (CCT358 loader.h). */
#define LC_SEGMENT_NX     0x1
#define LC_SYMTAB_NX      0x2
#define LC_SYMSEG_NX      0x3
#define LC_THREAD_NX      0x4
#define LC_UNIXTHREAD_NX  0x5
#define LC_LOADFVMLIB_NX  0x6
#define LC_IDFVMLIB_NX    0x7
#define LC_IDENT_NX       0x8
#define LC_FVMFILE_NX     0x9
#define LC_PREPAGE_NX     0xa

/* segment_command: 56 bytes; section: 68 bytes (CCT358 loader.h). */
#define SEGMENT_COMMAND_SIZE_NX 56
#define SECTION_SIZE_NX         68
#define SG_HIGHVM_NX  0x1
#define SG_FVMLIB_NX  0x2
#define SG_NORELOC_NX 0x4
#define VM_PROT_READ_NX    0x1
#define VM_PROT_WRITE_NX   0x2
#define VM_PROT_EXECUTE_NX 0x4
/* Section types, low byte of section.flags (3.x set). */
#define S_REGULAR_NX            0x0
#define S_ZEROFILL_NX           0x1
#define S_CSTRING_LITERALS_NX   0x2
#define S_4BYTE_LITERALS_NX     0x3
#define S_8BYTE_LITERALS_NX     0x4
#define S_LITERAL_POINTERS_NX   0x5

/* symtab_command: 24 bytes. fvmlib_command: 20 bytes + name. */
#define SYMTAB_COMMAND_SIZE_NX 24
#define FVMLIB_COMMAND_SIZE_NX 20

/* nlist: 12 bytes: n_strx(4) n_type(1) n_sect(1) n_desc(2) n_value(4) (CCT358 nlist.h). */
#define NLIST_SIZE_NX 12
#define N_STAB_NX 0xe0
#define N_PEXT_NX 0x10
#define N_TYPE_NX 0x0e
#define N_EXT_NX  0x01
#define N_UNDF_NX 0x0
#define N_ABS_NX  0x2
#define N_SECT_NX 0xe
#define N_INDR_NX 0xa
#define NO_SECT_NX 0
#define MAX_SECT_NX 255

/* Relocations (CCT358 reloc.h): m68k uses the generic relocator. */
#define RELOCATION_INFO_SIZE_NX 8
#define R_SCATTERED_NX 0x80000000u
#define R_ABS_NX 0
#define GENERIC_RELOC_VANILLA_NX  0
#define GENERIC_RELOC_PAIR_NX     1
#define GENERIC_RELOC_SECTDIFF_NX 2

/* Thread state for LC_UNIXTHREAD (CCT358 mach/m68k/thread_status.h; DUMMY). */
#define M68K_THREAD_STATE_REGS_NX      1
#define M68K_THREAD_STATE_68882_NX     2
#define M68K_THREAD_STATE_USER_REG_NX  3
#define M68K_THREAD_STATE_REGS_COUNT_NX 18   /* longs: d0-d7, a0-a7, pad+sr, pc */
#define UNIXTHREAD_CMDSIZE_NX 88             /* 8 + 8 + 72 */
#define THREAD_REGS_PC_OFFSET_NX 68          /* byte offset of pc in the 72-byte state */
#define THREAD_REGS_SP_OFFSET_NX 60          /* areg[7] */

/* Address-space layout of a NeXTSTEP 3.3 m68k process (reference section 4). */
#define NX_SEGALIGN        0x2000u      /* default -segalign for m68k: 8 KB pages */
#define NX_PAGEZERO_SIZE   0x2000u      /* __PAGEZERO 0..0x2000 */
#define NX_TEXT_ADDR       0x2000u      /* first segment starts after page zero */
#define NX_USRSTACK        0x04000000u  /* default stack top, grows down */
#define NX_STACK_SIZE      0x04000000u  /* default stack size (64 MB) */
#define NX_LIBSYS_ADDR     0x05000000u  /* header address of libsys_s.B.shlib */

/* Appended for next-otool (src/otool).  CCT358 include/mach-o/fat.h: a fat
 * file starts with a big-endian fat_header {magic, nfat_arch} followed by
 * nfat_arch fat_arch {cputype, cpusubtype, offset, size, align} (20 bytes). */
#define FAT_MAGIC_NX        0xcafebabeu
#define FAT_HEADER_SIZE_NX  8
#define FAT_ARCH_SIZE_NX    20
/* CCT358 loader.h: MH_CIGAM is MH_MAGIC byte-swapped (a little-endian file). */
#define MH_CIGAM_NX         0xcefaedfeu
/* CCT358 loader.h: section type in the low byte of section.flags, attributes above. */
#define SECTION_TYPE_NX       0x000000ffu
#define SECTION_ATTRIBUTES_NX 0xffffff00u
/* CCT358 loader.h: symseg_command {cmd, cmdsize, offset, size}; thread_command
 * header {cmd, cmdsize} before the flavor/count/state triples. */
#define SYMSEG_COMMAND_SIZE_NX 16
#define THREAD_COMMAND_SIZE_NX 8
/* CCT358 loader.h: fvmfile_command {cmd, cmdsize, name.offset, header_addr}. */
#define FVMFILE_COMMAND_SIZE_NX 16
/* CCT358 reloc.h enum reloc_type_generic: prebound lazy pointer (4.x dyld). */
#define GENERIC_RELOC_PB_LA_PTR_NX 3
/* CCT358 mach/m68k/thread_status.h: 68882 state = 8 x 96-bit fp regs + cr, sr,
 * iar, state = 28 longs; USER_REG state = one long. */
#define M68K_THREAD_STATE_68882_COUNT_NX    28
#define M68K_THREAD_STATE_USER_REG_COUNT_NX 1

/* Appended for next-ld -r and --archive (issue 7).  CCT358 reloc.h: word 1 of
 * a plain relocation_info is symbolnum<<8 | pcrel<<7 | length<<5 | extern<<4 |
 * type; word 0 of a scattered one is R_SCATTERED | pcrel<<30 | length<<28 |
 * type<<24 | address (reference section 3).  r_length: 0 byte, 1 word, 2 long. */
#define R_SCATTERED_MAX_ADDRESS_NX 0x00ffffffu
/* CCT358 include/mach-o/ranlib.h: the table of contents of an archive is the
 * first member, named "__.SYMDEF", holding a long (bytes of the ranlib array),
 * the array of struct ranlib {ran_strx, ran_off} (8 bytes: string-table offset
 * of the name, file offset of the defining member's ar header), a long (bytes
 * of the string table) and the string table.  ar(5): "!<arch>\n" then 60-byte
 * member headers name[16] date[12] uid[6] gid[6] mode[8] size[10] "`\n". */
#define SYMDEF_NAME_NX   "__.SYMDEF"
#define RANLIB_SIZE_NX   8
#define ARMAG_NX         "!<arch>\n"
#define SARMAG_NX        8
#define AR_HDR_SIZE_NX   60
#define ARFMAG_NX        "`\n"

#endif
