#!/bin/sh
# A C program (m68k-linux-gnu-gcc -O2) linked by next-ld --libsys with
# crt0-libsys.s runs on next-run's libsys emulation: printf conversions with
# flags/width/precision/size and doubles, malloc/calloc/realloc/free, string
# functions, fprintf(stderr), putc via _flsbuf, errno, setjmp/longjmp,
# atexit, perror; exit status = main's result.
. ./lib.sh
m68k-linux-gnu-as -m68040 -o "$T/crt0.o" "$ROOT/src/ld/crt/crt0-libsys.s"
m68k-linux-gnu-gcc -fno-pic -ffreestanding -m68040 -O2 -c -o "$T/prog.o" libsys-prog.c
next-ld --libsys -o "$T/prog" "$T/crt0.o" "$T/prog.o"
mkdir "$T/root"
next-run -R "$T/root" "$T/prog" arg1 >"$T/out" 2>"$T/err" && st=0 || st=$?
cat > "$T/want" <<'END'
hello from libsys, argc=2 argv[1]=arg1
[-42] [   42] [42   ] [00042] [+42] [ 42] [7]
[3000000000] [10] [ff] [FF] [0xff] [010] [     00a]
[A] [str] [abc] [     right] [left      ] [%]
[-123456789] [4000000000] [-5] [65535] [deadbeef]
[3.141590] [2.50] [1.234568e+04] [0.0001] [   -1.5000] [1E+20] [100]
[0x1234] [     9] [3   ] [xy]
[-7] [7] [10] [-5000000000] [123456789abcdef]
p=llibss!!! q=lib len=9 cmp=1 ncmp=0 rchr=/c
count
errno=0
p
after longjmp round=1
atexit ran
END
diff -u "$T/want" "$T/out"
expect "stderr" "to stderr 6
open: No such file or directory" "$(cat "$T/err")"
expect "exit status" 3 "$st"
