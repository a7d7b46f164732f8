#!/bin/sh
# A failing open sets the carry flag with the NeXT errno in d0 (ENOENT = 2);
# the guest exits with that d0.
. ./lib.sh
guest cat
next-run -R "$T" "$T/cat" /no/such/file && st=0 || st=$?
expect "exit status (ENOENT)" 2 "$st"
