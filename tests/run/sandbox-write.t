#!/bin/sh
# The Landlock sandbox allows writes only inside the guest root (-R), or
# below the current directory with the default root "/": even raw Linux
# syscalls (trap #0) get EACCES (13) elsewhere.
. ./lib.sh
guest linuxcreat
mkdir "$T/root" "$T/cwd"
next-run -R "$T/root" "$T/linuxcreat" "$T/root/inside" && st=0 || st=$?
expect "create inside root" 0 "$st"
next-run -R "$T/root" "$T/linuxcreat" "$T/outside" && st=0 || st=$?
expect "create outside root" 13 "$st"
cd "$T/cwd"
next-run "$T/linuxcreat" "$T/cwd/f" && st=0 || st=$?
expect "default root: create in cwd" 0 "$st"
next-run "$T/linuxcreat" "$T/g" && st=0 || st=$?
expect "default root: create above cwd" 13 "$st"
test ! -e "$T/outside" && test ! -e "$T/g" || { echo "file created outside"; exit 1; }
