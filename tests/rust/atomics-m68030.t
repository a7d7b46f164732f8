#!/bin/sh
# examples/atomics for the m68030-next-nextstep target, run as a 68030, prints exactly the
# expected values (atomics.expected).
. ./float-lib.sh
build_variant atomics 2 m68030-next-nextstep "" "$TMP/a"
run_cpu 68030 "$TMP/a" "$TMP/out"
cmp -s "$TMP/out" atomics.expected || { diff atomics.expected "$TMP/out" | head -n 40; exit 1; }
