#!/bin/sh
# setitimer(ITIMER_REAL) one-shot 300 ms with SIGALRM blocked: getitimer
# shows it running, sigpause(0) returns EINTR (-4) after the guest's SIGALRM
# (14) handler ran once, the old mask (SIGALRM blocked) is back, the timer is
# expired; bad which / bad usec give EINVAL (22).
. ./lib.sh
cguest timer
next-run "$T/timer" alarm >"$T/got"
cat > "$T/want" <<'END'
setitimer = 0
old value = 0
getitimer = 0
running = 1
sigpause = -4
hits = 1
sig = 14
waited >= 250 ms = 1
waited < 5000 ms = 1
mask after = 0x00002000
expired = 0
getitimer bad which = -22
setitimer bad usec = -22
END
diff -u "$T/want" "$T/got"
