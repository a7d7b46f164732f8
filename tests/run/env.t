#!/bin/sh
# The host environment passes through; -E VAR=VAL sets and -U VAR removes
# a guest variable (seen in the envp block of the initial stack).
. ./lib.sh
guest stack
cd "$T"
got=$(env -i HOME=/h "$BUILD/next-run" -E FOO=bar -U HOME ./stack | tail -c 12 | od -An -c | tr -s ' ')
expect "envp strings" "$(printf 'FOO=bar\0\0\0\0\0' | od -An -c | tr -s ' ')" "$got"
got=$(env -i HOME=/h "$BUILD/next-run" ./stack | tail -c 12 | od -An -c | tr -s ' ')
expect "pass-through" "$(printf 'HOME=/h\0\0\0\0\0' | od -An -c | tr -s ' ')" "$got"
