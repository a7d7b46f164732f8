#!/bin/sh
# File syscalls inside the root: creat/write/lseek/open O_EXCL/access/mkdir/rename/chdir/fcntl with NeXT flag values/ftruncate/dup2/link/unlink/rmdir and their NeXT errnos.
. ./lib.sh
cguest sysc
cd "$T"
mkdir root && cd root && next-run -R "$T/root" ../sysc files >"$T/got"
test -z "$(ls -A "$T/root")" || { echo "root not empty"; exit 1; }
cat > "$T/want" <<'END'
umask = 18
creat = 3
write = 6
lseek = 2
write = 2
close = 0
open excl = -17
access = 0
access missing = -2
mkdir = 0
mkdir again = -17
rename = 0
chdir = 0
open rdwr = 3
read = 6
abXYef
fcntl getfl = 2
fcntl setfl = 0
fcntl getfl = 14
fcntl setfd = 0
fcntl getfd = 1
ftruncate = 0
dup2 = 9
lseek end = 3
close = 0
close 9 = 0
close again = -9
link = 0
unlink = 0
unlink = 0
chdir .. = 0
rmdir = 0
rmdir again = -2
open dir for write = -21
END
diff -u "$T/want" "$T/got"
