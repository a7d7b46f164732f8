#!/bin/sh
# --gdb PORT: a gdb-multiarch batch session connects to qemu's gdbstub,
# stops at a breakpoint on the guest entry pc, reads registers, then lets
# the program finish (its trap #4 syscalls arrive as SIGILL: passed on).
. ./lib.sh
command -v gdb-multiarch >/dev/null || { echo "gdb-multiarch missing (scripts/install-deps)"; exit 1; }
guest hello
cd "$T"
for try in 1 2 3 4 5; do
    port=$((20000 + ($$ * 7 + try * 977) % 40000))
    next-run --timeout 60 --gdb "$port" ./hello >"$T/out" 2>"$T/err" &
    pid=$!
    ok=0
    for wait in 1 2 3 4 5 6 7 8 9 10; do
        sleep 0.3
        timeout 30 gdb-multiarch -nx -batch -ex 'set endian big' -ex 'set architecture m68k:68040' \
            -ex "target remote :$port" -ex 'handle SIGILL nostop noprint pass' \
            -ex 'break *0x3000' -ex continue -ex 'info registers pc sp d1' -ex 'x/2xw $sp' \
            -ex continue >"$T/gdb" 2>&1 || :
        if grep -q '^Breakpoint 1, ' "$T/gdb"; then ok=1; break; fi
        kill -0 $pid 2>/dev/null || break
    done
    [ $ok = 1 ] && break
    kill $pid 2>/dev/null || :
    wait $pid 2>/dev/null || :
done
wait $pid && st=0 || st=$?
grep -E '^(Breakpoint 1,|pc |sp |d1 |0x3ffff|\[Inferior)' "$T/gdb" | tr -s ' \t' ' ' >"$T/got"
cat > "$T/want" <<'END'
Breakpoint 1, 0x00003000 in ?? ()
pc 0x3000 0x3000
sp 0x3ffffac 0x3ffffac
d1 0x0 0
0x3ffffac: 0x00000001 0x03ffffc8
[Inferior 1 (process 1) exited with code 03]
END
diff -u "$T/want" "$T/got"
expect "guest output" "hello, world" "$(cat "$T/out")"
expect "exit status" 3 "$st"
