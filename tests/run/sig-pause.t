#!/bin/sh
# sigpause (111): a SIGUSR1 (30) made pending while blocked is taken when
# sigpause(sigmask(SIGALRM)) installs its mask; the handler runs with
# pause mask | SIGUSR1, its sigcontext holds the mask from before the call,
# which is back afterwards; sigpause returns EINTR (-4).
. ./lib.sh
cguest timer
next-run "$T/timer" pause >"$T/got"
cat > "$T/want" <<'END'
hits before = 0
sigpause = -4
hits = 1
sig = 30
mask in handler = 0x20002000
saved mask = 0x20000000
mask after = 0x20000000
END
diff -u "$T/want" "$T/got"
