#!/bin/sh
# examples/clock: thread::sleep(50ms) makes Instant::elapsed >= 50 ms and < 5 s, Instant
# arithmetic, and SystemTime::now() within 5 s of the host clock (date +%s).
. ./lib.sh
build_example clock
before=$(date +%s)
run_bin "$TMP/out" "$TMP/err"
after=$(date +%s)
expect_status 0
now=$(sed -n 's/^now: //p' "$TMP/out")
case $now in ''|*[!0-9]*) echo "no time in output:"; cat "$TMP/out"; exit 1;; esac
if [ "$now" -lt $((before - 5)) ] || [ "$now" -gt $((after + 5)) ]; then
    echo "SystemTime::now() = $now, host clock $before..$after"
    exit 1
fi
sed 's/^now: .*/now: N/' "$TMP/out" >"$TMP/out2"
expect_file "$TMP/out2" 'sleep 50ms: ok
zero sleep under 1s: true
instant arithmetic: true
now: N
epoch before now: true
'
