#!/bin/sh
# An unknown option is an error (exit 1) naming it.
. ./lib.sh
cd "$T"
set +e
"$LD" --foo -o out 2>err
rc=$?
set -e
same "$rc" "1"
same "$(cat err)" "next-ld: error: unknown option: --foo"
[ ! -e out ]
