#!/bin/sh
# sigvec/sigblock/sigsetmask record handlers and masks (delivery: sig-*.t);
# SIGKILL cannot be caught (EINVAL 22); kill(self, 0) succeeds.
. ./lib.sh
cguest sysc
next-run "$T/sysc" signals >"$T/got"
cat > "$T/want" <<'END'
sigvec = 0
old handler = 0x00000000
sigvec = 0
handler = 0x00003000
mask = 0x00000002
flags = 0x00000001
sigvec SIGKILL = -22
sigblock = 0x00000000
sigsetmask = 0x00000010
sigblock = 0x00000004
kill 0 = 0
END
diff -u "$T/want" "$T/got"
