/*
 * next-previous: harness for running this toolchain's NeXT m68k binaries on
 * real NeXTSTEP 3.3 inside the Previous emulator
 * (https://previous.alternative-system.com/).  The NeXT boot ROM and the
 * NeXTSTEP disk image are copyrighted and must come from the user, and
 * Previous is not packaged in Debian; so every path first establishes what
 * is there and names exactly what is missing.
 *
 * Previous takes no command-line options (its main() only loads
 * CONFDIR/previous.cfg, then the user's previous.cfg in its home directory;
 * Previous src/main.c, Main_LoadInitialConfig), so "run" gives it a private
 * HOME holding the generated configuration.  The guest's results come back
 * through a host directory that Previous's internal NFS server shares
 * (Previous 2.3 and later); the transcript is judged by report.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "previous.h"

static void usage(FILE *f)
{
    fprintf(f,
        "usage: next-previous COMMAND [options]\n"
        "Run NeXT m68k binaries on NeXTSTEP 3.3 inside the Previous emulator.\n"
        "\n"
        "commands:\n"
        "  check --rom FILE --disk FILE [--previous PATH]\n"
        "      say what a Previous run is missing (ROM, disk image, Previous, xorriso)\n"
        "  image -o ISO BINARY...\n"
        "      build an ISO 9660 CD-ROM image holding the binaries and the 'runall' script\n"
        "  config -o CFG --rom FILE --disk FILE --cd ISO [--machine M] [--share DIR]\n"
        "      write a Previous configuration; M is cube030, cube040 (default), station\n"
        "      or turbo; DIR is a host directory shared with the guest over NFS\n"
        "  report TRANSCRIPT EXPECTED_DIR\n"
        "      judge a runall transcript against NAME.stdout, NAME.stderr, NAME.status\n"
        "  run --rom FILE --disk FILE [--machine M] [--previous PATH] [--work DIR]\n"
        "      [--expected DIR] BINARY...\n"
        "      all of the above: image, configuration, start Previous, report\n"
        "\n"
        "  --help, --version\n"
        "\n"
        "environment: PREVIOUS (the Previous executable), XORRISO (the xorriso executable)\n");
}

static int cmd_check(int argc, char **argv)
{
    const char *rom = NULL, *disk = NULL, *prev = NULL;
    bool ok = true;
    char *p, *x;
    for (int i = 0; i < argc; i++) {
        const char **slot = NULL;
        if (strcmp(argv[i], "--rom") == 0) slot = &rom;
        else if (strcmp(argv[i], "--disk") == 0) slot = &disk;
        else if (strcmp(argv[i], "--previous") == 0) slot = &prev;
        else {
            np_error("check: unknown argument '%s'", argv[i]);
            return 2;
        }
        if (i + 1 >= argc) {
            np_error("check: %s needs a value", argv[i]);
            return 2;
        }
        *slot = argv[++i];
    }
    fflush(stdout);
    if (!rom) {
        np_missing("the NeXT boot ROM image: no --rom FILE given (a dump of the ROM of the emulated "
                   "machine, e.g. Rev_2.5_v66.BIN for a 68040 NeXT)");
        ok = false;
    } else
        ok = np_check_rom(rom, true) && ok;
    fflush(stdout);
    if (!disk) {
        np_missing("the NeXTSTEP disk image: no --disk FILE given (a hard disk image with "
                   "NeXTSTEP 3.3 installed, with a NeXT disk label)");
        ok = false;
    } else
        ok = np_check_disk(disk, true) && ok;
    fflush(stdout);
    p = np_find_previous(prev, true);
    if (p)
        printf("ok: Previous '%s'\n", p);
    else
        ok = false;
    fflush(stdout);
    x = np_find_xorriso(true);
    if (x)
        printf("ok: xorriso '%s'\n", x);
    else
        ok = false;
    free(p);
    free(x);
    return ok ? 0 : 1;
}

static bool write_config_to(const char *path, const struct np_config *c)
{
    struct np_out o;
    if (!np_out_open(&o, path))
        return false;
    if (!np_write_config(o.f, c)) {
        np_out_abort(&o);
        return false;
    }
    return np_out_commit(&o);
}

static char *join(const char *a, const char *b)
{
    char *s = np_xmalloc(strlen(a) + strlen(b) + 2);
    sprintf(s, "%s/%s", a, b);
    return s;
}

static int cmd_run(int argc, char **argv)
{
    const char *rom = NULL, *disk = NULL, *prev = NULL, *work = "next-previous-run", *expected = NULL;
    const char *mach = "cube040";
    char **bins = np_xmalloc(sizeof(char *) * (size_t)(argc > 0 ? argc : 1));
    int nbins = 0, rc = 1;
    bool ok = true;
    char *previous = NULL, *xorriso = NULL, *awork = NULL, *share = NULL, *home = NULL, *iso = NULL,
         *cfg = NULL, *transcript = NULL, *arom = NULL, *adisk = NULL;
    struct np_config c = { 0 };
    pid_t pid;
    int st;

    for (int i = 0; i < argc; i++) {
        const char **slot = NULL;
        if (strcmp(argv[i], "--rom") == 0) slot = &rom;
        else if (strcmp(argv[i], "--disk") == 0) slot = &disk;
        else if (strcmp(argv[i], "--previous") == 0) slot = &prev;
        else if (strcmp(argv[i], "--machine") == 0) slot = &mach;
        else if (strcmp(argv[i], "--work") == 0) slot = &work;
        else if (strcmp(argv[i], "--expected") == 0) slot = &expected;
        else if (argv[i][0] == '-' && argv[i][1]) {
            np_error("run: unknown option '%s'", argv[i]);
            free(bins);
            return 2;
        } else {
            bins[nbins++] = argv[i];
            continue;
        }
        if (i + 1 >= argc) {
            np_error("run: %s needs a value", argv[i]);
            free(bins);
            return 2;
        }
        *slot = argv[++i];
    }
    if (nbins == 0) {
        np_error("run: no binaries given");
        free(bins);
        return 2;
    }
    if (!np_parse_machine(mach, &c.machine)) {
        np_error("run: unknown machine '%s' (cube030, cube040, station or turbo)", mach);
        free(bins);
        return 2;
    }

    /* Everything the run needs, all reported before anything is written. */
    if (!rom) {
        np_missing("the NeXT boot ROM image: no --rom FILE given (a dump of the ROM of the emulated "
                   "machine, e.g. Rev_2.5_v66.BIN for a 68040 NeXT)");
        ok = false;
    } else
        ok = np_check_rom(rom, false) && ok;
    if (!disk) {
        np_missing("the NeXTSTEP disk image: no --disk FILE given (a hard disk image with "
                   "NeXTSTEP 3.3 installed, with a NeXT disk label)");
        ok = false;
    } else
        ok = np_check_disk(disk, false) && ok;
    previous = np_find_previous(prev, true);
    if (previous && strchr(previous, '/')) {
        /* Previous is started from the work directory: name it absolutely */
        char *a = realpath(previous, NULL);
        if (a) {
            free(previous);
            previous = a;
        }
    }
    ok = previous && ok;
    xorriso = np_find_xorriso(true);
    ok = xorriso && ok;
    for (int i = 0; i < nbins; i++) {
        const char *b = strrchr(bins[i], '/') ? strrchr(bins[i], '/') + 1 : bins[i];
        ok = np_valid_name(b, bins[i]) && np_check_binary(bins[i]) && ok;
    }
    if (expected) {
        struct stat sb;
        if (stat(expected, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
            np_error("expected results '%s': not a directory", expected);
            ok = false;
        }
    }
    if (!ok)
        goto out;

    ok = np_mkdir_p(work);
    awork = ok ? np_abspath(work) : NULL;
    if (!awork)
        goto out;
    share = join(awork, "share");
    home = join(awork, "home");
    iso = join(awork, "tests.iso");
    cfg = join(awork, "previous.cfg");
    transcript = join(share, "transcript");
    {
        char *d1 = join(home, ".previous"), *d2 = join(home, ".config/previous");
        ok = np_mkdir_p(share) && np_mkdir_p(d1) && np_mkdir_p(d2);
        free(d1);
        free(d2);
    }
    if (!ok || !np_make_image(iso, bins, nbins))
        goto out;
    /* The same binaries and runall, reachable in the guest through NFS
     * (a fallback for a guest that does not mount the CD). */
    {
        char *tests = join(share, "tests");
        ok = np_mkdir_p(tests) && np_stage_dir(tests, bins, nbins);
        free(tests);
        if (!ok)
            goto out;
    }
    arom = np_abspath(rom);
    adisk = np_abspath(disk);
    if (!arom || !adisk)
        goto out;
    c.rom = arom;
    c.disk = adisk;
    c.cd = iso;
    c.share = share;
    /* Previous reads previous.cfg from its home directory; the directory name
     * differs between versions (Hatari's scheme: ~/.previous or
     * ~/.config/previous), so the file goes to each candidate. */
    {
        const char *rel[] = { "previous.cfg", ".previous/previous.cfg", ".config/previous/previous.cfg" };
        ok = write_config_to(cfg, &c);
        for (size_t i = 0; ok && i < sizeof rel / sizeof rel[0]; i++) {
            char *p = join(home, rel[i]);
            ok = write_config_to(p, &c);
            free(p);
        }
    }
    if (!ok)
        goto out;
    if (unlink(transcript) != 0 && errno != ENOENT) {
        np_error("%s: %s", transcript, strerror(errno));
        goto out;
    }

    printf("next-previous: CD-ROM image %s, configuration %s\n", iso, cfg);
    printf("next-previous: starting %s with HOME=%s\n", previous, home);
    printf("In NeXTSTEP 3.3, logged in as 'me', open a Terminal and type:\n");
    printf("    sh /Net/tests/runall /Net/transcript\n");
    printf("(/Net is %s, shared by Previous over NFS; the binaries and runall are\n", share);
    printf("also on the CD-ROM, volume NEXTTESTS).  Then shut NeXTSTEP down and quit Previous.\n");
    fflush(stdout);

    pid = fork();
    if (pid < 0) {
        np_error("fork: %s", strerror(errno));
        goto out;
    }
    if (pid == 0) {
        setenv("HOME", home, 1);
        if (chdir(awork) != 0)
            _exit(126);
        execl(previous, previous, (char *)NULL);
        fprintf(stderr, "next-previous: error: cannot start '%s': %s\n", previous, strerror(errno));
        _exit(127);
    }
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) {
            np_error("waitpid: %s", strerror(errno));
            goto out;
        }
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
        fprintf(stderr, "next-previous: note: Previous ended with %s %d\n",
                WIFEXITED(st) ? "exit status" : "signal", WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st));
    if (access(transcript, F_OK) != 0) {
        np_error("no transcript at '%s': runall's output was not copied back from the guest", transcript);
        goto out;
    }
    rc = np_report(transcript, expected, stdout);
out:
    free(bins);
    free(previous);
    free(xorriso);
    free(awork);
    free(share);
    free(home);
    free(iso);
    free(cfg);
    free(transcript);
    free(arom);
    free(adisk);
    return rc;
}

int main(int argc, char **argv)
{
    const char *cmd;
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("next-previous %s (Previous emulator harness for NeXTSTEP 3.3 m68k)\n", NP_VERSION);
        return 0;
    }
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 2, argv + 2);
    if (strcmp(cmd, "image") == 0)
        return np_cmd_image(argc - 2, argv + 2);
    if (strcmp(cmd, "config") == 0)
        return np_cmd_config(argc - 2, argv + 2);
    if (strcmp(cmd, "report") == 0)
        return np_cmd_report(argc - 2, argv + 2);
    if (strcmp(cmd, "run") == 0)
        return cmd_run(argc - 2, argv + 2);
    np_error("unknown command '%s' (check, image, config, report or run; see --help)", cmd);
    return 2;
}
