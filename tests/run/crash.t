#!/bin/sh
# A guest fault (read of unmapped page zero) exits 128+SIGSEGV = 139 with
# the fault line, the faulting instruction (words + capstone disassembly)
# and a register dump on stderr.
. ./lib.sh
guest crash
cd "$T"
env -i "$BUILD/next-run" ./crash 2>"$T/err" && st=0 || st=$?
expect "exit status" 139 "$st"
expect "stderr" "next-run: guest crashed: SIGSEGV at pc 0x0000300e
next-run: fault address 0x00000010
next-run: instruction at 0x0000300e: 2038 0010  move.l \$10.w, d0
next-run: d0 00000000 d1 00000001 d2 00000002 d3 00000000 d4 00000000 d5 00000000 d6 00000000 d7 12345678
next-run: a0 00000000 a1 00000000 a2 00000000 a3 00004000 a4 00000000 a5 00000000 a6 00000000 a7 03ffffac
next-run: sr 0000" "$(cat "$T/err")"
