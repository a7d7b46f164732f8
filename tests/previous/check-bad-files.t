#!/bin/sh
# 'check' with files that are there but wrong: a ROM of the wrong size, a disk
# image without a NeXT disk label, a --previous that does not exist; and with
# files that are absent or unreadable.  One line each, exit 1.
. ./lib.sh
cd "$W"
head -c 1000 /dev/zero > rom.bin
printf 'MBR!this is no NeXT disk' > disk.img
expect_rc 1 "$NP" check --rom rom.bin --disk disk.img --previous ./no/Previous
grep -v '^ok: xorriso' "$T/out" > res
same "$(cat res)" "next-previous: error: ROM 'rom.bin' is 1000 bytes; a NeXT boot ROM image is 131072 bytes (128 KiB) or 65536 bytes
next-previous: error: disk image 'disk.img' has no NeXT disk label (it starts with 4d 42 52 21, not 'NeXT', 'dlV2' or 'dlV3')
next-previous: error: Previous './no/Previous': No such file or directory"
expect_rc 1 "$NP" check --rom absent.bin --disk . --previous ./no/Previous
grep -v '^ok: xorriso' "$T/out" > res
same "$(cat res)" "next-previous: error: ROM 'absent.bin': No such file or directory
next-previous: error: disk image '.': not a regular file
next-previous: error: Previous './no/Previous': No such file or directory"
if [ "$(id -u)" != 0 ]; then   # root reads mode-000 files anyway
    fake_rom unreadable.bin; chmod 000 unreadable.bin
    expect_rc 1 "$NP" check --rom unreadable.bin --disk disk.img
    grep -q "^next-previous: error: ROM 'unreadable.bin': Permission denied$" "$T/out"
fi
