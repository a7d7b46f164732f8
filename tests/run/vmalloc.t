#!/bin/sh
# vm_allocate via msg_rpc_trap on the task port returns zeroed, writable
# memory at the start of the vm arena (0x06000000).
. ./lib.sh
guest vmalloc
addr=$(next-run "$T/vmalloc" | od -An -tx1 | tr -d ' \n') && st=0 || st=$?
expect "exit status" 0 "$st"
expect "address" "06000000" "$addr"
