#!/bin/sh
# --defsym SYM=VALUE defines an absolute symbol (N_ABS|N_EXT), --defsym
# SYM=OTHER an alias; -e picks the entry point (LC_UNIXTHREAD pc).
. ./lib.sh
asm a <<'S'
	.text
	.globl main
	nop
main:	rts
	.data
	.long absval
	.long alias
S
"$LD" --no-gc-sections -e main --defsym absval=0x1234 --defsym=alias=main -o "$T/out" "$T/a.o"
same "$(machodump "$T/out" | grep -E ' sym |THREAD')" "  sym _absval type 0x03 sect 0 desc 0 value 0x1234
  sym _alias type 0x03 sect 0 desc 0 value 0x3ffe
  sym _main type 0x0f sect 1 desc 0 value 0x3ffe
LC_UNIXTHREAD cmdsize 88 flavor 1 count 18 reg17 0x3ffe"
same "$(machodump -x 0x4000 8 "$T/out")" "00 00 12 34 00 00 3f fe"
