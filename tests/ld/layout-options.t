#!/bin/sh
# NeXT ld layout options (hexadecimal, as in NeXT ld; CCT358 ld/layout.c):
# -seg1addr moves __TEXT (__PAGEZERO stays one -segalign long), -segalign
# sets the segment rounding, -stack_addr/-stack_size add a __UNIXSTACK
# segment [addr-size, addr) after __LINKEDIT and put addr into a7
# (register 15) of LC_UNIXTHREAD.
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	rts
	.data
	.long 1
S
"$LD" --no-gc-sections -seg1addr 10000 -segalign 1000 -stack_addr 3ff0000 -stack_size 10000 -o "$T/out" "$T/a.o"
same "$(machodump "$T/out" | grep -E 'LC_SEG|THREAD|section')" \
"LC_SEGMENT __PAGEZERO vmaddr 0x0 vmsize 0x1000 fileoff 0 filesize 0 maxprot 0 initprot 0 nsects 0 flags 4
LC_SEGMENT __TEXT vmaddr 0x10000 vmsize 0x1000 fileoff 0 filesize 4096 maxprot 7 initprot 5 nsects 1 flags 0
  section __TEXT,__text addr 0x10ffc size 0x2 offset 4092 align 2 reloff 0 nreloc 0 flags 0
LC_SEGMENT __DATA vmaddr 0x11000 vmsize 0x1000 fileoff 4096 filesize 4096 maxprot 7 initprot 7 nsects 1 flags 0
  section __DATA,__data addr 0x11000 size 0x4 offset 4096 align 2 reloff 0 nreloc 0 flags 0
LC_SEGMENT __LINKEDIT vmaddr 0x12000 vmsize 0x1000 fileoff 8192 filesize 20 maxprot 7 initprot 5 nsects 0 flags 4
LC_SEGMENT __UNIXSTACK vmaddr 0x3fe0000 vmsize 0x10000 fileoff 0 filesize 0 maxprot 7 initprot 7 nsects 0 flags 0
LC_UNIXTHREAD cmdsize 88 flavor 1 count 18 reg15 0x3ff0000 reg17 0x10ffc"
# Without -seg1addr, __TEXT follows __PAGEZERO (one -segalign).
"$LD" -segalign 1000 -o "$T/out" "$T/a.o"
same "$(machodump "$T/out" | grep -E 'PAGEZERO|__TEXT vm')" \
"LC_SEGMENT __PAGEZERO vmaddr 0x0 vmsize 0x1000 fileoff 0 filesize 0 maxprot 0 initprot 0 nsects 0 flags 4
LC_SEGMENT __TEXT vmaddr 0x1000 vmsize 0x1000 fileoff 0 filesize 4096 maxprot 7 initprot 5 nsects 1 flags 0"
if "$LD" -seg1addr 1234 -o "$T/out" "$T/a.o" 2>"$T/err"; then exit 1; fi
same "$(cat "$T/err")" "next-ld: error: -seg1addr 0x1234 is not a multiple of the segment alignment 0x2000"
