#!/bin/sh
# An unsupported trap (#7) with a SIGILL handler: code 0x9c (vector
# 0x80 + 4*7), sc_pc = after the trap; returning resumes there.
. ./lib.sh
cguest sig
next-run "$T/sig" trap >"$T/got" 2>"$T/err" && st=0 || st=$?
expect "exit status" 0 "$st"
cat > "$T/want" <<'END'
sig = 4
code = 0x0000009c
mask in handler = 0x00000008
saved mask = 0x00000000
sc_pc == after_trap = 1
resumed
END
diff -u "$T/want" "$T/got"
