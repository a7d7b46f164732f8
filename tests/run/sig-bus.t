#!/bin/sh
# A store into read-only __TEXT with a handler: SIGBUS (10, Mach's
# protection failure), code = fault address, sc_pc = the store.
. ./lib.sh
cguest sig
next-run "$T/sig" bus >"$T/got" 2>"$T/err" && st=0 || st=$?
expect "exit status" 0 "$st"
cat > "$T/want" <<'END'
sig = 10
code = 0x00003000
mask in handler = 0x00000200
saved mask = 0x00000000
sc_pc == at_bus = 1
resumed
END
diff -u "$T/want" "$T/got"
