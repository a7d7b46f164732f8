#!/bin/sh
# 'report' on a hand-written transcript: one verdict per planned binary in
# plan order, saying why a binary failed (exit status, the first differing
# line of stdout or stderr), a failure for expected results the plan does not
# name, and the summary; exit 1 when anything failed, 0 when all passed.
. ./lib.sh
cd "$W"
cat > transcript <<'TR'
=== NEXT-PREVIOUS TRANSCRIPT 1
=== PLAN hello status words quiet
=== BEGIN hello
=== STDOUT
Hello, NeXT

=== STDERR

=== END hello status 0
=== BEGIN status
=== STDOUT

=== STDERR
panicked at 'boom'

=== END status status 101
=== BEGIN words
=== STDOUT
alpha
beta
gamma

=== STDERR

=== END words status 0
=== BEGIN quiet
=== STDOUT
no newline at the end
=== STDERR

=== END quiet status 0
=== DONE
TR
mkdir exp
printf 'Hello, NeXT\n' > exp/hello.stdout
printf "panicked at 'boom'\n" > exp/status.stderr          # status: expected 0
printf 'alpha\nbeta\ndelta\n' > exp/words.stdout
printf 'no newline at the end\n' > exp/quiet.stdout
printf 'x\n' > exp/ghost.stdout
expect_rc 1 "$NP" report transcript exp
same "$(cat "$T/out")" "ok hello
FAIL status (exit status 101, expected 0)
FAIL words (stdout line 3: expected 'delta\\n', got 'gamma\\n')
FAIL quiet (stdout line 1: expected 'no newline at the end\\n', got 'no newline at the end')
FAIL ghost (expected results exist, but the transcript's plan does not name it)
1 passed, 4 failed"
echo 101 > exp/status.status
printf 'alpha\nbeta\ngamma\n' > exp/words.stdout
printf 'no newline at the end' > exp/quiet.stdout
rm exp/ghost.stdout
expect_rc 0 "$NP" report transcript exp
same "$(cat "$T/out")" "ok hello
ok status
ok words
ok quiet
4 passed, 0 failed"
