#!/bin/sh
# 'check' with nothing to work with (no --rom, no --disk, neither Previous nor
# xorriso on PATH) names each missing item on its own line and exits 1.
. ./lib.sh
mkdir "$T/empty"
PATH="$T/empty" expect_rc 1 "$NP" check
same "$(cat "$T/out")" "next-previous: missing: the NeXT boot ROM image: no --rom FILE given (a dump of the ROM of the emulated machine, e.g. Rev_2.5_v66.BIN for a 68040 NeXT)
next-previous: missing: the NeXTSTEP disk image: no --disk FILE given (a hard disk image with NeXTSTEP 3.3 installed, with a NeXT disk label)
next-previous: missing: the Previous emulator: neither 'Previous' nor 'previous' is on PATH (build it from https://previous.alternative-system.com/ or pass --previous PATH)
next-previous: missing: xorriso: 'xorriso' is not on PATH (install the Debian package xorriso)"
