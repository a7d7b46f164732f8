#!/bin/sh
# -E NAME=VALUE adds or replaces a guest variable, -U NAME removes one; the
# edits apply in order to the default environment (HOME, PATH, USER).
. ./lib.sh
cguest sysc
FOO=host next-run -E FOO=bar -U HOME -E PATH=/x -E A=1 -U A "$T/sysc" env >"$T/got"
printf 'PATH=/x\nUSER=me\nFOO=bar\n' | diff -u - "$T/got"
