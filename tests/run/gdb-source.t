#!/bin/sh
# Source-level debugging of a next-ld output: C compiled with -g into ELF
# objects, linked by next-ld with -Map; next-gdbsyms turns the map into
# add-symbol-file commands, and gdb-multiarch (through next-run --gdb) then
# stops at a file:line breakpoint, shows the line and the backtrace, steps
# one line and prints a local variable.
. ./lib.sh
command -v gdb-multiarch >/dev/null || { echo "gdb-multiarch missing (scripts/install-deps)"; exit 1; }
cp sysc.c guest.h crt0.s "$T/"
cd "$T"
m68k-linux-gnu-as -m68040 -g -o crt0.o crt0.s
m68k-linux-gnu-gcc -m68040 -g -O0 -ffreestanding -fno-builtin -fno-pic -c -o sysc.o sysc.c
next-ld --no-leading-underscore -e _start -Map sysc.map -o sysc crt0.o sysc.o \
    -L"$(dirname "$(m68k-linux-gnu-gcc -print-libgcc-file-name)")" -lgcc
next-gdbsyms sysc.map >syms.gdb
line=$(grep -n 'long pid = nx_syscall(GETPID);' sysc.c | cut -d: -f1)
for try in 1 2 3 4 5; do
    port=$((20000 + ($$ * 11 + try * 1231) % 40000))
    next-run --timeout 60 --gdb "$port" ./sysc misc >out 2>err &
    pid=$!
    ok=0
    for wait in 1 2 3 4 5 6 7 8 9 10; do
        sleep 0.3
        timeout 30 gdb-multiarch -nx -batch -ex 'set architecture m68k:68040' -ex 'set endian big' \
            -x syms.gdb -ex "target remote :$port" -ex 'handle SIGILL nostop noprint pass' \
            -ex "break sysc.c:$line" -ex continue -ex 'bt 2' -ex next -ex 'info line' \
            -ex 'print pid > 0' -ex continue >gdb.out 2>&1 || :
        if grep -q '^Breakpoint 1, ' gdb.out; then ok=1; break; fi
        kill -0 $pid 2>/dev/null || break
    done
    [ $ok = 1 ] && break
    kill $pid 2>/dev/null || :
    wait $pid 2>/dev/null || :
done
wait $pid && st=0 || st=$?
grep -E '^(Breakpoint 1,|#[0-9]|[0-9]+\s|Line |\$1|\[Inferior)' gdb.out | sed 's/0x[0-9a-f]*/ADDR/g; s/+[0-9]*>/+N>/g' >got
cat >want <<END
Breakpoint 1, cmd_misc (argv=ADDR) at sysc.c:$line
$line	    long pid = nx_syscall(GETPID);
#0  cmd_misc (argv=ADDR) at sysc.c:$line
#1  ADDR in main (argc=2, argv=ADDR, envp=ADDR) at sysc.c:$(grep -n 'return cmd_misc' sysc.c | cut -d: -f1)
$((line + 1))	    show("pid>0", pid > 0);
Line $((line + 1)) of "sysc.c" starts at address ADDR <cmd_misc+N> and ends at ADDR <cmd_misc+N>.
\$1 = 1
[Inferior 1 (process 1) exited normally]
END
diff -u want got
expect "exit status" 0 "$st"
expect "guest output" "getpagesize = 8192" "$(head -1 out)"
