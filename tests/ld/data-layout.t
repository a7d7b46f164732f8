#!/bin/sh
# __DATA layout and the symbol table: __data at the segment start (0x4000),
# then __bss and __common (zero-fill: offset 0, flags S_ZEROFILL=1); __DATA
# filesize rounded to 0x2000, __LINKEDIT after it; __cstring flags 2 with
# identical strings merged; nlist: locals first (N_SECT 0x0e), then externals
# (0x0f) by name, section numbers 1-based in load-command order
# (__text 1, __cstring 2, __data 3, __bss 4, __common 5).
# By hand: a.o .text 0x14 + b.o .text 0x0a (at 0x14) = 0x1e, cstring "hello\0"
# 6 bytes at 0x1e -> 0x24 bytes, max align 4: start = (0x2000-0x24)&~3 =
# 0x1fdc: __text 0x3fdc, __cstring 0x3ffa.  __data 8 bytes at 0x4000, .bss 16
# (align 4) at 0x4008, common cc (8, align 4) at 0x4018.
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	move.l #msg,%d0
	bsr.w foo
	lea (msg,%pc),%a0
	rts
	.section .rodata.str1.1,"aMS",@progbits,1
msg:	.string "hello"
	.data
	.globl dv
dv:	.long msg
	.long foo
	.bss
bb:	.skip 16
	.comm cc,8,4
S
asm b <<'S'
	.text
	.globl foo
foo:	rts
	.section .rodata.str1.1,"aMS",@progbits,1
s2:	.string "hello"
	.text
unused:	lea s2,%a0
	rts
S
"$LD" --no-gc-sections -o "$T/out" "$T/a.o" "$T/b.o"
same "$(machodump "$T/out")" "header magic feedface cputype 6 subtype 1 filetype 2 ncmds 6 sizeofcmds 676 flags 1
LC_SEGMENT __PAGEZERO vmaddr 0x0 vmsize 0x2000 fileoff 0 filesize 0 maxprot 0 initprot 0 nsects 0 flags 4
LC_SEGMENT __TEXT vmaddr 0x2000 vmsize 0x2000 fileoff 0 filesize 8192 maxprot 7 initprot 5 nsects 2 flags 0
  section __TEXT,__text addr 0x3fdc size 0x1e offset 8156 align 2 reloff 0 nreloc 0 flags 0
  section __TEXT,__cstring addr 0x3ffa size 0x6 offset 8186 align 0 reloff 0 nreloc 0 flags 2
LC_SEGMENT __DATA vmaddr 0x4000 vmsize 0x2000 fileoff 8192 filesize 8192 maxprot 7 initprot 7 nsects 3 flags 0
  section __DATA,__data addr 0x4000 size 0x8 offset 8192 align 2 reloff 0 nreloc 0 flags 0
  section __DATA,__bss addr 0x4008 size 0x10 offset 0 align 2 reloff 0 nreloc 0 flags 1
  section __DATA,__common addr 0x4018 size 0x8 offset 0 align 2 reloff 0 nreloc 0 flags 1
LC_SEGMENT __LINKEDIT vmaddr 0x6000 vmsize 0x2000 fileoff 16384 filesize 140 maxprot 7 initprot 5 nsects 0 flags 4
LC_SYMTAB symoff 16384 nsyms 8 stroff 16480 strsize 44
  sym _msg type 0x0e sect 2 desc 0 value 0x3ffa
  sym _bb type 0x0e sect 4 desc 0 value 0x4008
  sym _s2 type 0x0e sect 2 desc 0 value 0x3ffa
  sym _unused type 0x0e sect 1 desc 0 value 0x3ff2
  sym _cc type 0x0f sect 5 desc 0 value 0x4018
  sym _dv type 0x0f sect 3 desc 0 value 0x4000
  sym _foo type 0x0f sect 1 desc 0 value 0x3ff0
  sym _start type 0x0f sect 1 desc 0 value 0x3fdc
LC_UNIXTHREAD cmdsize 88 flavor 1 count 18 reg17 0x3fdc
filesize 16524"
# Contents: move.l #0x3ffa; bsr.w +0x0c; lea (0x3ffa,pc) with bd = 0x3ffa-0x3fe8;
# __cstring holds one "hello"; __data = {msg, foo}.
same "$(machodump -x 0x3fdc 36 "$T/out")" \
"20 3c 00 00 3f fa 61 00 00 0c 41 fb 01 70 00 00 00 12 4e 75 4e 75 41 f9 00 00 3f fa 4e 75 68 65 6c 6c 6f 00"
same "$(machodump -x 0x4000 8 "$T/out")" "00 00 3f fa 00 00 3f f0"
