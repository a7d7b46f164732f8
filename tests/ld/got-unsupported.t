#!/bin/sh
# GOT relocations (PIC code) are rejected: next-ld links static code only.
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	move.l (foo@GOT,%a5),%a0
	rts
	.globl foo
foo:	rts
S
cd "$T"
if "$LD" -o out a.o 2>err; then echo "link should fail"; exit 1; fi
same "$(cat err)" "next-ld: error: a.o:(.text+0x4): relocation R_68K_GOT32O is unsupported (static non-PIC code only)"
[ ! -e out ]
