#!/bin/sh
# A signal sent to next-run from outside (SIGUSR1) while the guest blocks in
# read() runs the guest's SIGUSR1 handler (NeXT number 30); the read is then
# restarted (4.3BSD default) and returns the data written afterwards.
. ./lib.sh
cguest sig
mkfifo "$T/fifo"
next-run "$T/sig" ${MODE:-async} <"$T/fifo" >"$T/out" 2>"$T/err" &
pid=$!
exec 3>"$T/fifo"
wait_for() { for i in $(seq 200); do grep -q "$1" "$T/out" && return 0; sleep 0.05; done; return 1; }
wait_for ready || { echo "guest not ready"; cat "$T/err"; exit 1; }
sleep 0.2 # the guest is now inside read()
kill -USR1 $pid
wait_for handler || { echo "no handler output"; cat "$T/out" "$T/err"; exit 1; }
trap "" PIPE # with SV_INTERRUPT the guest may already be gone
echo hello >&3 2>/dev/null || :
exec 3>&-
wait $pid && st=0 || st=$?
expect "exit status" 0 "$st"
expect "stdout" "ready
handler 30
${WANT:-read = 6}" "$(cat "$T/out")"
