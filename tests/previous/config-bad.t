#!/bin/sh
# Bad 'config' input: missing files give one error line each and exit 1, a
# path Previous's configuration reader would cut (it contains '=') is refused,
# an unknown machine or a missing option is a usage error (exit 2); no output
# file (not even a temporary) is left behind in any case.
. ./lib.sh
cd "$W"
fake_rom rom.bin; fake_disk disk.img; printf 'cd' > tests.iso
expect_rc 1 "$NP" config -o p.cfg --rom nope.bin --disk nope.img --cd nope.iso
same "$(cat "$T/out")" "next-previous: error: ROM 'nope.bin': No such file or directory
next-previous: error: disk image 'nope.img': No such file or directory
next-previous: error: CD-ROM image 'nope.iso': No such file or directory"
cp tests.iso 'a=b.iso'
expect_rc 1 "$NP" config -o p.cfg --rom rom.bin --disk disk.img --cd 'a=b.iso'
same "$(cat "$T/out")" "next-previous: error: CD-ROM image path '$(pwd -P)/a=b.iso' cannot be stored in a Previous configuration (it contains '=' or a line break)"
expect_rc 2 "$NP" config -o p.cfg --rom rom.bin --disk disk.img --cd tests.iso --machine slab
same "$(cat "$T/out")" "next-previous: error: config: unknown machine 'slab' (cube030, cube040, station or turbo)"
expect_rc 2 "$NP" config -o p.cfg --rom rom.bin --disk disk.img
same "$(head -1 "$T/out")" "next-previous: error: config: -o, --rom, --disk and --cd are required"
same "$(ls)" "a=b.iso
disk.img
rom.bin
tests.iso"
