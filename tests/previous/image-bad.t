#!/bin/sh
# Bad 'image' input gives one error line per problem and exit 1 (usage errors
# exit 2), and no image or temporary file is left: a missing binary, a file
# that is not a NeXT m68k Mach-O executable, a name unsafe for the script, the
# reserved name 'runall', two binaries with the same name.
. ./lib.sh
cd "$W"
fake_macho ok; printf '\177ELF not a mach-o file at all' > elf; fake_macho 'sp ace'
mkdir d; fake_macho d/ok; fake_macho runall
expect_rc 1 "$NP" image -o t.iso ok absent elf 'sp ace' d/ok runall
same "$(cat "$T/out")" "next-previous: error: binary 'absent': No such file or directory
next-previous: error: binary 'elf': not a NeXT m68k Mach-O executable (magic 0x7f454c46, cputype 544108404, filetype 1633904685)
next-previous: error: binary 'sp ace': its name 'sp ace' must be 1-31 characters from A-Z a-z 0-9 _ . + - and not start with '.', '-' or '+'
next-previous: error: binary 'd/ok': another binary ('ok') has the same name 'ok'
next-previous: error: binary 'runall': the name 'runall' is taken by the driver script"
printf 'short' > short
expect_rc 1 "$NP" image -o t.iso short
same "$(cat "$T/out")" "next-previous: error: binary 'short': 5 bytes, too short for a Mach-O header (28 bytes)"
expect_rc 2 "$NP" image ok
same "$(cat "$T/out")" "next-previous: error: image: usage: next-previous image -o ISO BINARY..."
same "$(ls)" "d
elf
ok
runall
short
sp ace"
