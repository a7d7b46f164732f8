#!/bin/sh
# -s of a zerofill section (S_ZEROFILL __bss of mkobj.c's object, 8 bytes)
# says it has no contents; -s of a section the file does not have prints
# only the title and a warning on stderr, exit status 0.
. ./lib.sh
cd "$T"
mkobj obj.o
same "$("$OTOOL" -s __DATA __bss obj.o)" "obj.o:
Contents of (__DATA,__bss) section
zerofill section: 8 bytes, no contents in the file"
"$OTOOL" -s __FOO __bar obj.o >out 2>err
same "$(cat out)" "obj.o:
Contents of (__FOO,__bar) section"
same "$(cat err)" "next-otool: warning: obj.o: no section (__FOO,__bar)"
