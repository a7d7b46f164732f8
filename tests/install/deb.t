#!/bin/sh
# make deb builds a Debian package with dpkg-deb whose control file depends on the packages the
# tools need at run time; dpkg installs it into a scratch root (its own dpkg database), where the
# installed next-run runs a NeXT program built in the tree and the installed next-ld links, and
# dpkg removes it again without leaving any of its files.
. ./lib.sh
make -s -C "$ROOT" deb >"$TMP/log" 2>&1 || { cat "$TMP/log"; fail "make deb failed"; }
deb=$(ls "$BUILD"/next-toolchain_*_"$(dpkg --print-architecture)".deb)
[ -f "$deb" ] || fail "no .deb in $BUILD"
[ "$(dpkg-deb -f "$deb" Package)" = next-toolchain ] || fail "wrong package name"
deps=$(dpkg-deb -f "$deb" Depends)
for d in llvm-22 libllvm22 binutils-m68k-linux-gnu qemu-user libcapstone4 rustc-web cargo-web rust-web-src; do
    echo "$deps" | tr ',' '\n' | sed 's/^ *//' | grep -qx "$d" || fail "Depends lacks $d: $deps"
done
dpkg-deb -c "$deb" | awk '{print $6}' | grep -qx './usr/lib/next-toolchain/next-run-loader' || fail "loader not in the package"
# Owned by root, not by whoever built it.
dpkg-deb -c "$deb" | awk '$2 != "root/root" {bad=1} END {exit bad}' || fail "files not owned by root/root"

S=$TMP/sysroot
mkdir -p "$S/var/lib/dpkg/info" "$S/var/lib/dpkg/updates"
: >"$S/var/lib/dpkg/status"
# The scratch database has none of the dependencies (they are installed on this machine).
dpkg --root="$S" --force-depends --force-not-root --force-script-chrootless -i "$deb" >"$TMP/log" 2>&1 ||
    { cat "$TMP/log"; fail "dpkg -i failed"; }
[ -x "$S/usr/bin/next-run" ] && [ -x "$S/usr/bin/next-ld" ] || fail "tools not installed"
"$S/usr/bin/next-ld" --version >"$TMP/v" 2>&1 || fail "installed next-ld does not run"
grep -q next-ld "$TMP/v" || fail "unexpected next-ld --version: $(cat "$TMP/v")"
# A NeXT program built from the tree's C start file, linked and run by the installed tools.
cat >"$TMP/hi.s" <<'ASM'
    .text
    .globl main
main:
    pea     4.w
    pea     msg
    pea     1.w
    jsr     write
    lea     12(%sp),%sp
    moveq   #7,%d0
    rts
    .data
msg: .ascii "hi!\n\0"
ASM
as=m68k-linux-gnu-as
$as -m68040 -o "$TMP/crt0.o" "$S/usr/share/next-toolchain/crt/crt0.s" &&
$as -m68040 -o "$TMP/sys.o" "$S/usr/share/next-toolchain/crt/sys.s" &&
$as -m68040 -o "$TMP/hi.o" "$TMP/hi.s" || fail "assembling failed"
"$S/usr/bin/next-ld" -o "$TMP/hi" "$TMP/crt0.o" "$TMP/hi.o" "$TMP/sys.o" || fail "installed next-ld failed"
STATUS=0
"$S/usr/bin/next-run" "$TMP/hi" >"$TMP/out" 2>"$TMP/err" || STATUS=$?
[ "$STATUS" = 7 ] || { cat "$TMP/err"; fail "exit status $STATUS, expected 7"; }
printf 'hi!\n' | cmp -s - "$TMP/out" || fail "unexpected output: $(cat "$TMP/out")"
dpkg --root="$S" --force-depends --force-not-root --force-script-chrootless -r next-toolchain >"$TMP/log" 2>&1 ||
    { cat "$TMP/log"; fail "dpkg -r failed"; }
left=$(find "$S/usr" -type f | head -5)
[ -z "$left" ] || fail "files left after removal: $left"
