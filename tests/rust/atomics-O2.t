#!/bin/sh
# examples/atomics at opt-level 2: every operation on AtomicU8/U16/U32/Usize/U64, I8/I32/I64 and
# AtomicBool prints exactly the expected previous and new values (64-bit ones go through the
# __atomic_*_8 calls of nextstep_sys::atomic64).
. ./lib.sh
build_example atomics 2
run_bin "$TMP/out" "$TMP/err"
expect_status 0
expect_file "$TMP/err" ''
cmp -s "$TMP/out" atomics.expected || { diff atomics.expected "$TMP/out" | head -n 40; exit 1; }
