#!/bin/sh
# COMDAT groups: the same group in two objects is kept once (the first
# loaded), without a duplicate-symbol error; the second copy's sections and
# its relocations are dropped.
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	jsr shared
	jsr other
	rts
	.section .text.shared,"axG",@progbits,shared,comdat
	.globl shared
shared:	moveq #1,%d0
	rts
S
asm b <<'S'
	.text
	.globl other
other:	jsr shared
	rts
	.section .text.shared,"axG",@progbits,shared,comdat
	.globl shared
shared:	moveq #2,%d0
	rts
S
"$LD" -o "$T/out" "$T/a.o" "$T/b.o" -Map "$T/map"
grep -q 'a.o:(.text.shared)' "$T/map"
if grep -q 'b.o:(.text.shared)' "$T/map"; then echo "second copy kept"; exit 1; fi
addr=$(machodump "$T/out" | grep ' sym _shared ' | sed 's/.*value //')
same "$(machodump -x "$addr" 4 "$T/out")" "70 01 4e 75"
