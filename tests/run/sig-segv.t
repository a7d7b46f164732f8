#!/bin/sh
# A read of unmapped page zero with a handler: SIGSEGV (11), code = fault
# address; the handler sets sc_pc to a recovery label and sigreturn jumps there.
. ./lib.sh
cguest sig
next-run "$T/sig" segv >"$T/got" 2>"$T/err" && st=0 || st=$?
expect "exit status" 0 "$st"
cat > "$T/want" <<'END'
sig = 11
code = 0x00000010
mask in handler = 0x00000400
saved mask = 0x00000000
sc_pc == at_segv = 1
recovered
END
diff -u "$T/want" "$T/got"
