#!/bin/sh
# sbrk/obreak: the break starts at the page after the last segment, grows with zeroed memory, ENOMEM (12) when it would reach the stack.
. ./lib.sh
cguest sysc
cd "$T"
next-run ./sysc brk >"$T/got"
cat > "$T/want" <<'END'
sbrk(0) = 0x00042000
sbrk(100000) == old = 1
sbrk(0) = 0x0005a6a0
obreak = 0
huge = -12
END
diff -u "$T/want" "$T/got"
