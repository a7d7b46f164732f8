#!/bin/sh
# --gc-sections (the default) drops functions nothing reachable from the
# entry point references; --no-gc-sections keeps them.  The C is compiled
# with -ffunction-sections -fdata-sections like rustc's output.
. ./lib.sh
cat > "$T/g.c" <<'C'
int counter;
int table[4] = {1, 2, 3, 4};
int unused_data[4] = {5, 6, 7, 8};
int used(int x) { return x + table[x & 3]; }
int unused(int x) { return x * unused_data[x & 3]; }
void start(void) { counter = used(counter); for (;;) ; }
C
cc68k -ffunction-sections -fdata-sections -fno-common -o "$T/g.o" "$T/g.c"
"$LD" -o "$T/out" "$T/g.o"
same "$(machodump "$T/out" | grep ' sym ' | cut -d' ' -f4 | tr '\n' ' ')" "_counter _start _table _used "
"$LD" --no-gc-sections -o "$T/out2" "$T/g.o"
same "$(machodump "$T/out2" | grep ' sym ' | cut -d' ' -f4 | tr '\n' ' ')" \
    "_counter _start _table _unused _unused_data _used "
# -u and --defsym targets are roots too.
"$LD" -u unused -o "$T/out3" "$T/g.o"
same "$(machodump "$T/out3" | grep ' sym ' | cut -d' ' -f4 | tr '\n' ' ')" \
    "_counter _start _table _unused _unused_data _used "
