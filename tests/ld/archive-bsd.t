#!/bin/sh
# BSD-style archives: "#1/N" member names stored at the start of the data
# and a "__.SYMDEF" index member (which is skipped).
. ./lib.sh
printf '\t.text\n\t.globl start\nstart:\tjsr bsdfunc\n\trts\n' | asm main
printf '\t.text\n\t.globl bsdfunc\nbsdfunc:\trts\n' | asm m
cd "$T"
name="a_bsd_member_name.o"          # 19 bytes, padded to 20 with a NUL
osize=$(wc -c < m.o)
{
    printf '!<arch>\n'
    printf '%-16s%-12s%-6s%-6s%-8s%-10s`\n' "__.SYMDEF" 0 0 0 644 4
    printf '\0\0\0\0'
    printf '%-16s%-12s%-6s%-6s%-8s%-10s`\n' "#1/20" 0 0 0 644 $((osize + 20))
    printf '%s\0' "$name"
    cat m.o
    [ $((osize % 2)) -eq 0 ] || printf '\n'
} > libbsd.a
"$LD" -o out main.o libbsd.a -Map out.map
grep -q 'libbsd.a(a_bsd_member_name.o):(.text)' out.map
same "$(machodump out | grep ' sym ' | cut -d' ' -f4 | tr '\n' ' ')" "_bsdfunc _start "
