#!/bin/sh
# An unhandled division by zero: SIGFPE crash report naming the pc after the
# instruction (as the 68k reports it) and the faulting divu.l's own three
# words; exit status 128 + 8.
. ./lib.sh
guest divzero
cd "$T"
next-run ./divzero 2>"$T/err" && st=0 || st=$?
expect "exit status" 136 "$st"
expect "report" "next-run: guest crashed: SIGFPE at pc 0x0000300e
next-run: instruction at 0x00003008: 4c6f 0401 0008  divu.l \$8(a7), d1:d0
next-run: d0 00001234 d1 00000000 d2 00000000 d3 00000000 d4 00000000 d5 00000000 d6 00000000 d7 00000000
next-run: a0 00000000 a1 00000000 a2 00000000 a3 00000000 a4 00000000 a5 00000000 a6 00000000 a7 03ffffa8
next-run: sr 0000" "$(cat "$T/err")"
