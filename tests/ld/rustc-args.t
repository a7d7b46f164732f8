#!/bin/sh
# The GNU-ld arguments rustc passes are accepted (ELF-only ones ignored),
# also through an @response file with GNU escaping.
. ./lib.sh
printf '\t.text\n\t.globl start\nstart:\trts\n' | asm a
mkdir "$T/dir with space"
cp "$T/a.o" "$T/dir with space/sym bols.o"
cd "$T"
"$LD" -arch m68040 "dir with space/sym bols.o" --as-needed -Bstatic -L . -Bdynamic \
    --eh-frame-hdr -z noexecstack -znow -o out1 --gc-sections -O1 --strip-debug -nostdlib \
    --no-as-needed -static --build-id=none -plugin-opt=O2 --hash-style=gnu -nostartfiles
printf '%s\n' -arch m68040 'dir\ with\ space/sym\ bols.o' -o out2 --gc-sections > args.rsp
"$LD" @args.rsp
cmp out1 out2
"$LD" --version | grep -q '^next-ld '
"$LD" --help | grep -q '^Usage: next-ld'
if "$LD" -pie -o out3 a.o 2>err; then exit 1; fi
same "$(cat err)" "next-ld: error: -pie is not supported: next-ld only writes static executables"
