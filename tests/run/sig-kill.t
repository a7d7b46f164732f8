#!/bin/sh
# kill(getpid(), SIGUSR1) with a handler installed: the handler runs (code
# 0) before kill returns 0.
. ./lib.sh
cguest sig
next-run "$T/sig" kill >"$T/got" 2>"$T/err" && st=0 || st=$?
expect "exit status" 0 "$st"
cat > "$T/want" <<'END'
sig = 30
code = 0x00000000
mask in handler = 0x20000000
saved mask = 0x00000000
kill returned = 0
hits = 1
END
diff -u "$T/want" "$T/got"
