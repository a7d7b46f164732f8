#!/bin/sh
# An illegal instruction with a handler: SIGILL (4), code 0x10, sc_pc = the
# instruction; the handler advances sc_pc by 2 and the program resumes.
. ./lib.sh
cguest sig
next-run "$T/sig" ill >"$T/got" 2>"$T/err" && st=0 || st=$?
expect "exit status" 0 "$st"
cat > "$T/want" <<'END'
sig = 4
code = 0x00000010
mask in handler = 0x00000008
saved mask = 0x00000000
sc_pc == at_ill = 1
resumed
END
diff -u "$T/want" "$T/got"
