#!/bin/sh
# Division by zero with a sigvec handler: SIGFPE (8), code 0x14 (zero-divide
# vector), sc_pc = the next instruction; sv_mask and the signal itself are
# blocked in the handler; sigreturn restores d0 and the mask.
. ./lib.sh
cguest sig
next-run "$T/sig" fpe >"$T/got" 2>"$T/err" && st=0 || st=$?
expect "exit status" 0 "$st"
cat > "$T/want" <<'END'
sig = 8
code = 0x00000014
mask in handler = 0x40000080
saved mask = 0x00000000
sc_pc == after_div = 1
d0 after = 0x00001234
mask after = 0x00000000
hits = 1
END
diff -u "$T/want" "$T/got"
