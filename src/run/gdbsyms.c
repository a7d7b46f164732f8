/*
 * next-gdbsyms: source-level debugging of a next-ld output under next-run's
 * gdb stub.  The NeXT Mach-O next-ld writes carries no DWARF, but the ELF
 * relocatable objects it was linked from do (when compiled with -g), and
 * gdb can load the debug information of a relocatable object placed at
 * given section addresses ("add-symbol-file FILE -s SECTION ADDR ...").
 * The addresses come from next-ld's link map (-Map FILE): every input
 * section line there reads
 *     "  0xADDR  0xSIZE  OBJECT:(SECTION)[ merged]"
 * under a "Section SEG,SECT" header, until "Discarded input sections".
 * This tool turns such a map into one add-symbol-file command per object
 * (sections in map order), to be read with gdb's -x option.  Sections
 * marked "merged" (string literals pooled into __cstring) have no address
 * of their own and are left out; objects that are not plain files (archive
 * members "lib.a(member.o)", or files that no longer exist, e.g. temporary
 * next-llc outputs) get a "#" comment line instead, since gdb can only load
 * a file.  Usage: next-gdbsyms MAPFILE > syms.gdb; exit 1 with one error
 * line per problem if the map cannot be read or lists no section.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct sect { char *name; unsigned long addr; };
struct obj { char *path; struct sect *s; size_t n; };

static struct obj *objs;
static size_t nobjs;

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p) {
        fprintf(stderr, "next-gdbsyms: error: out of memory\n");
        exit(1);
    }
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *d = xrealloc(NULL, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

static struct obj *obj_for(const char *path, size_t len)
{
    for (size_t i = 0; i < nobjs; i++)
        if (strlen(objs[i].path) == len && memcmp(objs[i].path, path, len) == 0)
            return &objs[i];
    objs = xrealloc(objs, (nobjs + 1) * sizeof *objs);
    objs[nobjs] = (struct obj){ xstrndup(path, len), NULL, 0 };
    return &objs[nobjs++];
}

/* One input-section line of the map; returns 0 if it is not one. */
static int parse_line(const char *l)
{
    unsigned long addr, size;
    int used = 0;
    if (sscanf(l, " 0x%lx 0x%lx %n", &addr, &size, &used) != 2 || !used)
        return 0;
    const char *spec = l + used;
    size_t len = strcspn(spec, "\n");
    int merged = len >= 7 && memcmp(spec + len - 7, " merged", 7) == 0;
    if (merged)
        len -= 7;
    /* OBJECT:(SECTION): the last ":(" splits (object paths may contain ':'). */
    const char *sep = NULL;
    for (const char *p = spec; p + 1 < spec + len; p++)
        if (p[0] == ':' && p[1] == '(')
            sep = p;
    if (!sep || spec[len - 1] != ')')
        return 0;
    struct obj *o = obj_for(spec, (size_t)(sep - spec));
    if (merged)
        return 1;
    o->s = xrealloc(o->s, (o->n + 1) * sizeof *o->s);
    o->s[o->n++] = (struct sect){ xstrndup(sep + 2, (size_t)(spec + len - 1 - (sep + 2))), addr };
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 2 || argv[1][0] == '-') {
        fprintf(stderr, "usage: next-gdbsyms MAPFILE   (a next-ld -Map file; prints gdb commands)\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        fprintf(stderr, "next-gdbsyms: error: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    char line[8192];
    int in_sections = 0, lines = 0;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "Section ", 8) == 0)
            in_sections = 1;
        else if (strncmp(line, "Discarded input sections", 24) == 0 ||
                 strncmp(line, "Absolute symbols", 16) == 0)
            in_sections = 0;
        else if (in_sections)
            lines += parse_line(line);
    }
    fclose(f);
    if (!lines) {
        fprintf(stderr, "next-gdbsyms: error: %s: no input sections (not a next-ld -Map file?)\n", argv[1]);
        return 1;
    }
    for (size_t i = 0; i < nobjs; i++) {
        struct obj *o = &objs[i];
        if (!o->n)
            continue;
        size_t pl = strlen(o->path);
        if ((pl && o->path[pl - 1] == ')') || access(o->path, R_OK) != 0) {
            printf("# %s: not a readable file (archive member or temporary object), no symbols\n",
                   o->path);
            continue;
        }
        printf("add-symbol-file %s", o->path);
        for (size_t k = 0; k < o->n; k++)
            printf(" -s %s 0x%lx", o->s[k].name, o->s[k].addr);
        printf("\n");
    }
    return 0;
}
