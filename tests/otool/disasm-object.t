#!/bin/sh
# -t on an MH_OBJECT names the target of an external branch from its
# relocation entry: in mkobj.c's object the bsr.l at 0 has displacement 0
# (A - P for an undefined symbol, reference section 3) and an extern
# relocation at 2 for _ext; "lea _val,a0" gets the comment from the symbol
# at 0x10.
. ./lib.sh
cd "$T"
mkobj obj.o
tab=$(printf '\t')
same "$("$OTOOL" -t obj.o)" "obj.o:
(__TEXT,__text) section
_start:
00000000${tab}bsr.l${tab}_ext
00000006${tab}lea.l${tab}\$10.l, a0${tab}| _val
0000000c${tab}rts
0000000e${tab}nop"
