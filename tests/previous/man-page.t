#!/bin/sh
# next-previous's man page renders without warnings and mentions every option
# its --help lists (the same rule as tests/docs/man-options.t, for this tool).
. ./lib.sh
page=$ROOT/docs/man/next-previous.1
"$NP" --help > "$T/help"
[ -s "$T/help" ]
LC_ALL=C.UTF-8 MANWIDTH=300 man --warnings -E ascii -l "$page" 2>"$T/warn" | col -bx > "$T/page"
same "$(cat "$T/warn")" ""
grep -o -- '\(^\|[ ,[]\)--*[A-Za-z][-A-Za-z0-9_]*' "$T/help" | sed 's/^[ ,[]*//' | sort -u > "$T/opts"
same "$(cat "$T/opts" | tr '\n' ' ')" "--cd --disk --expected --help --machine --previous --rom --share --version --work -o "
while read -r opt; do
    grep -q -- "$opt\([^-A-Za-z0-9_]\|$\)" "$T/page" || echo "next-previous.1 does not mention $opt"
done < "$T/opts" > "$T/missing"
same "$(cat "$T/missing")" ""
