#!/bin/sh
# Even raw Linux syscalls (trap #0, executed by qemu itself) cannot read
# outside the guest root: Landlock denies them (EACCES = 13).
. ./lib.sh
guest linuxopen
next-run --no-sandbox -R "$T" "$T/linuxopen" /etc/passwd && st=0 || st=$?
expect "without sandbox" 0 "$st"
next-run -R "$T" "$T/linuxopen" /etc/passwd && st=0 || st=$?
expect "with sandbox (EACCES)" 13 "$st"
