#!/bin/sh
# next-ld --archive writes a static library NeXT's ld can search: "!<arch>\n",
# first member "__.SYMDEF" (ranlib array {ran_strx, ran_off} of every defined
# external symbol in archive order, ran_off = the defining member's header
# offset, then the string table; big-endian), then the MH_OBJECT members
# with their basenames; the table's date and the file's mtime both equal
# SOURCE_DATE_EPOCH (NeXT's ld rejects a table older than the file).  With -r
# the conversion and the archive happen in one step (member libNAME.o).
# next-ld itself links against such a library (-L. -lx) and the program runs.
. ./rlib.sh
cd "$T"
m68k-linux-gnu-as -m68040 -o crt0.o "$ROOT/src/ld/crt/crt0.s"
m68k-linux-gnu-as -m68040 -o sys.o "$ROOT/src/ld/crt/sys.s"
cat > m.c <<'C'
extern long write(int, const void *, unsigned long);
extern int twice(int);
int main(void) { char c = '0' + twice(3); write(1, &c, 1); write(1, "\n", 1); return twice(2); }
C
cat > t.c <<'C'
int twice(int x) { return 2 * x; }
int unused_fn(int x) { return x + 1; }
C
cc68k -o m.o m.c
cc68k -o t.o t.c
"$LD" -r -o t.mo t.o
"$LD" -r -o sys.mo sys.o
SOURCE_DATE_EPOCH=1000000000 "$LD" --archive -o libx.a t.mo sys.mo
same "$(stat -c %Y libx.a)" 1000000000
# Header, table of contents and the first member's header, as text.
od -A x -t x1z -N 240 libx.a | golden r-archive
# The members are the objects, byte for byte (t.mo at 0xe8 = 232).
cmp -i 232:0 libx.a t.mo -n "$(stat -c %s t.mo)"
"$LD" -o prog crt0.o m.o -L. -lx
set +e
"$BUILD/next-run" ./prog > out
rc=$?
set -e
same "$(cat out) $rc" "6 4"
# One step: -r --archive.
SOURCE_DATE_EPOCH=1000000000 "$LD" -r --archive -o liby.a t.o sys.o
same "$(dd if=liby.a bs=1 skip=172 count=16 2>/dev/null; echo)" "liby.o          "
"$LD" -o prog2 crt0.o m.o -L. -ly
cmp prog prog2
