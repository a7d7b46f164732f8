#!/bin/sh
# Source-level debugging of Rust: examples/debug built in the dev profile (debug info), so
# next-ld writes the ELF companion (deps/debug-HASH.dbg beside the Mach-O). gdb-multiarch loads
# it and connects to next-run --gdb: a breakpoint on a source line stops there with the
# arguments shown, `next` moves to the following line, `print` shows locals, `x` reads a local
# from guest memory, pc is the address the line table gives for that line, `bt` names the
# caller's line, `finish` returns the function's result; then the session kills the program.
. ./lib.sh
command -v gdb-multiarch >/dev/null || { echo "gdb-multiarch missing (scripts/install-deps)"; exit 1; }
tdir=$BUILD/rust-tests/dev
CARGO_TARGET_DIR=$tdir "$ROOT/scripts/cargo-next" build --manifest-path "$ROOT/examples/debug/Cargo.toml" \
    >"$T/build.log" 2>&1 || { tail -n 40 "$T/build.log"; exit 1; }
out=$tdir/m68k-next-nextstep/debug
# cargo hard-links deps/debug-HASH to debug/debug; the companion sits beside the former
bin=$(find "$out/deps" -samefile "$out/debug")
[ -f "$bin.dbg" ] || { echo "no $bin.dbg"; exit 1; }
src=$ROOT/examples/debug/src/main.rs
l1=$(grep -n 'gdb: product' "$src" | cut -d: -f1)
l2=$(grep -n 'gdb: total' "$src" | cut -d: -f1)
lmain=$(grep -n 'let result = scale' "$src" | cut -d: -f1)
# address of the first instruction of line l2, from the line table (not from gdb)
pc2=$(m68k-linux-gnu-objdump --dwarf=decodedline "$bin.dbg" |
    awk -v l="$l2" '$1 == "main.rs" && $2 == l && $4 == "x" {print $3; exit}')
[ -n "$pc2" ] || { echo "line $l2 not in the line table"; exit 1; }
cd "$T"
for try in 1 2 3 4 5; do
    port=$((20000 + ($$ * 13 + try * 1693) % 40000))
    cat >cmds <<END
set pagination off
set confirm off
target remote :$port
handle SIGILL nostop noprint pass
break main.rs:$l1
continue
print value
next
print product
print/x \$pc
x/1dw &product
bt 2
finish
kill
END
    next-run --timeout 60 --gdb "$port" "$out/debug" >out 2>err &
    pid=$!
    ok=0
    for wait in 1 2 3 4 5 6 7 8 9 10; do
        sleep 0.3
        timeout 60 gdb-multiarch -nx -batch "$bin.dbg" -x cmds >gdb.out 2>&1 || :
        if grep -q '^Breakpoint 1, ' gdb.out; then ok=1; break; fi
        kill -0 $pid 2>/dev/null || break
    done
    [ $ok = 1 ] && break
    kill $pid 2>/dev/null || :
    wait $pid 2>/dev/null || :
done
wait $pid 2>/dev/null || :
grep -E '^(Breakpoint 1,|[0-9]+\s|\$[0-9]|0x[0-9a-f]+:|#[0-9]|Value returned|\[Inferior)' gdb.out |
    sed 's/^\(0x[0-9a-f]*\) <[^>]*>:/\1:/' >got
addr=$(sed -n 's/^\(0x[0-9a-f]*\):.*/\1/p' got)
cat >want <<END
Breakpoint 1, debug::scale (value=5, factor=8) at $src:$l1
$l1	    let product = value * factor; // gdb: product
\$1 = 5
$l2	    let total = product + 2; // gdb: total
\$2 = 40
\$3 = $pc2
$addr:	40
#0  debug::scale (value=5, factor=8) at $src:$l2
#1  $(sed -n 's/^#1  \(0x[0-9a-f]*\) .*/\1/p' got) in debug::main () at $src:$lmain
$lmain	    let result = scale(base, 8);
Value returned is \$4 = 42
[Inferior 1 (process 1) killed]
END
diff -u want got
case $addr in 0x3ff*) ;; *) echo "&product=$addr is not on the stack"; exit 1 ;; esac
