#!/bin/sh
# A periodic ITIMER_REAL (50 ms interval) wakes three sigpause calls in a
# row; turning it off returns the old interval.
. ./lib.sh
cguest timer
next-run "$T/timer" interval >"$T/got"
printf 'hits = 3\nold interval = 50000\n' > "$T/want"
diff -u "$T/want" "$T/got"
