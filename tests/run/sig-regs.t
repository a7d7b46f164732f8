#!/bin/sh
# sigreturn restores every register saved at the fault: d0/d1/a0/a1 clobbered
# by the handler are back afterwards.
. ./lib.sh
cguest sig
next-run "$T/sig" regs >"$T/got" 2>"$T/err" && st=0 || st=$?
expect "exit status" 0 "$st"
cat > "$T/want" <<'END'
reg = 0x11111111
reg = 0x22222222
reg = 0x33333333
reg = 0x44444444
hits = 1
END
diff -u "$T/want" "$T/got"
