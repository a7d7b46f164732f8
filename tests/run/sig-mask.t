#!/bin/sh
# A signal sent while blocked by sigblock stays pending and is delivered
# when sigsetmask unblocks it.
. ./lib.sh
cguest sig
next-run "$T/sig" mask >"$T/got" 2>"$T/err" && st=0 || st=$?
expect "exit status" 0 "$st"
cat > "$T/want" <<'END'
sigblock = 0x00000000
kill = 0
hits while blocked = 0
sig = 30
code = 0x00000000
mask in handler = 0x20000000
saved mask = 0x00000000
sigsetmask = 0x20000000
hits after unblock = 1
END
diff -u "$T/want" "$T/got"
