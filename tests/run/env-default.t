#!/bin/sh
# Without options the guest gets only the NeXT-like default environment,
# not the host's.
. ./lib.sh
cguest sysc
env -i HOSTVAR=1 HOME=/h "$BUILD/next-run" "$T/sysc" env >"$T/got"
printf 'HOME=/\nPATH=/bin:/usr/bin:/usr/ucb\nUSER=me\n' | diff -u - "$T/got"
