#!/bin/sh
# Defect A: `divu.l %dS,%dQ` (32-bit quotient) must not be encoded with d0 as
# the remainder register.  LLVM's integrated assembler writes 4c41 2000 for
# `divu.l %d1,%d2`; GNU as writes 4c41 2002.  next-llc assembles with GNU as:
# in its object every divul.l/divsl.l has remainder register = quotient
# register, while the stock object of the same IR does not.
. ./lib.sh
printf 'divu.l %%d1,%%d2\ndivs.l %%d1,%%d2\n' > "$T/enc.s"
llvm-mc-22 -triple=m68k -mcpu=M68040 -filetype=obj -o "$T/mc.o" "$T/enc.s"
m68k-linux-gnu-as -m68040 -o "$T/gas.o" "$T/enc.s"
mc=$(m68k-linux-gnu-objcopy -O binary -j .text "$T/mc.o" /dev/stdout | od -An -tx1 | tr -d ' \n')
gas=$(m68k-linux-gnu-objcopy -O binary -j .text "$T/gas.o" /dev/stdout | od -An -tx1 | tr -d ' \n')
echo "llvm-mc: $mc  GNU as: $gas"
[ "$mc" = 4c4120004c412800 ] || { echo "llvm-mc encoding changed: defect may be fixed"; exit 1; }
[ "$gas" = 4c4120024c412802 ]
# 32-bit-quotient divides whose remainder register differs from the quotient's
bad_divs() { m68k-linux-gnu-objdump -d "$1" | grep -E 'div[us]ll' | awk '{ split($NF, r, ","); if (r[2] != r[3]) n++ } END { print n + 0 }'; }
ir_obj raw repro/ccr_run.ll "$T/raw.o"
ir_obj pipeline repro/ccr_run.ll "$T/fixed.o"
echo "stock object: $(bad_divs "$T/raw.o") clobbering divides; next-llc object: $(bad_divs "$T/fixed.o")"
[ "$(bad_divs "$T/raw.o")" -gt 0 ] && [ "$(bad_divs "$T/fixed.o")" = 0 ] &&
    [ "$(m68k-linux-gnu-objdump -d "$T/fixed.o" | grep -c 'div[us]ll')" -gt 0 ]
