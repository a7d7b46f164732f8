#!/bin/sh
# (rts: 2 bytes, section align 4, so __text starts at (0x2000-2)&~3 -> 0x3ffc.)
# -s: LC_SYMTAB all zero, empty __LINKEDIT, file ends after __TEXT (as NeXT ld,
# which sets symoff/stroff only when not stripping everything);
# --no-leading-underscore keeps ELF names as they are.
. ./lib.sh
printf '\t.text\n\t.globl start\nstart:\trts\n' | asm a
"$LD" -s -o "$T/out" "$T/a.o"
same "$(machodump "$T/out" | grep -E 'LC_SYMTAB|LINKEDIT|filesize [0-9]*$')" "LC_SEGMENT __LINKEDIT vmaddr 0x4000 vmsize 0x0 fileoff 8192 filesize 0 maxprot 7 initprot 5 nsects 0 flags 4
LC_SYMTAB symoff 0 nsyms 0 stroff 0 strsize 0
filesize 8192"
"$LD" --no-leading-underscore -o "$T/out2" "$T/a.o"
same "$(machodump "$T/out2" | grep ' sym ')" "  sym start type 0x0f sect 1 desc 0 value 0x3ffc"
