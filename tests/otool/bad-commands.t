#!/bin/sh
# Inconsistent load commands and tables give one error line naming the load
# command (or table entry), exit 1, no listing: a zero cmdsize, a command
# longer than sizeofcmds, ncmds larger than what sizeofcmds holds, a segment
# whose cmdsize does not match nsects, a thread state count past cmdsize, a
# fixed VM library name outside its command, and, patched into mkobj.c's
# object, a relocation symbol number, a string index and a section number
# out of range.
. ./lib.sh
cd "$T"
hdr() { be32 0xfeedface 6 1 2 "$1" "$2" 0; }   # NCMDS SIZEOFCMDS
{ hdr 1 8; be32 1 0; } > zero
{ hdr 1 56; be32 1 64; head -c 48 /dev/zero; } > long
{ hdr 2 24; be32 2 24 0 0 0 0; } > ncmds
{ hdr 1 56; be32 1 56; printf '__TEXT\0\0\0\0\0\0\0\0\0\0'; be32 0 0 0 0 7 5 1 0; } > nsects
{ hdr 1 88; be32 5 88 1 19; head -c 72 /dev/zero; } > thread
{ hdr 1 24; be32 6 24 100 1 0x05000000 0; } > fvmlib
mkobj obj.o
patch() { # FILE OFFSET WORD: a copy of obj.o with one word replaced
    cp obj.o "$1"
    be32 "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}
patch relsym 416 $((9 << 8 | 0xd0))
patch strx 452 999
patch nsect 456 $((0x0f090000))
fails_with "next-otool: error: zero: load command 0 (LC_SEGMENT) has a bad cmdsize 0" -l zero
fails_with "next-otool: error: long: load command 0 (LC_SEGMENT) extends past the end of the load commands (cmdsize 64, sizeofcmds 56)" -l long
fails_with "next-otool: error: ncmds: load command 1 extends past the end of the load commands (sizeofcmds 24)" -h ncmds
fails_with "next-otool: error: nsects: load command 0 (LC_SEGMENT __TEXT) cmdsize 56 does not match nsects 1" -l nsects
fails_with "next-otool: error: thread: load command 0 (LC_UNIXTHREAD) flavor 1 count 19 extends past cmdsize 88" -l thread
fails_with "next-otool: error: fvmlib: load command 0 (LC_LOADFVMLIB) name offset 100 is outside the command (cmdsize 24)" -l fvmlib
fails_with "next-otool: error: relsym: relocation entry 0 of section (__TEXT,__text): symbol number 9 is out of range (7 symbols)" -r relsym
fails_with "next-otool: error: strx: symbol 0: n_strx 999 is past the end of the string table (strsize 40)" -S strx
fails_with "next-otool: error: nsect: symbol 0 (_start): n_sect 9 is not a section (the file has 4)" -S nsect
