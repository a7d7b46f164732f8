#!/bin/sh
# A Rust program (examples/hello) round trip: while rustc links it, a wrapper
# also runs next-ld -r -u start over the same inputs (its objects, the rlibs
# of nextstep, alloc, core, compiler_builtins), which gives one MH_OBJECT
# with the same sections in the same order (archive members pulled as for
# the executable, gc from start).  Linking that object alone gives an
# executable byte-identical to rustc's, and it runs in next-run.
. ./lib.sh
cat > "$T/wrap" <<SH
#!/bin/sh
"$LD" "\$@" -r -u start -o "$T/hello.o" || exit 1
exec "$LD" "\$@"
SH
chmod +x "$T/wrap"
tdir=$BUILD/rust-tests/r-roundtrip
if ! CARGO_TARGET_DIR=$tdir "$ROOT/scripts/cargo-next" rustc --release \
        --manifest-path "$ROOT/examples/hello/Cargo.toml" -- -C linker="$T/wrap" \
        >"$T/build.log" 2>&1; then
    tail -n 30 "$T/build.log"; exit 1
fi
[ -f "$T/hello.o" ] || { echo "the wrapper did not run"; exit 1; }
same "$(next-otool -hv "$T/hello.o" | awk 'NR==4{print $4}')" OBJECT
"$LD" -arch m68040 -o "$T/hello" "$T/hello.o"
cmp "$T/hello" "$tdir/m68k-next-nextstep/release/hello"
next-run "$T/hello" > "$T/out"
same "$(head -n 1 "$T/out")" "Hello, World!"
