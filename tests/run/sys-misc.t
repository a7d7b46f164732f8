#!/bin/sh
# getpagesize 8192, getdtablesize, getpid/ppid in d0/d1, gettimeofday, execve ENOSYS, trap #5/#6 user register, trap #2 cache flush (no-op).
. ./lib.sh
cguest sysc
cd "$T"
next-run ./sysc misc >"$T/got"
cat > "$T/want" <<'END'
getpagesize = 8192
getdtablesize = 256
pid>0 = 1
ppid>0 = 1
gettimeofday = 0
year>=2020 = 1
usec<1e6 = 1
execve = -78
user reg = 0x1234abcd
cache flush = ok
END
diff -u "$T/want" "$T/got"
