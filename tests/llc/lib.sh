# Shared by tests/llc/*.t: compile an LLVM IR reproducer for m68k either as
# stock LLVM does ("raw": llc-22 -filetype=obj, integrated assembler) or
# through next-llc ("pipeline"), link it with a small C driver built by GCC
# for m68k Linux, and run it under qemu-m68k.  LLVM's and GCC's C conventions
# agree for the int arguments and results these drivers use.
set -eu
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
ir_obj() { # MODE IN.ll OUT.o
    llvm-as-22 "$2" -o "$T/in.bc"
    if [ "$1" = raw ]; then next-llc --raw -o "$3" "$T/in.bc"
    else next-llc -o "$3" "$T/in.bc"; fi
}
# run MODE IR DRIVER.c: prints what the program prints (never fails the test by itself)
run() {
    ir_obj "$1" "$2" "$T/$1.o"
    m68k-linux-gnu-gcc -static -O1 -o "$T/$1.prog" "$3" "$T/$1.o"
    qemu-m68k -cpu m68040 "$T/$1.prog" 2>&1 || echo "exit status $?"
}
# expect_defect IR DRIVER.c EXPECTED: the stock output differs, the pipeline's is exact
expect_defect() {
    raw=$(run raw "$1" "$2")
    fixed=$(run pipeline "$1" "$2")
    echo "stock LLVM: $raw"
    echo "next-llc:   $fixed"
    if [ "$raw" = "$3" ]; then
        echo "the stock LLVM output is now correct: the defect may be fixed upstream"; return 1
    fi
    [ "$fixed" = "$3" ]
}
