#!/bin/sh
# Installed toolchain, used from outside the tree: `next-cargo new` makes a project whose
# `next-cargo run` builds it for NeXTSTEP and runs it in next-run, and whose release build is a
# NeXT Mach-O executable (magic feedface, cputype 6 = CPU_TYPE_MC680x0, cpusubtype 2 = 68040, filetype 2 = MH_EXECUTE).
. ./lib.sh
P=$TMP/prefix
make -s -C "$ROOT" install PREFIX="$P" >"$TMP/log" 2>&1 || { cat "$TMP/log"; fail "make install failed"; }
cd "$TMP" || exit 1
# Nothing from the tree on PATH: only the prefix and the system.
PATH=$P/bin:/usr/bin:/bin
"$P/bin/next-cargo" new myapp >"$TMP/new.log" 2>&1 || { cat "$TMP/new.log"; fail "next-cargo new failed"; }
grep -q "$P/share/next-toolchain/targets/m68k-next-nextstep.json" myapp/.cargo/config.toml || fail "config does not name the installed target spec"
cd myapp || exit 1
next-cargo run >"$TMP/out" 2>"$TMP/err" || { tail -20 "$TMP/err"; fail "next-cargo run failed"; }
printf 'Hello, NeXTSTEP!\n' | cmp -s - "$TMP/out" || { cat "$TMP/out"; fail "unexpected output"; }
grep -q "$P/bin/next-run" "$TMP/err" || fail "cargo did not use the installed next-run as runner"
next-cargo build --release >"$TMP/log" 2>&1 || { tail -20 "$TMP/log"; fail "release build failed"; }
bin=target/m68k-next-nextstep/release/myapp
[ "$(head -c 12 "$bin" | od -An -tx1 | tr -d ' \n')" = feedface0000000600000002 ] || fail "not a 68040 Mach-O (cpusubtype 2): $(head -c 12 "$bin" | od -An -tx1)"
[ "$(head -c 16 "$bin" | tail -c 4 | od -An -tx1 | tr -d ' \n')" = 00000002 ] || fail "not MH_EXECUTE"
# A second name is refused rather than overwritten.
cd "$TMP" && if next-cargo new myapp >"$TMP/log" 2>&1; then fail "new over an existing project succeeded"; fi
grep -q "already exists" "$TMP/log" || fail "no clear message"
