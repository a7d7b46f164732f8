#!/bin/sh
# cpusubtype: 1 by default and for -arch m68030 / m68k, 2 for -arch m68040;
# any other -arch is an error.
. ./lib.sh
printf '\t.text\n\t.globl start\nstart:\trts\n' | asm a
for a in "" "-arch m68030" "-arch m68k" "-arch m68040"; do
    "$LD" $a -o "$T/out" "$T/a.o"
    echo "$a: $(bytes "$T/out" 8 4)"
done > "$T/res"
same "$(cat "$T/res")" ": 00 00 00 01
-arch m68030: 00 00 00 01
-arch m68k: 00 00 00 01
-arch m68040: 00 00 00 02"
if "$LD" -arch ppc -o "$T/out" "$T/a.o" 2>"$T/err"; then exit 1; fi
same "$(cat "$T/err")" "next-ld: error: unknown -arch 'ppc' (m68040, m68030 or m68k)"
