#!/bin/sh
# Defect E: LLVM's m68k-collapse-movem pass merges the spills d4->44(sp),
# d5->48(sp), d5->40(sp) into `movem.l %d4-%d5,(40,%sp)`, which loses one spill
# and swaps two slots.  next-llc runs llc in two stages around that pass
# (-stop-before / -start-after), so the three stores must stay separate.
. ./lib.sh
llc-22 -mtriple=m68k -run-pass=m68k-collapse-movem -o "$T/stock.mir" repro/collapse.mir
echo "stock pass output:"; grep MOVM "$T/stock.mir"
grep -q 'MOVM32pm 40, $sp, 48' "$T/stock.mir" || { echo "the pass no longer merges wrongly"; exit 1; }
# What next-llc's second stage does with the same MIR: no merge, three stores.
llc-22 -mtriple=m68k -start-after=m68k-collapse-movem -o "$T/fixed.s" repro/collapse.mir
echo "two-stage output:"; grep movem "$T/fixed.s"
[ "$(grep -c 'movem.l' "$T/fixed.s")" = 3 ] &&
grep -q 'movem.l	%d4, (44,%sp)' "$T/fixed.s" && grep -q 'movem.l	%d5, (48,%sp)' "$T/fixed.s" &&
grep -q 'movem.l	%d5, (40,%sp)' "$T/fixed.s" &&
# and next-llc really runs the pipeline in those two stages
next-llc -v -S -o "$T/x.s" "$(llvm-as-22 repro/ccr_run.ll -o "$T/c.bc" && echo "$T/c.bc")" 2>&1 |
    grep -c 'collapse-movem' | grep -qx 2
