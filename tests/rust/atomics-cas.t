#!/bin/sh
# 8-, 16- and 32-bit atomics stay inline compare-and-swap loops: the opt-level-2 build of
# examples/atomics contains cas.b, cas.w and cas.l instructions, and the 64-bit ones are the
# library calls of nextstep_sys::atomic64 (with max-atomic-width 64 in the target specs).
. ./lib.sh
grep -q '"max-atomic-width": 64' "$ROOT/targets/m68k-next-nextstep.json" || { echo "68040 target: max-atomic-width is not 64"; exit 1; }
grep -q '"max-atomic-width": 64' "$ROOT/targets/m68030-next-nextstep.json" || { echo "68030 target: max-atomic-width is not 64"; exit 1; }
build_example atomics 2
m68k-linux-gnu-objdump -D -b binary -m m68k:68040 "$BIN" >"$TMP/dis"
for insn in casb casw casl; do
    grep -qE "[[:space:]]$insn[[:space:]]" "$TMP/dis" || { echo "no $insn in the executable"; exit 1; }
done
for sym in __atomic_load_8 __atomic_compare_exchange_8 __atomic_fetch_add_8; do
    grep -qa "$sym" "$BIN" || { echo "no $sym in the executable's symbol table"; exit 1; }
done
