/*
 * next-ld internal interfaces.  next-ld links ELF32 big-endian m68k relocatable
 * objects (as written by GNU as, or by next-llc from rustc's LLVM bitcode) and
 * ar archives of them into a NeXTSTEP 3.3 m68k Mach-O MH_EXECUTE.  The data
 * model follows lld: input files own input sections and their raw ELF symbols;
 * one global symbol table maps names to their single winning definition;
 * input sections are assigned to one of six fixed NeXT output sections.  All
 * file bytes are read through be.h accessors with explicit bounds checks,
 * never by casting host structs over them.
 */
#ifndef NX_LD_H
#define NX_LD_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The NeXT output sections next-ld can produce, in load-command order. */
enum {
    OS_TEXT,    /* __TEXT,__text   code */
    OS_CSTRING, /* __TEXT,__cstring  merged NUL-terminated strings */
    OS_CONST,   /* __TEXT,__const  read-only data */
    OS_DATA,    /* __DATA,__data   initialised writable data */
    OS_BSS,     /* __DATA,__bss    zero-fill */
    OS_COMMON,  /* __DATA,__common zero-fill, ELF COMMON symbols */
    OS_NUM,
    OS_DROP = -1
};

/* One NUL-terminated string of a SHF_MERGE|SHF_STRINGS section. */
typedef struct Piece {
    uint32_t in_off, len, out_off;
} Piece;

struct Obj;
struct Sym;

typedef struct InSec {
    struct Obj *obj;
    const char *name;
    uint32_t idx, type, flags, size, align, entsize, link, info;
    const uint8_t *data;     /* NULL for SHT_NOBITS */
    bool discarded;          /* member of a COMDAT group already loaded */
    int out;                 /* OS_* or OS_DROP */
    bool live;
    bool merge;              /* string-merged into __cstring */
    uint32_t out_off;        /* offset inside the output section */
    const uint8_t *rela;     /* raw Elf32_Rela entries, 12 bytes each */
    uint32_t nrela;
    Piece *pieces;
    uint32_t npieces;
} InSec;

/* Reserved ELF section indices, widened so they cannot clash with real
 * indices above 0xff00 that SHT_SYMTAB_SHNDX can express. */
#define SHNDX_ABS    0xfffffff1u
#define SHNDX_COMMON 0xfffffff2u
#define SHNDX_RESERVED(x) ((x) >= 0xffff0000u)

/* One ELF symbol as read from an object. */
typedef struct ObjSym {
    const char *name;
    uint32_t value, size, shndx;  /* shndx already de-XINDEXed */
    uint8_t bind, type, other;
    bool discarded;               /* defined in a discarded COMDAT group */
    uint32_t hash;                /* name hash, 0 until first needed (resolve.c) */
    struct Sym *g;                /* global symbol, for non-local symbols */
} ObjSym;

typedef struct Obj {
    char *name;              /* "foo.o" or "libfoo.a(bar.o)" for messages */
    const uint8_t *data;
    size_t size;
    InSec *secs;
    uint32_t nsecs;
    ObjSym *syms;
    uint32_t nsyms;
    bool parsed, loaded;
    int order;               /* load order */
} Obj;

enum { SK_UNDEF, SK_DEFINED, SK_COMMON, SK_ABS };

typedef struct Sym {
    char *name;
    int kind;
    bool weak;               /* weak definition */
    bool strong_ref;         /* referenced by a non-weak undefined symbol */
    bool reported;           /* undefined-symbol error already printed */
    bool live;               /* common symbol kept by gc */
    bool defsym;             /* defined by --defsym: overrides objects */
    Obj *file;
    InSec *sec;              /* SK_DEFINED */
    uint32_t value;          /* offset in sec, or absolute value */
    uint32_t size, align;    /* SK_COMMON */
    struct Sym *alias;       /* --defsym A=B */
    uint32_t common_off;     /* offset inside __common */
    uint32_t hash;           /* name hash, compared before the name */
    struct Sym *next;        /* hash chain */
} Sym;

typedef struct Member {
    char *name;              /* display name "lib.a(member)" */
    const uint8_t *data;
    size_t size;
    Obj *obj;                /* NULL when the member is not a usable object */
    bool bitcode;
} Member;

typedef struct Archive {
    char *path;
    Member *m;
    int n;
} Archive;

enum { IN_OBJ, IN_ARCHIVE, IN_GROUP_START, IN_GROUP_END };

typedef struct Input {
    int kind;
    bool whole;              /* --whole-archive was in effect */
    Obj *obj;
    Archive *ar;
} Input;

typedef struct Defsym {
    char *name, *target;     /* target NULL: absolute value */
    uint32_t value;
} Defsym;

typedef struct Config {
    const char *output;
    const char *entry;
    const char *map;
    const char *debug_file;  /* --debug-file: companion path (default OUTPUT.dbg) */
    bool gc, strip_all, strip_debug, underscore, whole;
    bool libsys;             /* --libsys / -lsys_s: link against libsys_s.B.shlib (libsys.c) */
    uint32_t cpusubtype;
    uint32_t seg1addr, segalign, stack_addr, stack_size;
    bool seg1addr_set, stack_addr_set, stack_size_set;
    bool unixstack;          /* emit __UNIXSTACK (-stack_addr / -stack_size) */
    bool pagezero;           /* emit __PAGEZERO (not when -seg1addr 0) */
    char **libdirs; int nlibdirs;
    char **undefs; int nundefs;
    Defsym *defsyms; int ndefsyms;
} Config;

typedef struct OutSec {
    const char *seg, *sect;
    uint32_t flags;          /* section type */
    uint32_t align;          /* bytes */
    uint32_t align_log2;
    uint32_t size, addr, fileoff;
    uint8_t *buf;            /* contents (NULL for zero-fill) */
    int ordinal;             /* 1-based Mach-O section number, 0 = not emitted */
    bool zerofill;
} OutSec;

typedef struct Segment {
    uint32_t vmaddr, vmsize, fileoff, filesize;
} Segment;

extern Config config;
extern Segment seg_text, seg_data, seg_linkedit;
extern uint32_t header_size, ncmds, sizeofcmds, nsects;
extern bool have_data;
extern OutSec outsec[OS_NUM];
extern Obj **objs;           /* loaded objects, in load order */
extern int nobjs;
extern int nerrors;

/* main.c / util */
void error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
bool read_file(const char *path, uint8_t **data, size_t *size);
void cleanup_output(void);

/* elf.c */
bool is_elf(const uint8_t *p, size_t n);
bool parse_elf(Obj *o);

/* archive.c */
bool is_archive(const uint8_t *p, size_t n);
Archive *parse_archive(const char *path, const uint8_t *data, size_t size);
void free_archive(Archive *a);  /* the archive and its member names, not member objects */

/* bitcode.c */
bool is_bitcode(const uint8_t *p, size_t n);
typedef struct BcJob {
    const char *name;
    const uint8_t *data;
    size_t size;
    uint8_t *out;            /* converted object */
    size_t outsize;
} BcJob;
bool convert_bitcode(BcJob *jobs, int n);
void bitcode_cleanup_signal(void);

/* sha256.c */
void sha256(const uint8_t *data, size_t n, uint8_t out[32]);

/* resolve.c */
Sym *sym_lookup(const char *name);
Sym *sym_intern(const char *name);
void load_inputs(Input *in, int nin);
void define_synthetics(void);
void mark_live(void);
void check_undefined(void);
void resolve_reset(void);       /* forget all symbols and objects (fuzz harness) */
Sym **all_syms(int *n);
Sym *sym_final(Sym *s);
uint32_t sym_addr(const Sym *s);
bool objsym_addr(Obj *o, uint32_t i, uint32_t *addr);

/* layout.c */
void assign_obj_sections(Obj *o);
void layout(void);
uint32_t insec_addr(const InSec *s, uint32_t off);

/* reloc.c */
void apply_relocs(void);

/* macho_out.c */
void write_output(void);
void write_map(void);

/* debugelf.c */
void write_debug_file(void);

/* reloc.c: the relocation table, for -r */
int reloc_field_size(uint32_t type, bool *pcrel, const char **name);

/* macho_obj.c: -r, NeXT MH_OBJECT output (issue 7) */
extern bool opt_relocatable;    /* -r */
extern bool opt_archive;        /* --archive: write a NeXT ar archive with __.SYMDEF */
extern bool opt_ns32;           /* -NEXTSTEP-deployment-target 3.2: VANILLA entries only */
void relocatable_link(Input *in, int nin);
void add_export(const char *name); /* --export SYM */

/* macho_in.c: MH_OBJECT input */
bool is_macho_obj(const uint8_t *p, size_t n);
bool parse_macho(Obj *o);
bool parse_any(Obj *o);         /* parse_macho or parse_elf by magic */

/* symdef.c: ar archives with NeXT's __.SYMDEF table of contents */
typedef struct ArMember {
    const char *name;           /* path; the member gets its basename */
    const uint8_t *data;
    size_t size;
} ArMember;
void write_archive(const char *path, const ArMember *m, int n);
/* Whole file under a temporary name, renamed into place; fatal on failure.
 * mtime >= 0 sets the file's modification time (seconds). */
void write_out_file(const char *path, const uint8_t *p, size_t n, int mode);
void write_out_file_at(const char *path, const uint8_t *p, size_t n, int mode, int64_t mtime);
void archive_inputs(Input *in, int nin);

/* libsys.c: NeXTSTEP 3.3's C library libsys_s.B.shlib as a fixed VM shared
 * library (--libsys): its jump-table symbols resolve what is still undefined,
 * and the output gets an LC_LOADFVMLIB command. */
void libsys_resolve(void);
uint32_t libsys_cmdsize(void);              /* bytes of the LC_LOADFVMLIB command */
uint8_t *libsys_write_cmd(uint8_t *p);      /* writes it, returns p + libsys_cmdsize() */


/* A growable byte buffer for the Mach-O writers (macho_out.c, macho_obj.c,
 * symdef.c). */
typedef struct Buf {
    uint8_t *p;
    size_t n, cap;
} Buf;
void buf_put(Buf *b, const void *d, size_t n);
void buf_word(Buf *b, uint32_t v);
/* One nlist entry (12 bytes, CCT358 nlist.h) and its name, with NeXT's
 * leading '_' unless --no-leading-underscore. */
void nlist_put(Buf *sym, Buf *str, const char *name, uint8_t type, uint8_t sect, uint32_t value);
/* The named local symbols of every loaded object in live sections, in load
 * order, as both writers list them first; returns how many. */
uint32_t put_local_syms(Buf *sym, Buf *str);

#endif
