# Shared helpers for tests/otool/*.t (sourced, not a test itself).
# Each test gets a private temp dir $T, removed on exit.
set -eu
: "${ROOT:=$(cd ../.. && pwd)}"
: "${BUILD:=$ROOT/build}"
OTOOL="$BUILD/next-otool"
LD="$BUILD/next-ld"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export NEXT_CACHE_DIR="$T/cache"
# Assemble stdin into $T/NAME.o for the 68040.
asm() { m68k-linux-gnu-as -m68040 -o "$T/$1.o" -; }
# Link $T/NAME.o into the 68040 executable $T/NAME and print `next-otool -t NAME`, run in $T so
# that the listing starts with "NAME:". $tab is a tab, for the expected listings.
link_t() { (cd "$T" && "$LD" -arch m68040 -o "$1" "$1.o" && "$OTOOL" -t "$1"); }
tab=$(printf '\t')
# The smallest program, `start: moveq #0,%d0; rts`, assembled into $T/NAME.o.
asm_start() {
    printf '\t.text\n\t.globl start\nstart:\tmoveq #0,%%d0\n\trts\n' | asm "$1"
}
# The hand-made MH_OBJECT of mkobj.c (plain and scattered relocations) in $T/$1.
mkobj() {
    [ -x "$T/mkobj" ] || cc -O -o "$T/mkobj" "$ROOT/tests/otool/mkobj.c"
    "$T/mkobj" "$@"
}
# Write 32-bit big-endian words (numbers) to stdout.
be32() {
    for v in "$@"; do
        printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $((v >> 24 & 255)) $((v >> 16 & 255)) $((v >> 8 & 255)) $((v & 255)))"
    done
}
# Compare actual ($1) and expected ($2) text; show both on mismatch.
same() {
    if [ "$1" != "$2" ]; then
        printf 'expected:\n%s\nactual:\n%s\n' "$2" "$1"
        exit 1
    fi
}
# Run next-otool ARGS; fail unless it exits 1 with exactly the one stderr
# line $1 and nothing on stdout.
fails_with() {
    msg=$1; shift
    "$OTOOL" "$@" >"$T/out" 2>"$T/err" && st=0 || st=$?
    same "$st" 1
    same "$(cat "$T/err")" "$msg"
    same "$(cat "$T/out")" ""
}
