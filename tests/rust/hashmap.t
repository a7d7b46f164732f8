#!/bin/sh
# examples/hashmap: nextstep::collections::{HashMap, HashSet} (hashbrown, std's implementation)
# agree with BTreeMap/BTreeSet over 20,000 pseudo-random inserts, Entry updates and removals,
# retain and get_mut; String keys through the Entry API; set intersection, union and difference.
# The expected numbers were computed independently with std's BTreeMap on the host.
. ./lib.sh
build_example hashmap
STATUS=0
timeout 120 next-run "$BIN" >"$TMP/out" 2>"$TMP/err" </dev/null || STATUS=$?
expect_status 0
expect_file "$TMP/out" "u32 keys: 4205 entries, sum 142143313, same as BTreeMap: true
after retain: 2106 entries, same as BTreeMap: true
words: 9 distinct, top the=4 dog=2 fox=2
contains 'fox': true, 'cat': false
sets: {6, 12, 18} | 13 elements | {2, 4, 8, 10, 14, 16, 20}
"
