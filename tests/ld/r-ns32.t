#!/bin/sh
# next-ld -r -NEXTSTEP-deployment-target 3.2: NeXTSTEP 3.2's ld knows no
# SECTDIFF/PAIR (they came with 3.3, CCT358 ld/notes), so differences and
# out-of-section targets are written as plain local VANILLA entries (r_pcrel
# set for differences); the fields are the same as for 3.3.
. ./rlib.sh
asm n <<'S'
	.text
	.globl f
f:	move.l #d-4,%d0		| 3.3: scattered
	rts
	.data
	.globl d
d:	.long f-.		| 3.3: SECTDIFF + PAIR
S
"$LD" -r -NEXTSTEP-deployment-target 3.2 -o "$T/n.mo" "$T/n.o"
dump n.mo | golden r-ns32
