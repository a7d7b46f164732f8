#!/bin/sh
# examples/sys: every nextstep-sys wrapper against the emulator's kernel, in a scratch
# directory: results, errno values, struct stat / getdirentries layouts and the vm_* calls.
. ./lib.sh
build_example sys
mkdir "$TMP/work"
cd "$TMP/work"
run_bin "$TMP/out" "$TMP/err"
expect_status 0
expect_file "$TMP/out" 'open missing: ENOENT
write: 15
fstat: 0 size 15 regular true
close: 0 then EBADF
stat: 0 size 15 same inode true
lseek: 6
read: 9 "nextstep\\n"
read at end: 0
dup: new fd true
dup2: 20
fcntl: 0 0 1
pipe: 0 ping
rename: 0
access: 0 ENOENT
mkdir: 0 then EEXIST
dir: d g.txt
rmdir: 0
unlink: 0 then ENOENT
stat removed: ENOENT
gettimeofday: 0 plausible true
getpagesize: 8192
getpid: positive true
vm: 0 0 aligned true zero true 0xdeadbeef 0
writev
writev: 7
bad fd: EBADF
'
