/*
 * next-previous: shared declarations of the harness that runs NeXT m68k
 * binaries on real NeXTSTEP 3.3 inside the Previous emulator.  The harness
 * writes Previous's configuration file, builds a CD-ROM image holding the
 * binaries and a Bourne-shell driver ("runall"), and turns the transcript the
 * driver writes back into ok/FAIL verdicts.  Guest-side facts (disk label
 * magic, ROM size, Mach-O header) carry the _NX suffix and cite their source.
 */
#ifndef NEXT_PREVIOUS_H
#define NEXT_PREVIOUS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define NP_VERSION "0.1.0"

/*
 * NeXT disk label (NeXT bsd/dev/disk_label.h; NetBSD sys/arch/next68k
 * disklabel.h: NEXT68K_LABEL_SECTOR 0, NEXT68K_LABEL_OFFSET 0): a NeXT disk
 * starts with struct disk_label, whose first big-endian word dl_version is one
 * of three magics; dl_label[MAXLBLLEN=24] (the volume name) is at byte 12.
 */
#define DL_V1_NX            0x4e655854u /* "NeXT" */
#define DL_V2_NX            0x646c5632u /* "dlV2" */
#define DL_V3_NX            0x646c5633u /* "dlV3" */
#define DL_LABEL_OFFSET_NX  12
#define DL_LABEL_LEN_NX     24

/*
 * NeXT boot ROM: Previous maps and allocates 128 KiB of EPROM
 * (NEXT_EPROM_SIZE / NEXT_EPROM_ALLOC 0x20000 in Previous src/nextMemory.c);
 * the ROM dumps it ships defaults for (Rev_1.0_v41.BIN, Rev_2.5_v66.BIN,
 * Rev_3.3_v74.BIN, Previous src/configuration.c) are that size.  Early ROMs
 * were 64 KiB parts, so that size is accepted too.
 */
#define NEXT_ROM_SIZE_NX        0x20000
#define NEXT_ROM_SMALL_SIZE_NX  0x10000

/* The machines next-previous can configure (see config.c for their values). */
enum np_machine { NP_CUBE030, NP_CUBE040, NP_STATION, NP_TURBO };

/* util.c */
extern const char *np_prog;
void np_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void np_missing(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *np_xstrdup(const char *s) __attribute__((returns_nonnull, malloc));
void *np_xmalloc(size_t n) __attribute__((returns_nonnull, malloc));
char *np_abspath(const char *path);
char *np_find_on_path(const char *name);
bool np_read_file(const char *path, char **data, size_t *len, bool quiet_enoent);
/* Atomic output: write to a temporary file beside PATH, then rename. */
struct np_out { char *path; char *tmp; FILE *f; };
bool np_out_open(struct np_out *o, const char *path);
bool np_out_commit(struct np_out *o);
void np_out_abort(struct np_out *o);
bool np_mkdir_p(const char *dir);

/* check.c */
bool np_parse_machine(const char *s, enum np_machine *m);
const char *np_machine_name(enum np_machine m);
bool np_check_rom(const char *path, bool verbose);
bool np_check_disk(const char *path, bool verbose);
bool np_check_plain_file(const char *what, const char *path);
char *np_find_previous(const char *given, bool report);
char *np_find_xorriso(bool report);

/* config.c */
struct np_config {
    enum np_machine machine;
    const char *rom, *disk, *cd, *share;   /* share may be NULL */
};
bool np_write_config(FILE *f, const struct np_config *c);
int np_cmd_config(int argc, char **argv);

/* image.c */
bool np_valid_name(const char *name, const char *path);
bool np_check_binary(const char *path);
void np_write_runall(FILE *f, char **names, int n);
bool np_make_image(const char *out, char **bins, int n);
bool np_stage_dir(const char *dir, char **bins, int n);
int np_cmd_image(int argc, char **argv);

/* report.c */
int np_report(const char *transcript, const char *expected_dir, FILE *out);
int np_cmd_report(int argc, char **argv);

#endif
