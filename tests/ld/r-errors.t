#!/bin/sh
# Bad input to -r, --archive and the MH_OBJECT reader: one error line naming
# the place, exit status 1, no output file.
. ./lib.sh
cd "$T"
fails() { # OUT EXPECTED-STDERR CMD...
    out=$1 exp=$2; shift 2
    if "$@" 2>err; then echo "should fail: $*"; exit 1; fi
    same "$(cat err)" "$exp"
    [ ! -e "$out" ] || { echo "$out left behind"; exit 1; }
}
asm g <<'S'
	.text
	move.l (foo@GOTPC,%pc),%a0
far:	rts
	.space 300
	.data
	.byte far-.		| a byte difference of -304
S
fails g.mo "next-ld: error: g.o:(.text+0x4): relocation R_68K_GOT32 is unsupported (static non-PIC code only)
next-ld: error: g.o:(.data+0x0): relocation R_68K_PC8 against '.text' out of range: -304 is not in [-128, 127]" \
    "$LD" -r -o g.mo g.o
asm e <<'S'
	.text
	rts
S
fails lib.a "next-ld: error: e.o: not a NeXT Mach-O object (convert ELF objects with next-ld -r first)" \
    "$LD" --archive -o lib.a e.o
"$LD" -r -o e.mo e.o
head -c 100 e.mo > short.mo
fails out "next-ld: error: short.mo: load commands extend past the end of the file" \
    "$LD" -o out short.mo
# A SECTDIFF whose PAIR lost its type (byte 0 of the entry after it).
asm d <<'S'
	.text
	.globl start
start:	rts
	.data
	.long start-.
S
"$LD" -r -o d.mo d.o
reloff=$(next-otool -l d.mo | awk '/sectname __data/{f=1} f&&/reloff/{print $2; exit}')
printf '\200' | dd of=d.mo bs=1 seek=$((reloff + 8)) conv=notrunc 2>/dev/null
fails out "next-ld: error: d.mo:(__DATA,__data+0x0): SECTDIFF not followed by a PAIR" \
    "$LD" -o out d.mo
fails out "next-ld: error: -NEXTSTEP-deployment-target: expected 3.2 or 3.3, got '4.0'" \
    "$LD" -r -NEXTSTEP-deployment-target 4.0 -o out e.o
fails out "next-ld: error: --export nosuch: no such symbol is defined" \
    "$LD" -r --export nosuch -o out e.o
