/*
 * next-previous config: writes a configuration file for the Previous NeXT
 * emulator.  Previous keeps Hatari's INI-like format (Previous src/cfgopts.c):
 * "[Section]" headers, "key = value" lines, '#' comments, booleans written
 * TRUE/FALSE; a key absent from the file keeps Previous's built-in default, so
 * only the keys that matter here are written.  The line reader splits at '='
 * with strtok, trims blanks and reads at most 1024 bytes per line, so a path
 * holding '=' or a newline, or starting or ending with a blank, cannot be
 * stored; such paths are refused instead of being silently cut.
 *
 * Key names and sections are those of the configs_* tables in Previous
 * src/configuration.c (checked in the 1.x, 2.x and 4.2 sources: [ConfigDialog]
 * bShowConfigDialogAtStartup; [Boot] nBootDevice; [HardDisk] szImageNameN,
 * nDeviceTypeN, bDiskInsertedN, bWriteProtectedN; [Ethernet]
 * bEthernetConnected, szNFSroot (2.3-3.7) and szNFSPathName0 (3.8 and later);
 * [ROM] szRom030FileName, szRom040FileName, szRomTurboFileName; [System]
 * nMachineType, bColor, bTurbo, bNBIC, bADB (3.1 and later; Apple Desktop Bus
 * keyboard and mouse, on for Turbo machines), nSCSI, nRTC, nCpuLevel,
 * nCpuFreq, n_FPUType; [Memory] nMemoryBankSizeN).  An older Previous skips
 * keys it does not know.  Enumeration values come from
 * src/includes/configuration.h: MACHINETYPE NEXT_CUBE030=0, NEXT_CUBE040=1,
 * NEXT_STATION=2; SCSI_DEVTYPE none=0, hard disk=1, CD=2; BOOT_DEVICE
 * BOOT_ROM=0, BOOT_SCSI=1; SCSICHIP NCR53C90=0, NCR53C90A=1; RTCCHIP
 * MC68HC68T1=0, MCCS1850=1 (nSCSI and nRTC are declared Bool_Tag in the table,
 * so they are written FALSE/TRUE); FPUTYPE 68882 or 68040.  The per-machine
 * values follow Configuration_SetSystemDefaults, which Previous applies only
 * when the machine is picked in its dialog, not when a file is loaded, so the
 * file has to carry a consistent set itself.
 */
#include <stdlib.h>
#include <string.h>

#include "previous.h"

struct machine_values {
    enum np_machine m;
    int type;               /* nMachineType */
    bool color, turbo, nbic, adb;
    bool scsi_53c90a;       /* nSCSI */
    bool rtc_mccs1850;      /* nRTC */
    int cpu_level, cpu_mhz, fpu;
    const char *rom_key;    /* the ROM slot Previous loads for this machine */
    int banks[4];           /* MiB per memory bank */
};

static const struct machine_values machine_table[] = {
    { NP_CUBE030, 0, false, false, true,  false, false, false, 3, 25, 68882, "szRom030FileName",   { 16, 16, 16, 16 } },
    { NP_CUBE040, 1, false, false, true,  false, true,  false, 4, 25, 68040, "szRom040FileName",   { 16, 16, 16, 16 } },
    { NP_STATION, 2, false, false, false, false, true,  false, 4, 25, 68040, "szRom040FileName",   { 16, 16, 0, 0 } },
    { NP_TURBO,   2, false, true,  false, true,  true,  true,  4, 33, 68040, "szRomTurboFileName", { 32, 32, 32, 32 } },
};

/* SCSI targets: the NeXTSTEP disk on target 0 (the ROM's "bsd" boots the
 * lowest disk), the test CD-ROM on target 1. */
#define DISK_TARGET 0
#define CD_TARGET   1

static const char *tf(bool b) { return b ? "TRUE" : "FALSE"; }

static bool storable(const char *what, const char *path)
{
    size_t n = strlen(path);
    if (strchr(path, '=') || strchr(path, '\n') || strchr(path, '\r')) {
        np_error("%s path '%s' cannot be stored in a Previous configuration (it contains '=' or a line break)",
                 what, path);
        return false;
    }
    if (n == 0 || n > 1000 || path[0] == ' ' || path[0] == '\t' || path[n - 1] == ' ' || path[n - 1] == '\t') {
        np_error("%s path '%s' cannot be stored in a Previous configuration (empty, too long, or blank at an end)",
                 what, path);
        return false;
    }
    return true;
}

bool np_write_config(FILE *f, const struct np_config *c)
{
    const struct machine_values *v = NULL;
    for (size_t i = 0; i < sizeof machine_table / sizeof machine_table[0]; i++)
        if (machine_table[i].m == c->machine)
            v = &machine_table[i];
    if (!v)
        return false;
    if (!storable("ROM", c->rom) || !storable("disk image", c->disk) || !storable("CD-ROM image", c->cd) ||
        (c->share && !storable("shared directory", c->share)))
        return false;

    fprintf(f, "# Previous configuration written by next-previous %s (machine %s).\n",
            NP_VERSION, np_machine_name(c->machine));
    fprintf(f, "# Keys missing here keep Previous's defaults.\n");
    fprintf(f, "[ConfigDialog]\nbShowConfigDialogAtStartup = FALSE\n\n");
    fprintf(f, "[Boot]\nnBootDevice = 1\n\n");
    fprintf(f, "[HardDisk]\n");
    fprintf(f, "szImageName%d = %s\nnDeviceType%d = 1\nbDiskInserted%d = TRUE\nbWriteProtected%d = FALSE\n",
            DISK_TARGET, c->disk, DISK_TARGET, DISK_TARGET, DISK_TARGET);
    fprintf(f, "szImageName%d = %s\nnDeviceType%d = 2\nbDiskInserted%d = TRUE\nbWriteProtected%d = TRUE\n\n",
            CD_TARGET, c->cd, CD_TARGET, CD_TARGET, CD_TARGET);
    if (c->share) {
        fprintf(f, "[Ethernet]\nbEthernetConnected = TRUE\nszNFSroot = %s\nszNFSPathName0 = %s\n\n",
                c->share, c->share);
    }
    fprintf(f, "[ROM]\n%s = %s\n\n", v->rom_key, c->rom);
    fprintf(f, "[System]\nnMachineType = %d\nbColor = %s\nbTurbo = %s\nbNBIC = %s\nbADB = %s\nnSCSI = %s\nnRTC = %s\n"
               "nCpuLevel = %d\nnCpuFreq = %d\nn_FPUType = %d\n\n",
            v->type, tf(v->color), tf(v->turbo), tf(v->nbic), tf(v->adb), tf(v->scsi_53c90a), tf(v->rtc_mccs1850),
            v->cpu_level, v->cpu_mhz, v->fpu);
    fprintf(f, "[Memory]\n");
    for (int i = 0; i < 4; i++)
        fprintf(f, "nMemoryBankSize%d = %d\n", i, v->banks[i]);
    return !ferror(f);
}

static int usage_config(void)
{
    fprintf(stderr, "usage: next-previous config -o CFG --rom FILE --disk FILE --cd ISO "
                    "[--machine cube030|cube040|station|turbo] [--share DIR]\n");
    return 2;
}

int np_cmd_config(int argc, char **argv)
{
    const char *out = NULL, *rom = NULL, *disk = NULL, *cd = NULL, *share = NULL, *mach = "cube040";
    struct np_config c = { 0 };
    struct np_out o;
    bool ok = true;
    char *arom = NULL, *adisk = NULL, *acd = NULL, *ashare = NULL;

    for (int i = 0; i < argc; i++) {
        const char **slot = NULL;
        if (strcmp(argv[i], "-o") == 0) slot = &out;
        else if (strcmp(argv[i], "--rom") == 0) slot = &rom;
        else if (strcmp(argv[i], "--disk") == 0) slot = &disk;
        else if (strcmp(argv[i], "--cd") == 0) slot = &cd;
        else if (strcmp(argv[i], "--machine") == 0) slot = &mach;
        else if (strcmp(argv[i], "--share") == 0) slot = &share;
        else {
            np_error("config: unknown argument '%s'", argv[i]);
            return usage_config();
        }
        if (i + 1 >= argc) {
            np_error("config: %s needs a value", argv[i]);
            return usage_config();
        }
        *slot = argv[++i];
    }
    if (!out || !rom || !disk || !cd) {
        np_error("config: -o, --rom, --disk and --cd are required");
        return usage_config();
    }
    if (!np_parse_machine(mach, &c.machine)) {
        np_error("config: unknown machine '%s' (cube030, cube040, station or turbo)", mach);
        return 2;
    }
    ok = np_check_rom(rom, false) && ok;
    ok = np_check_disk(disk, false) && ok;
    ok = np_check_plain_file("CD-ROM image", cd) && ok;
    if (share) {
        char *s = realpath(share, NULL);
        if (!s) {
            np_error("shared directory '%s': not found", share);
            ok = false;
        }
        free(s);
    }
    if (!ok)
        return 1;
    arom = np_abspath(rom);
    adisk = np_abspath(disk);
    acd = np_abspath(cd);
    ashare = share ? np_abspath(share) : NULL;
    c.rom = arom;
    c.disk = adisk;
    c.cd = acd;
    c.share = ashare;
    ok = arom && adisk && acd && (!share || ashare);
    if (ok && np_out_open(&o, out)) {
        if (np_write_config(o.f, &c))
            ok = np_out_commit(&o);
        else {
            np_out_abort(&o);
            ok = false;
        }
    } else
        ok = false;
    free(arom);
    free(adisk);
    free(acd);
    free(ashare);
    return ok ? 0 : 1;
}
