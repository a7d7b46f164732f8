#!/bin/sh
# sigstack (112) + SV_ONSTACK: the handler's frame is on the alternate stack,
# sigstack reports onstack = 1 inside it, sc_onstack = 0 (not on it before)
# and 0 again after sigreturn; a handler without SV_ONSTACK stays on the
# normal stack.
. ./lib.sh
cguest timer
next-run "$T/timer" stack >"$T/got"
cat > "$T/want" <<'END'
sigstack = 0
old sp = 0x00000000
old onstack = 0
hits = 1
handler on altstack = 1
onstack in handler = 1
sc_onstack = 0
onstack after = 0
sp kept = 1
plain handler on altstack = 0
END
diff -u "$T/want" "$T/got"
