#!/bin/sh
# bench/m68040-model.awk (the 68040 cycle model behind bench/float.sh) bills each executed
# instruction of a qemu -d in_asm,exec log under its class in bench/m68040-cycles.tsv: here a
# made-up log of two blocks, one executed twice, with an FPU load and store (same mnemonic,
# told apart by the operand order), a 68040 double-precision multiply, a control-register
# move, a conditional FPU branch, a 32-bit multiply and plain integer instructions.
# Expected: instructions 2*5 + 4 = 14, FPU instructions 2*3 + 2 = 8, clocks
# 2*(4 + 11 + 12 + 10 + 1) + (10 + 7 + 1 + 1) = 95 with the table's costs.
set -eu
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cat >"$T/qemu.log" <<'L'
IN: 
0x00002000:  fmoved %a0@,%fp0
0x00002004:  fdmuld %a1@,%fp0
0x00002008:  fmoved %fp0,%a2@
0x0000200c:  mulsl %d1,%d0
0x00002010:  rts

IN: 
0x00003000:  fmovel %d1,%fpcr
0x00003004:  fbun 0x3000
0x00003008:  movel %d0,%d1
0x0000300a:  rts

Trace 0: 0x7f0000000000 [00000000/00002000/00000000/00000200] 
Trace 0: 0x7f0000000100 [00000000/00003000/00000000/00000200] 
Trace 0: 0x7f0000000000 [00000000/00002000/00000000/00000200] 
L
out=$(awk -f "$ROOT/bench/m68040-model.awk" "$ROOT/bench/m68040-cycles.tsv" "$T/qemu.log")
[ "$out" = "14 8 95" ] || { echo "expected '14 8 95', got '$out'"; exit 1; }
# An FPU instruction the model does not know is billed as fother (43), not as an integer one.
printf 'IN: \n0x00002000:  fsinx %%fp0,%%fp1\n\nTrace 0: 0x7f [00000000/00002000/00000000/00000200] \n' >"$T/q2.log"
out=$(awk -f "$ROOT/bench/m68040-model.awk" "$ROOT/bench/m68040-cycles.tsv" "$T/q2.log")
[ "$out" = "1 1 43" ] || { echo "fsinx: expected '1 1 43', got '$out'"; exit 1; }
