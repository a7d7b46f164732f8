#!/bin/sh
# examples/sysx: nextstep-sys's six-argument/two-result stub (a write through it, EBADF through
# it, ENOSYS for a 6-argument call next-run lacks), d1 results of getpid/getuid/getgid against
# the host ids, umask, getdtablesize, getrlimit, select as a 20 ms timer, getitimer, EINVAL.
. ./lib.sh
build_example sysx
run_bin "$TMP/out" "$TMP/err"
expect_status 0
u=$(id -u) g=$(id -g)
expect_file "$TMP/out" "write via syscall6
syscall6 write: 19
syscall6 bad fd: errno 9 (Bad file descriptor)
recvfrom (6 args): errno 78 (Function not implemented)
getppid: positive true differs true
uid $u euid $u gid $g egid $g
umask: 27
getdtablesize: 256
getrlimit stack: 0 67108864
select timeout: 0 waited >= 20ms true
getitimer: 0 0
select bad timeout: errno 22 (Invalid argument)
socket: errno 78 (Function not implemented)
"
expect_file "$TMP/err" 'next-run: unknown syscall 125\nnext-run: unknown syscall 97\n'
