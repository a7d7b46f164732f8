#!/bin/sh
# Inputs that once crashed next-ld (found by fuzz/ld_elf, fuzz/ld_archive) now
# give exactly one error line naming the file and exit 1, with no output file.
#   elf-shstrndx-zero.elf: e_shstrndx = 0, the null section, whose offset was
#   never bounds-checked -> read far outside the file.
#   link-cstring-align.elf (fuzz/ld_link): a merged-string section aligned to
#   2^28 -> __cstring padding of 256 MB allocated before the alignment was
#   compared with -segalign (out-of-memory for larger alignments).
. ./lib.sh
cd "$T"
check() { # input expected-message [options]
    in=$1 msg=$2
    shift 2
    set +e
    "$LD" -o out "$@" "$in" 2>err
    rc=$?
    set -e
    same "$rc" "1"
    same "$(cat err)" "$msg"
    [ ! -e out ]
}
C="$ROOT/tests/ld/fuzz-crashes"
check "$C/elf-shstrndx-zero.elf" "next-ld: error: $C/elf-shstrndx-zero.elf: bad section header table"
check "$C/link-cstring-align.elf" "next-ld: error: $C/link-cstring-align.elf:(.rodata.str1.1): section alignment 268435456 exceeds -segalign 0x2000" \
    --no-gc-sections --defsym start=0x3000
