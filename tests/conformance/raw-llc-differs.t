#!/bin/sh
# The harness detects stock LLVM's miscompilation: with CONVERTER=raw (llc-22 straight to an
# object, no workarounds) the stack_index program at opt-level 1 on the 68040 must not match
# the host. If this starts passing, the stock backend (or the harness) changed.
out=$(CONVERTER=raw ./conf-check 1 M68040 stack_index 2>&1)
rc=$?
echo "$out" | tail -12
[ $rc -eq 1 ] && echo "$out" | grep -q '^FAIL  stack_index ' && ! echo "$out" | grep -q 'BUILD FAILED'
