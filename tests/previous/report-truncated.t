#!/bin/sh
# A transcript cut short (the guest crashed or hung, or it was copied too
# early) fails every planned binary that has no complete result, saying
# whether it was cut inside its run or never started; a transcript whose
# binaries all finished but that lacks '=== DONE' fails too.
. ./lib.sh
cd "$W"
mkdir exp
printf '=== NEXT-PREVIOUS TRANSCRIPT 1\n=== PLAN one two three\n=== BEGIN one\n=== STDOUT\n1\n\n=== STDERR\n\n=== END one status 0\n=== BEGIN two\n=== STDOUT\npartial output' > cut
expect_rc 1 "$NP" report cut exp
same "$(cat "$T/out")" "ok one
FAIL two (no result: the transcript ends inside its run)
FAIL three (no result: the transcript ends before it ran)
1 passed, 2 failed"
printf '=== NEXT-PREVIOUS TRANSCRIPT 1\n=== PLAN one\n=== BEGIN one\n=== STDOUT\n1\n\n=== STDERR\n\n=== END one status 0\n' > nodone
expect_rc 1 "$NP" report nodone exp
same "$(cat "$T/out")" "ok one
FAIL transcript (no '=== DONE' line: runall did not finish)
1 passed, 1 failed"
