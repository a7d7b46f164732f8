#!/bin/sh
# -o naming something that is not a regular file (/dev/null, a FIFO) is
# written into, never renamed over or deleted.
. ./lib.sh
llvm-as-22 repro/ccr_run.ll -o "$T/c.bc"
mkfifo "$T/fifo"
cat "$T/fifo" > "$T/from-fifo" &
next-llc -o "$T/fifo" "$T/c.bc"
wait
[ -p "$T/fifo" ] && [ "$(head -c 4 "$T/from-fifo" | od -An -tx1 | tr -d ' ')" = 7f454c46 ] &&
next-llc -o /dev/null "$T/c.bc" && [ -c /dev/null ]
