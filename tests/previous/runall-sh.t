#!/bin/sh
# runall is plain Bourne shell, so it runs on Linux too: with shell-script
# stand-ins for the binaries it writes the transcript (and prints it), with
# output that lacks a final newline, stderr and a non-zero status kept exact.
. ./lib.sh
cd "$W"
fake_macho hello; fake_macho fails
"$NP" image -o t.iso hello fails
xorriso -osirrox on -indev t.iso -extract / cd >/dev/null 2>&1
chmod -R u+w cd
printf '#!/bin/sh\necho "Hello, NeXT"\n' > cd/hello
printf '#!/bin/sh\necho one; printf two; echo oops >&2; exit 3\n' > cd/fails
/bin/sh cd/runall "$W/transcript" > console
cmp transcript console
same "$(cat transcript)" "=== NEXT-PREVIOUS TRANSCRIPT 1
=== PLAN hello fails
=== BEGIN hello
=== STDOUT
Hello, NeXT

=== STDERR

=== END hello status 0
=== BEGIN fails
=== STDOUT
one
two
=== STDERR
oops

=== END fails status 3
=== DONE"
# and report reads it back: outputs and status as the stand-ins produced them
mkdir exp
printf 'Hello, NeXT\n' > exp/hello.stdout
printf 'one\ntwo' > exp/fails.stdout; printf 'oops\n' > exp/fails.stderr; echo 3 > exp/fails.status
expect_rc 0 "$NP" report transcript exp
same "$(cat "$T/out")" "ok hello
ok fails
2 passed, 0 failed"
