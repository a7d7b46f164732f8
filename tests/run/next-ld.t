#!/bin/sh
# Integration with the real linker: ELF objects (GNU as / gcc for m68k
# Linux) linked by next-ld into a NeXT executable run under next-run.
. ./lib.sh
m68k-linux-gnu-as -m68040 -I. -o "$T/crt0.o" crt0.s
m68k-linux-gnu-gcc -m68040 -O1 -ffreestanding -fno-builtin -fno-pic -c -o "$T/sysc.o" sysc.c
next-ld --no-leading-underscore -e _start -o "$T/sysc" "$T/crt0.o" "$T/sysc.o" \
    -L"$(dirname "$(m68k-linux-gnu-gcc -print-libgcc-file-name)")" -lgcc
next-run "$T/sysc" misc >"$T/got"
cat > "$T/want" <<'END'
getpagesize = 8192
getdtablesize = 256
pid>0 = 1
ppid>0 = 1
gettimeofday = 0
year>=2020 = 1
usec<1e6 = 1
execve = -78
user reg = 0x1234abcd
cache flush = ok
END
diff -u "$T/want" "$T/got"
