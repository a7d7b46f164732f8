#!/bin/sh
# A SIGALRM (setitimer, 500 ms) caught by a guest handler interrupts a
# select without timeout on an empty pipe: after the handler select fails
# with EINTR (-4) instead of being restarted.
. ./lib.sh
cguest timer
next-run --timeout 10 "$T/timer" selectintr >"$T/got"
printf 'select = -4\nhits = 1\n' > "$T/want"
diff -u "$T/want" "$T/got"
