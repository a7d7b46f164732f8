#!/bin/sh
# Input 'report' cannot judge is one error line naming the file (and line),
# exit 1, no verdicts: garbage, a transcript without its plan, a stray line
# where a binary should begin, a binary not in the plan, a bad exit status, a
# missing transcript, a missing expected directory, a bad NAME.status.  Wrong
# usage exits 2.
. ./lib.sh
cd "$W"
mkdir exp
H='=== NEXT-PREVIOUS TRANSCRIPT 1'
t() { printf "$1" > tr; expect_rc 1 "$NP" report tr exp; cat "$T/out"; }
{
    t 'garbage\n'
    t "$H\nhello\n"
    t "$H\n=== PLAN a\nsomething else\n"
    t "$H\n=== PLAN a\n=== BEGIN b\n"
    t "$H\n=== PLAN a\n=== BEGIN a\n=== STDOUT\n\n=== STDERR\n\n=== END a status x1\n"
    printf '' > empty; expect_rc 1 "$NP" report empty exp; cat "$T/out"
    expect_rc 1 "$NP" report absent exp; cat "$T/out"
    expect_rc 1 "$NP" report tr nodir; cat "$T/out"
    printf "$H\n=== PLAN a\n=== BEGIN a\n=== STDOUT\n\n=== STDERR\n\n=== END a status 0\n=== DONE\n" > good
    echo zero > exp/a.status; expect_rc 1 "$NP" report good exp; cat "$T/out"
} > res
same "$(cat res)" "next-previous: error: tr:1: not a next-previous transcript (the first line is not '=== NEXT-PREVIOUS TRANSCRIPT 1')
next-previous: error: tr:2: expected the '=== PLAN' line
next-previous: error: tr:3: expected '=== BEGIN NAME' or '=== DONE', found 'something else'
next-previous: error: tr:3: binary 'b' is not in the plan
next-previous: error: tr:8: bad exit status 'x1' for 'a'
next-previous: error: empty:1: not a next-previous transcript (the first line is not '=== NEXT-PREVIOUS TRANSCRIPT 1')
next-previous: error: absent: No such file or directory
next-previous: error: expected results 'nodir': not a directory
next-previous: error: exp/a.status: not a decimal exit status"
expect_rc 2 "$NP" report good
same "$(cat "$T/out")" "next-previous: error: report: usage: next-previous report TRANSCRIPT EXPECTED_DIR"
