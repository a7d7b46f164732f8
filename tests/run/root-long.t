#!/bin/sh
# --root DIR and --root=DIR are the long spellings of -R DIR: guest paths
# resolve inside DIR.
. ./lib.sh
guest cat
mkdir "$T/root"
echo inside > "$T/root/f"
cd /
expect "--root DIR" inside "$(next-run --root "$T/root" "$T/cat" /f)"
expect "--root=DIR" inside "$(next-run --root="$T/root" "$T/cat" /f)"
