#!/bin/sh
# make install PREFIX=... puts the tools, loader, target specs, crates, crt files, man pages and
# docs where docs/install.md says, lists them in the MANIFEST, and make uninstall removes exactly
# those files: a file of someone else's in the same prefix stays.
. ./lib.sh
P=$TMP/prefix
mkdir -p "$P/bin" && echo mine >"$P/bin/other-tool"
make -s -C "$ROOT" install PREFIX="$P" >"$TMP/log" 2>&1 || { cat "$TMP/log"; fail "make install failed"; }
for f in bin/next-ld bin/next-llc bin/next-run bin/next-otool bin/next-gdbsyms bin/next-cargo bin/next-previous \
         lib/next-toolchain/next-run-loader share/next-toolchain/targets/m68k-next-nextstep.json \
         share/next-toolchain/targets/m68030-next-nextstep.json share/next-toolchain/crt/crt0.s \
         share/next-toolchain/crates/nextstep/Cargo.toml share/next-toolchain/crates/nextstep-sys/src/lib.rs \
         share/man/man1/next-ld.1 share/man/man1/next-run.1 share/man/man1/next-otool.1 \
         share/man/man1/next-cargo.1 share/doc/next-toolchain/README.md share/next-toolchain/MANIFEST; do
    [ -f "$P/$f" ] || fail "not installed: $f"
done
for t in next-ld next-llc next-run next-otool next-cargo; do
    [ -x "$P/bin/$t" ] || fail "not executable: bin/$t"
done
# The manifest names exactly the installed files (plus the one already there).
installed_files "$P" | grep -v '^bin/other-tool$' >"$TMP/have"
LC_ALL=C sort "$P/share/next-toolchain/MANIFEST" >"$TMP/manifest"
cmp -s "$TMP/have" "$TMP/manifest" || { diff "$TMP/manifest" "$TMP/have" | head; fail "MANIFEST differs from the installed files"; }
make -s -C "$ROOT" uninstall PREFIX="$P" >"$TMP/log" 2>&1 || { cat "$TMP/log"; fail "make uninstall failed"; }
installed_files "$P" >"$TMP/left"
printf 'bin/other-tool\n' | cmp -s - "$TMP/left" || { cat "$TMP/left" | head; fail "uninstall left files (or removed another's)"; }
[ ! -e "$P/share/next-toolchain" ] && [ ! -e "$P/lib/next-toolchain" ] || fail "our directories remain"
[ "$(cat "$P/bin/other-tool")" = mine ] || fail "other file changed"
# Uninstalling twice is an error, not a silent success.
if make -s -C "$ROOT" uninstall PREFIX="$P" >"$TMP/log" 2>&1; then fail "second uninstall succeeded"; fi
grep -q "nothing installed" "$TMP/log" || { cat "$TMP/log"; fail "no clear message"; }
