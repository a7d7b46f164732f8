#!/bin/sh
# 'run' without ROM, disk image and Previous (what CI sees) names exactly
# what is missing, one line each, exits 1 and creates nothing; a binary that
# is not a NeXT executable is reported in the same pass.
. ./lib.sh
cd "$W"
fake_macho hello; printf 'text' > notes
mkdir "$T/bin"; ln -s "$(command -v xorriso)" "$T/bin/xorriso"
PATH="$T/bin" expect_rc 1 "$NP" run --work wd hello
same "$(cat "$T/out")" "next-previous: missing: the NeXT boot ROM image: no --rom FILE given (a dump of the ROM of the emulated machine, e.g. Rev_2.5_v66.BIN for a 68040 NeXT)
next-previous: missing: the NeXTSTEP disk image: no --disk FILE given (a hard disk image with NeXTSTEP 3.3 installed, with a NeXT disk label)
next-previous: missing: the Previous emulator: neither 'Previous' nor 'previous' is on PATH (build it from https://previous.alternative-system.com/ or pass --previous PATH)"
fake_rom rom.bin; fake_disk disk.img
PATH="$T/bin" expect_rc 1 "$NP" run --work wd --rom rom.bin --disk disk.img --previous /no/Previous hello notes
same "$(cat "$T/out")" "next-previous: error: Previous '/no/Previous': No such file or directory
next-previous: error: binary 'notes': 4 bytes, too short for a Mach-O header (28 bytes)"
same "$(ls)" "disk.img
hello
notes
rom.bin"
