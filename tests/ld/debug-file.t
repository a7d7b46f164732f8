#!/bin/sh
# Inputs with DWARF (gcc -g): next-ld writes the ELF companion OUT.dbg, an ELF32 big-endian
# m68k ET_EXEC whose allocated sections have the Mach-O sections' addresses, sizes and bytes
# (cross-checked with the independent machodump), entry = the Mach-O's entry pc, followed by
# the .debug_* sections; --debug-file FILE puts it elsewhere.
. ./lib.sh
cd "$T"
cat > prog.c <<'C'
int counter = 3;
const int table[] = {1, 2, 3, 4};
int start(void) { return table[counter] + counter; }
C
cc68k -g -c -o prog.o prog.c
"$LD" -o prog prog.o
[ -f prog.dbg ] || { echo "no prog.dbg"; exit 1; }
m68k-linux-gnu-readelf -h prog.dbg | grep -E '^  (Class|Data|Type|Machine|Entry point address):' |
    tr -s ' ' >hdr
entry=$(machodump prog | sed -n "s/.* reg17 0x\([0-9a-f]*\).*/\1/p")
same "$(cat hdr)" " Class: ELF32
 Data: 2's complement, big endian
 Type: EXEC (Executable file)
 Machine: MC68000
 Entry point address: 0x$entry"
# name addr size of each allocated section, and the Mach-O's
m68k-linux-gnu-readelf -SW prog.dbg | awk 'function hex(x) { sub(/^0+/, "", x); return "0x" (x == "" ? "0" : x) }
    $0 ~ /^ *\[ *[0-9]/ {sub(/^ *\[ *[0-9]+\] */, ""); if ($7 ~ /A/) print $1, hex($3), hex($5)}' >elf
machodump prog | awk '$1 == "section" {split($2, n, ","); printf "%s %s %s\n", n[2], $4, $6}' |
    sed 's/^__text /.text /; s/^__const /.rodata /; s/^__data /.data /' >macho
same "$(cat elf)" "$(cat macho)"
same "$(wc -l <elf)" 3
m68k-linux-gnu-objcopy -O binary -j .text prog.dbg text.bin
off=$(machodump prog | awk '$1 == "section" && $2 == "__TEXT,__text" {print $8}')
size=$(stat -c %s text.bin)
cmp text.bin "$(dd if=prog bs=1 skip="$off" count="$size" of=mtext.bin 2>/dev/null; echo mtext.bin)"
m68k-linux-gnu-readelf -S prog.dbg | grep -q '\.debug_info'
m68k-linux-gnu-readelf -S prog.dbg | grep -q '\.debug_line'
"$LD" -o prog2 --debug-file=elsewhere.elf prog.o
[ -f elsewhere.elf ] && [ ! -e prog2.dbg ]
cmp prog prog2
