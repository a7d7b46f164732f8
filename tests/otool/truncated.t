#!/bin/sh
# A truncated file gives one error line naming the file and the place, no
# listing, exit 1: cut inside the mach_header, inside the load commands
# (sizeofcmds 348 of the program from header.t), inside __TEXT (fileoff 0,
# filesize 8192) and inside __LINKEDIT (8192 + 20 bytes).
. ./lib.sh
asm_start h
cd "$T"
"$LD" -arch m68040 -o out h.o
head -c 0 out > t0
head -c 10 out > t10
head -c 100 out > t100
head -c 8000 out > t8000
head -c 8210 out > t8210
fails_with "next-otool: error: t0: file too short for a Mach-O header (0 bytes, need 28)" -h t0
fails_with "next-otool: error: t10: file too short for a Mach-O header (10 bytes, need 28)" -h t10
fails_with "next-otool: error: t100: load commands (sizeofcmds 348) extend past the end of the file (100 bytes)" -h t100
fails_with "next-otool: error: t8000: load command 1 (LC_SEGMENT __TEXT) extends past the end of the file (fileoff 0 filesize 8192, file size 8000)" -l t8000
fails_with "next-otool: error: t8210: load command 2 (LC_SEGMENT __LINKEDIT) extends past the end of the file (fileoff 8192 filesize 20, file size 8210)" -t t8210
