#!/bin/sh
# select (93) on stdin with a NULL timeout blocks until data arrives on the
# pipe (written 300 ms later), then reports fd 0 readable.
. ./lib.sh
cguest timer
(sleep 0.3; echo hi) | next-run "$T/timer" selectin >"$T/got"
cat > "$T/want" <<'END'
waiting
select stdin = 1
read set = 0x00000001
read = 3
END
diff -u "$T/want" "$T/got"
