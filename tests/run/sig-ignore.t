#!/bin/sh
# kill(self, SIGTERM) with the handler SIG_IGN is discarded.
. ./lib.sh
cguest sig
next-run "$T/sig" ignored >"$T/got" 2>"$T/err" && st=0 || st=$?
expect "exit status" 0 "$st"
cat > "$T/want" <<'END'
kill = 0
still here
END
diff -u "$T/want" "$T/got"
expect "stderr" "" "$(cat "$T/err")"
