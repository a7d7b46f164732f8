#!/bin/sh
# examples/alloc: the vm_allocate allocator under churn (all size classes, free-list reuse,
# large blocks freed with vm_deallocate, realloc, zeroed memory, 16 KB alignment) gives the
# checksums computed independently on the host, exit 0.
. ./lib.sh
build_example alloc
run_bin "$TMP/out" "$TMP/err"
expect_status 0
expect_file "$TMP/out" 'round 0: 300 blocks, 565050 bytes
round 1: 300 blocks, 565350 bytes
round 2: 300 blocks, 565650 bytes
large vec: sum 1249975000 then [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
zeroed: true, aligned 16384: true
large churn: 19900
btree: 2000 entries, first 0,1723,1443,1163,883
'
