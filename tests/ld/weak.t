#!/bin/sh
# Weak symbols: an undefined weak reference resolves to 0 without error; a
# strong definition overrides a weak one regardless of order; a weak one
# alone is used.  Text: a.o 2 bytes at 0, w.o (over, only_weak) at 4, s.o
# (nop; over) at 8: 0xc bytes ending at 0x4000, so start = 0x3ff4, weak over
# 0x3ff8, only_weak 0x3ffa, strong over 0x3ffe.
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	rts
	.weak missing
	.data
	.long missing
	.long over
	.long only_weak
S
asm w <<'S'
	.text
	.weak over, only_weak
over:	rts
only_weak:
	rts
S
asm s <<'S'
	.text
	.globl over
	nop
over:	rts
S
"$LD" --no-gc-sections -o "$T/out" "$T/a.o" "$T/w.o" "$T/s.o"
same "$(machodump "$T/out" | grep ' sym ' | sed 's/type.*value //' | tr '\n' ' ')" \
    "  sym _only_weak 0x3ffa   sym _over 0x3ffe   sym _start 0x3ff4 "
same "$(machodump -x 0x4000 12 "$T/out")" "00 00 00 00 00 00 3f fe 00 00 3f fa"
