#!/bin/sh
# An instruction GNU as rejects stops the build with a one-line error naming
# the function, exit status 1, and no output object.
. ./lib.sh
cat > "$T/bad.ll" <<'IR'
target triple = "m68k"
define void @good() { ret void }
define void @bad_function() {
  call void asm sideeffect "ext.l %a0", ""()
  ret void
}
IR
llvm-as-22 "$T/bad.ll" -o "$T/bad.bc"
if next-llc -o "$T/bad.o" "$T/bad.bc" 2>"$T/err"; then echo "next-llc accepted it"; exit 1; fi
cat "$T/err"
grep -q "^next-llc: error: $T/bad.bc: in function bad_function: invalid instruction \`ext.l %a0'" "$T/err" &&
[ ! -e "$T/bad.o" ] && [ -z "$(ls "$T" | grep '\.tmp')" ]
