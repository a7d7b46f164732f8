#!/bin/sh
# -Map FILE writes the link map: segments, entry point, every output section
# with its input sections (file:(section), address, size) and the global
# symbols they define, merged strings, COMMON symbols, the input sections
# --gc-sections discarded, and --defsym absolute symbols.  The addresses are
# those of the Mach-O file (cross-checked against its symbol table).
. ./lib.sh
asm a <<'S'
	.text
	.globl start
start:	jsr f
	lea msg,%a0
	move.l #val,%d0
	rts
	.section .rodata.str1.1,"aMS",@progbits,1
msg:	.string "hi"
	.data
	.globl val
val:	.long 7
	.comm cbuf,8,4
S
asm b <<'S'
	.section .text.f,"ax"
	.globl f
f:	move.l cbuf,%d0
	rts
	.section .text.dead,"ax"
	.globl dead
dead:	rts
	.bss
	.globl zbuf
zbuf:	.skip 6
S
cd "$T"
"$LD" -o out a.o b.o --defsym ABSV=0x1234 -Map out.map
same "$(cat out.map)" "# next-ld link map for out

Segments:
  __PAGEZERO   vmaddr 0x00000000 vmsize 0x00002000 fileoff 0x00000000 filesize 0x00000000
  __TEXT       vmaddr 0x00002000 vmsize 0x00002000 fileoff 0x00000000 filesize 0x00002000
  __DATA       vmaddr 0x00004000 vmsize 0x00002000 fileoff 0x00002000 filesize 0x00002000
  __LINKEDIT   vmaddr 0x00006000 vmsize 0x00002000 fileoff 0x00004000 filesize 0x0000006c

Entry point: start = 0x00003fe0

Section __TEXT,__text  addr 0x00003fe0  size 0x0000001c  align 2^2
  0x00003fe0  0x00000014  a.o:(.text)
      0x00003fe0  start
  0x00003ff4  0x00000008  b.o:(.text.f)
      0x00003ff4  f

Section __TEXT,__cstring  addr 0x00003ffc  size 0x00000003  align 2^0
  0x00003ffc  0x00000003  a.o:(.rodata.str1.1) merged

Section __DATA,__data  addr 0x00004000  size 0x00000004  align 2^2
  0x00004000  0x00000004  a.o:(.data)
      0x00004000  val

Section __DATA,__common  addr 0x00004004  size 0x00000008  align 2^2
  0x00004004  0x00000008  cbuf (common from a.o)

Discarded input sections (--gc-sections):
  0x00000000  a.o:(.bss)
  0x00000000  b.o:(.text)
  0x00000000  b.o:(.data)
  0x00000006  b.o:(.bss)
  0x00000002  b.o:(.text.dead)

Absolute symbols:
  0x00001234  ABSV"
same "$(machodump out | grep ' sym ' | awk '{print $2, $10}')" "_msg 0x3ffc
_ABSV 0x1234
_cbuf 0x4004
_f 0x3ff4
_start 0x3fe0
_val 0x4000"
same "$(machodump out | grep LC_UNIXTHREAD)" "LC_UNIXTHREAD cmdsize 88 flavor 1 count 18 reg17 0x3fe0"
