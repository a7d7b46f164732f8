# Shared helpers for the next-run tests (sourced, not a test itself).
# guest NAME: assemble NAME.s (GNU m68k syntax, 68040) into a NeXT MH_EXECUTE
# $T/NAME via a flat image and mkmacho (text at 0x3000, data at 0x8000).
set -eu
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
BUILD=${BUILD:-$ROOT/build}
cc -std=c17 -O2 -I"$ROOT/src/common" -o "$T/mkmacho" "$ROOT/tests/run/mkmacho.c"
guest() {
    name=$1; shift
    m68k-linux-gnu-as -m68040 -I"$ROOT/tests/run" -o "$T/$name.o" "$name.s"
    m68k-linux-gnu-ld -Ttext=0x3000 -Tdata=0x8000 -Tbss=0xa000 -e 0x3000 -o "$T/$name.elf" "$T/$name.o"
    m68k-linux-gnu-objcopy -O binary -j .text "$T/$name.elf" "$T/$name.text"
    m68k-linux-gnu-objcopy -O binary -j .data "$T/$name.elf" "$T/$name.data"
    "$T/mkmacho" -o "$T/$name" -t "$T/$name.text" -d "$T/$name.data" -D 0x8000 -b 0x4000 "$@"
}
# expect WHAT EXPECTED ACTUAL: compare and show a diff on mismatch.
expect() {
    if [ "$2" != "$3" ]; then
        echo "FAIL: $1"; echo "expected: $2"; echo "actual:   $3"; exit 1
    fi
}
# cguest NAME: compile NAME.c (freestanding, NeXT syscalls via crt0.s) into
# the NeXT executable $T/NAME.
cguest() {
    name=$1; shift
    m68k-linux-gnu-gcc -m68040 -O1 -ffreestanding -fno-builtin -fno-pic -fno-pie -nostdlib -static \
        -no-pie -Wl,-T,guest.ld -Wl,--build-id=none -Wl,-z,noexecstack -o "$T/$name.elf" crt0.s "$name.c" -lgcc
    m68k-linux-gnu-objcopy -O binary -j .text "$T/$name.elf" "$T/$name.text"
    m68k-linux-gnu-objcopy -O binary -j .data "$T/$name.elf" "$T/$name.data"
    "$T/mkmacho" -o "$T/$name" -t "$T/$name.text" -d "$T/$name.data" -D 0x20000 -b 0x20000 "$@"
}
# shlib NAME LIBPATH MINOR: build NAME.s as a fixed VM shared library with
# text at 0x05002000 (header at 0x05000000) and data at 0x04010000.
shlib() {
    m68k-linux-gnu-as -m68040 -I"$ROOT/tests/run" -o "$T/$1.o" "$1.s"
    m68k-linux-gnu-ld -Ttext=0x05002000 -Tdata=0x04010000 -e 0x05002000 -o "$T/$1.elf" "$T/$1.o"
    m68k-linux-gnu-objcopy -O binary -j .text "$T/$1.elf" "$T/$1.text"
    m68k-linux-gnu-objcopy -O binary -j .data "$T/$1.elf" "$T/$1.data"
    "$T/mkmacho" -o "$T/$1" -i "$2" -m "$3" -B 0x05000000 -T 0x05002000 -t "$T/$1.text" \
        -d "$T/$1.data" -D 0x04010000
}
