#!/bin/sh
# Every option a tool's --help lists appears in its man page (docs/man/TOOL.1), and every man
# page renders without warnings: the two cannot drift apart.
set -u
: "${ROOT:?run through tests/run-tests}" "${BUILD:?}"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
bad=0
for tool in next-ld next-run next-llc next-otool next-cargo next-gdbsyms next-previous; do
    page=$ROOT/docs/man/$tool.1
    [ -f "$page" ] || { echo "no man page for $tool"; bad=1; continue; }
    case $tool in next-cargo) exe=$ROOT/scripts/next-cargo ;; *) exe=$BUILD/$tool ;; esac
    "$exe" --help >"$TMP/help" 2>&1 || true
    [ -s "$TMP/help" ] || { echo "$tool --help printed nothing"; bad=1; continue; }
    LC_ALL=C.UTF-8 MANWIDTH=300 man --warnings -E ascii -l "$page" 2>"$TMP/warn" | col -bx >"$TMP/page"
    [ -s "$TMP/warn" ] && { echo "$tool.1: $(head -3 "$TMP/warn")"; bad=1; }
    # Options: words starting with - or -- in the help text (values and '=' stripped).
    grep -o -- '\(^\|[ ,[]\)--*[A-Za-z][-A-Za-z0-9_]*' "$TMP/help" | sed 's/^[ ,[]*//' | sort -u |
    while read -r opt; do
        grep -q -- "$opt\([^-A-Za-z0-9_]\|$\)" "$TMP/page" || echo "$tool.1 does not mention $opt"
    done >"$TMP/missing"
    [ -s "$TMP/missing" ] && { cat "$TMP/missing"; bad=1; }
done
exit $bad
