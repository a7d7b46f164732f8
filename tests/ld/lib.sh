# Shared helpers for tests/ld/*.t (sourced, not a test itself).
# Each test gets a private temp dir $T, removed on exit.
set -eu
: "${ROOT:=$(cd ../.. && pwd)}"
: "${BUILD:=$ROOT/build}"
LD="$BUILD/next-ld"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export NEXT_CACHE_DIR="$T/cache"
# Assemble stdin into $T/NAME.o for the 68040.
asm() { m68k-linux-gnu-as -m68040 -o "$T/$1.o" -; }
# Compile C from stdin into $T/NAME.o, freestanding and non-PIC.
cc68k() { m68k-linux-gnu-gcc -c -O1 -ffreestanding -fno-pic -m68040 "$@"; }
# Build the independent Mach-O dumper.
machodump() {
    [ -x "$T/machodump" ] || cc -O -o "$T/machodump" "$ROOT/tests/ld/machodump.c"
    "$T/machodump" "$@"
}
# Hex dump of LEN bytes at file offset OFF, one line of "xx xx ...".
bytes() { od -An -v -tx1 -j "$2" -N "$3" "$1" | tr -s ' \n' '  ' | sed 's/^ //; s/ $//'; }
# Compare actual ($1) and expected ($2) text; show both on mismatch.
same() {
    if [ "$1" != "$2" ]; then
        printf 'expected:\n%s\nactual:\n%s\n' "$2" "$1"
        exit 1
    fi
}
# A stand-in for next-llc: its "bitcode" input is the 4 magic bytes followed
# by the path of a prepared ELF object, which it copies to the output.  Every
# call is logged to $T/llc.log; whether next-ld asked for debug info (-g, when
# the link does not strip it) goes to $T/llc.log.g, one "-g" or "none" per call.
fake_llc() {
    cat > "$T/fake-llc" <<'SH'
#!/bin/sh
if [ "$1" = -g ]; then echo -g; shift; else echo none; fi >> "${FAKE_LLC_LOG:?}.g"
[ "$1" = -o ] || { echo "fake-llc: usage" >&2; exit 2; }
src=$(tail -c +5 "$3")
echo "$src" >> "${FAKE_LLC_LOG:?}"
[ -f "$src" ] || { echo "fake-llc: cannot compile $src" >&2; exit 1; }
cp "$src" "$2"
SH
    chmod +x "$T/fake-llc"
    export NEXT_LLC="$T/fake-llc" FAKE_LLC_LOG="$T/llc.log"
}
# Fake bitcode: raw magic BC C0 DE, or with -w the wrapper magic DE C0 17 0B.
fake_bc() {
    if [ "$1" = -w ]; then shift; printf '\336\300\027\013%s' "$1"; else printf 'BC\300\336%s' "$1"; fi
}
