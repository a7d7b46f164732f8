#!/bin/sh
# A guest cannot leave its -R root: "..", "/.." and symlinks pointing
# outside all resolve inside the root, so ../secret is not found (ENOENT).
. ./lib.sh
guest cat
mkdir "$T/root"
echo secret > "$T/secret"
ln -s ../secret "$T/root/rel-link"
ln -s /../../secret "$T/root/abs-link"
cd "$T/root"
for p in ../secret /../secret ../../../../secret rel-link abs-link; do
    next-run -R "$T/root" "$T/cat" "$p" >"$T/out" && st=0 || st=$?
    expect "cat $p: exit status" 2 "$st"
    expect "cat $p: output" "" "$(cat "$T/out")"
done
# Sanity: a file inside the root is readable through the same paths.
echo inside > "$T/root/secret"
expect "cat rel-link inside" inside "$(next-run -R "$T/root" "$T/cat" rel-link)"
