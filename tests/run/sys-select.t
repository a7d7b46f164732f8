#!/bin/sh
# select (93) on a pipe: big-endian 32-bit fd_set words (fd 40 = word 1,
# bit 8), timeout 0 polls, a 300 ms timeout waits and clears the set without
# changing the timeval, a closed fd gives EBADF (9), usec >= 10^6 EINVAL (22).
. ./lib.sh
cguest timer
next-run "$T/timer" select >"$T/got"
cat > "$T/want" <<'END'
select empty = 1
read word 1 = 0x00000000
write bit = 1
select data = 1
read word 0 = 0x00000000
read word 1 = 0x00000100
select timeout = 0
waited >= 250 ms = 1
waited < 3000 ms = 1
read word 1 = 0x00000000
timeval kept = 1
select closed fd = -9
select bad timeval = -22
END
diff -u "$T/want" "$T/got"
