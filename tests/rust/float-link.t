#!/bin/sh
# The `fpu` feature decides which float routines are linked: in the FPU build of
# examples/mandelbrot the float library calls it makes (__adddf3, __muldf3, __divdf3, __gtdf2,
# __floatunsidf) are defined by the nextstep rlib's member (crates/nextstep/src/float.rs), which
# contains the 68040 double-precision instructions (fdadd, fdmul, fddiv); in the default build
# they come from compiler_builtins, and no such instruction is present.
. ./float-lib.sh
tdir=${NEXT_RUST_TESTS_DIR:-$BUILD/rust-tests}/O2
# link_map FEATURES MAP: relinks examples/mandelbrot with next-ld's -Map (only the final link
# changes, so the dependencies are reused) and copies the executable to MAP.bin.
link_map() {
    set -- "$1" "$2" --release --manifest-path "$ROOT/examples/mandelbrot/Cargo.toml"
    f=$1 map=$2; shift 2
    [ -n "$f" ] && set -- "$@" --features "$f"
    if ! CARGO_TARGET_DIR=$tdir CARGO_PROFILE_RELEASE_OPT_LEVEL=2 \
            "${NEXT_CARGO_NEXT:-$ROOT/scripts/cargo-next}" rustc "$@" -- -C "link-arg=-Map=$map" \
            >"$TMP/build.log" 2>&1; then
        echo "build of examples/mandelbrot (features '$f') failed:"; tail -n 30 "$TMP/build.log"; exit 1
    fi
    cp "$tdir/m68k-next-nextstep/release/mandelbrot" "$map.bin"
}
# definer MAP SYMBOL: the input file (archive member) whose section lists SYMBOL in the map.
definer() { awk -v s="$2" '$NF ~ /\(/ { hdr = $NF } $2 == s { print hdr; exit }' "$1"; }
link_map "" "$TMP/soft.map"
link_map fpu "$TMP/fpu.map"
for sym in __adddf3 __muldf3 __divdf3 __gtdf2 __floatunsidf; do
    case $(definer "$TMP/fpu.map" $sym) in
        libnextstep-*) ;;
        *) echo "FPU build: $sym defined by '$(definer "$TMP/fpu.map" $sym)', not nextstep"; exit 1 ;;
    esac
    case $(definer "$TMP/soft.map" $sym) in
        libcompiler_builtins-*) ;;
        *) echo "soft-float build: $sym defined by '$(definer "$TMP/soft.map" $sym)'"; exit 1 ;;
    esac
done
count() { m68k-linux-gnu-objdump -D -b binary -m m68k:68040 "$1" | grep -cE "[[:space:]]$2[[:space:]]"; }
for insn in fdaddd fdmuld fddivd; do
    n=$(count "$TMP/soft.map.bin" $insn)
    [ "$n" = 0 ] || { echo "soft-float build contains $n $insn"; exit 1; }
    n=$(count "$TMP/fpu.map.bin" $insn)
    [ "$n" -ge 1 ] || { echo "FPU build contains no $insn"; exit 1; }
done
