# Shared helpers for tests/previous/*.t (sourced, not a test itself).
# Each test gets a private temp dir $T, removed on exit.
set -eu
: "${ROOT:=$(cd ../.. && pwd)}"
: "${BUILD:=$ROOT/build}"
NP="$BUILD/next-previous"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
W="$T/w"; mkdir "$W"   # where a test works; $T/out holds captured output
# Compare actual ($1) and expected ($2) text; show both on mismatch.
same() {
    if [ "$1" != "$2" ]; then
        printf 'expected:\n%s\nactual:\n%s\n' "$2" "$1"
        exit 1
    fi
}
# A stand-in NeXT m68k executable: a mach_header (MH_MAGIC 0xfeedface,
# cputype 6 = MC680x0, subtype 2, filetype 2 = MH_EXECUTE) and a few bytes.
fake_macho() {
    printf '\376\355\372\316\000\000\000\006\000\000\000\002\000\000\000\002' > "$1"
    head -c 12 /dev/zero >> "$1"
    printf 'body of %s\n' "$(basename "$1")" >> "$1"
}
# A stand-in 128 KiB NeXT ROM image (zeros: only its size is checked).
fake_rom() { head -c 131072 /dev/zero > "$1"; }
# A stand-in NeXTSTEP disk image: a version-3 NeXT disk label ("dlV3", label
# sector 0, volume name at byte 12) and some zeros.
fake_disk() {
    { printf 'dlV3\0\0\0\0\0\0\0\0NeXTSTEP 3.3'; head -c 8180 /dev/zero; } > "$1"
}
# Run a command, expecting exit status $1; its stdout+stderr go to $T/out.
expect_rc() {
    want=$1; shift
    set +e
    "$@" > "$T/out" 2>&1
    rc=$?
    set -e
    if [ "$rc" != "$want" ]; then
        echo "exit status $rc, expected $want, from: $*"
        cat "$T/out"
        exit 1
    fi
}
