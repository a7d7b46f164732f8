#!/bin/sh
# -t: an instruction cut off by the end of (__TEXT,__text) is shown as a .word, not decoded
# with extension words capstone 4.0 makes up: here `ori.b #imm,%d3` (0003, 4 bytes) is the
# section's last word, which capstone would print as "ori.b #$aa, d3".
. ./lib.sh
asm t <<'S'
	.text
	.globl start
start:	moveq #0,%d0
	rts
	.short 0x0003
S
same "$(link_t t)" "t:
(__TEXT,__text) section
_start:
00003ff8${tab}moveq${tab}#\$0, d0
00003ffa${tab}rts
00003ffc${tab}.word${tab}0x0003"
