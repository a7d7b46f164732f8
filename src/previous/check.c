/*
 * next-previous: validation of what a Previous run needs and the user must
 * supply (the project cannot ship them): a NeXT boot ROM image, a NeXTSTEP
 * disk image and the Previous executable, plus xorriso for the CD-ROM image.
 * A ROM image is recognised by its size (Previous's 128 KiB EPROM window); a
 * NeXTSTEP disk image by the NeXT disk label magic in its first word (the
 * label is at byte 0 of a NeXT disk; previous.h cites the layout).  Each
 * problem is one line that says exactly what is missing or wrong.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "be.h"
#include "previous.h"

static const struct { const char *name; enum np_machine m; } machines[] = {
    { "cube030", NP_CUBE030 },
    { "cube040", NP_CUBE040 },
    { "station", NP_STATION },
    { "turbo", NP_TURBO },
};

bool np_parse_machine(const char *s, enum np_machine *m)
{
    for (size_t i = 0; i < sizeof machines / sizeof machines[0]; i++)
        if (strcmp(s, machines[i].name) == 0) {
            *m = machines[i].m;
            return true;
        }
    return false;
}

const char *np_machine_name(enum np_machine m)
{
    for (size_t i = 0; i < sizeof machines / sizeof machines[0]; i++)
        if (machines[i].m == m)
            return machines[i].name;
    return "?";
}

/* Opens WHAT 'PATH' for reading and reports why not; fills *st. */
static int open_regular(const char *what, const char *path, struct stat *st)
{
    int fd;
    if (stat(path, st) != 0) {
        np_error("%s '%s': %s", what, path, strerror(errno));
        return -1;
    }
    if (!S_ISREG(st->st_mode)) {
        np_error("%s '%s': not a regular file", what, path);
        return -1;
    }
    fd = open(path, O_RDONLY);
    if (fd < 0)
        np_error("%s '%s': %s", what, path, strerror(errno));
    return fd;
}

bool np_check_plain_file(const char *what, const char *path)
{
    struct stat st;
    int fd = open_regular(what, path, &st);
    if (fd < 0)
        return false;
    close(fd);
    return true;
}

bool np_check_rom(const char *path, bool verbose)
{
    struct stat st;
    int fd = open_regular("ROM", path, &st);
    if (fd < 0)
        return false;
    close(fd);
    if (st.st_size != NEXT_ROM_SIZE_NX && st.st_size != NEXT_ROM_SMALL_SIZE_NX) {
        np_error("ROM '%s' is %lld bytes; a NeXT boot ROM image is %d bytes (128 KiB) or %d bytes",
                 path, (long long)st.st_size, NEXT_ROM_SIZE_NX, NEXT_ROM_SMALL_SIZE_NX);
        return false;
    }
    if (verbose)
        printf("ok: ROM '%s' (%lld bytes)\n", path, (long long)st.st_size);
    return true;
}

bool np_check_disk(const char *path, bool verbose)
{
    struct stat st;
    unsigned char head[DL_LABEL_OFFSET_NX + DL_LABEL_LEN_NX];
    ssize_t got;
    uint32_t magic;
    int fd = open_regular("disk image", path, &st);
    if (fd < 0)
        return false;
    got = read(fd, head, sizeof head);
    close(fd);
    if (got < 0) {
        np_error("disk image '%s': %s", path, strerror(errno));
        return false;
    }
    if (got < 4) {
        np_error("disk image '%s' is %lld bytes, too small to hold a NeXT disk label",
                 path, (long long)st.st_size);
        return false;
    }
    magic = be32(head);
    if (magic != DL_V1_NX && magic != DL_V2_NX && magic != DL_V3_NX) {
        np_error("disk image '%s' has no NeXT disk label (it starts with %02x %02x %02x %02x, "
                 "not 'NeXT', 'dlV2' or 'dlV3')", path, head[0], head[1], head[2], head[3]);
        return false;
    }
    if (verbose) {
        char label[DL_LABEL_LEN_NX + 1] = "";
        if ((size_t)got == sizeof head) {
            memcpy(label, head + DL_LABEL_OFFSET_NX, DL_LABEL_LEN_NX);
            label[DL_LABEL_LEN_NX] = 0;
            for (char *p = label; *p; p++)
                if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
                    *p = '?';
        }
        printf("ok: disk image '%s' (NeXT disk label %.4s, volume '%s')\n",
               path, (const char *)head, label);
    }
    return true;
}

/* The Previous executable: --previous PATH, else $PREVIOUS, else "Previous"
 * (the name its CMake build produces) or "previous" on PATH. */
char *np_find_previous(const char *given, bool report)
{
    char *r;
    if (!given)
        given = getenv("PREVIOUS");
    if (given && *given) {
        r = np_find_on_path(given);
        if (!r && report) {
            struct stat st;
            if (strchr(given, '/') && stat(given, &st) != 0)
                np_error("Previous '%s': %s", given, strerror(errno));
            else if (strchr(given, '/'))
                np_error("Previous '%s': not an executable file", given);
            else
                np_missing("the Previous emulator: '%s' is not on PATH", given);
        }
        return r;
    }
    r = np_find_on_path("Previous");
    if (!r)
        r = np_find_on_path("previous");
    if (!r && report)
        np_missing("the Previous emulator: neither 'Previous' nor 'previous' is on PATH "
                   "(build it from https://previous.alternative-system.com/ or pass --previous PATH)");
    return r;
}

char *np_find_xorriso(bool report)
{
    const char *given = getenv("XORRISO");
    char *r = np_find_on_path(given && *given ? given : "xorriso");
    if (!r && report)
        np_missing("xorriso: '%s' is not on PATH (install the Debian package xorriso)",
                   given && *given ? given : "xorriso");
    return r;
}
