#!/bin/sh
# pipe (second fd in d1), writev/read, dup, and the errno values ESPIPE 29, ENOTTY 25, EBADF 9, EFAULT 14 (bad or read-only guest buffers).
. ./lib.sh
cguest sysc
cd "$T"
next-run ./sysc pipe >"$T/got"
cat > "$T/want" <<'END'
pipe ok = 1
writev = 10
read = 10
hello pipe
dup = 1
lseek pipe = -29
ioctl pipe = -25
ioctl badfd = -9
write badptr = -14
read into text = -14
END
diff -u "$T/want" "$T/got"
