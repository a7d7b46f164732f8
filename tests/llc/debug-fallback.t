#!/bin/sh
# next-llc -g never fails where a build without debug info succeeds: when code generation
# with debug info fails (here GNU as is made to reject any file with a .debug_info section),
# it warns once, naming the input as next-ld gives it (NEXT_LLC_NAME), and writes the object
# built without debug info, byte for byte.
. ./lib.sh
llvm-as-22 repro/debug.ll -o "$T/in.bc"
cat >"$T/as" <<'SH'
#!/bin/sh
for a; do last=$a; done
if grep -q 'section	\.debug_info' "$last"; then echo "as: refusing debug info" >&2; exit 1; fi
exec m68k-linux-gnu-as "$@"
SH
chmod +x "$T/as"
next-llc -o "$T/plain.o" "$T/in.bc"
NEXT_LLC_AS=$T/as NEXT_LLC_NAME='libx.rlib(x.o)' next-llc -g -o "$T/g.o" "$T/in.bc" 2>"$T/err"
[ "$(cat "$T/err")" = "next-llc: warning: libx.rlib(x.o): debug info dropped: with it the generated code differs (code generation failed)" ] ||
    { cat "$T/err"; exit 1; }
cmp "$T/plain.o" "$T/g.o"
[ -z "$(ls "$T" | grep -E '\.(ref|lines)[0-9]')" ]
