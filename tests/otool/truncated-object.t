#!/bin/sh
# The tables of an MH_OBJECT cut by truncation (mkobj.c layout: section
# data 380..412, relocations 412..452, symbols 452..536, strings 536..576)
# each give their one error line and exit 1.
. ./lib.sh
cd "$T"
mkobj obj.o
for n in 400 440 500 540; do head -c $n obj.o > o$n; done
fails_with "next-otool: error: o400: load command 0 (LC_SEGMENT) extends past the end of the file (fileoff 380 filesize 32, file size 400)" -S o400
fails_with "next-otool: error: o440: relocation entries of section (__DATA,__data) extend past the end of the file (reloff 428 nreloc 3)" -r o440
fails_with "next-otool: error: o500: load command 1 (LC_SYMTAB): symbol table extends past the end of the file (symoff 452 nsyms 7)" -S o500
fails_with "next-otool: error: o540: load command 1 (LC_SYMTAB): string table extends past the end of the file (stroff 536 strsize 40)" -h o540
