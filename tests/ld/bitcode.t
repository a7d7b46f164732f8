#!/bin/sh
# Bitcode inputs (a loose file with the raw magic, an rlib member with the
# wrapper magic) are converted with $NEXT_LLC and linked like ELF objects;
# the rlib's lib.rmeta member (not an object) is ignored; members are still
# pulled only when needed.
. ./lib.sh
fake_llc
printf '\t.text\n\t.globl start\nstart:\tjsr lib_fn\n\trts\n' | asm main
printf '\t.text\n\t.globl lib_fn\nlib_fn:\trts\n' | asm libfn
printf '\t.text\n\t.globl other_fn\nother_fn:\trts\n' | asm other
cd "$T"
fake_bc "$T/main.o" > main.bc
fake_bc -w "$T/libfn.o" > mycrate-abc.mycrate.1234-cgu.0.rcgu.o
fake_bc "$T/other.o" > mycrate-abc.mycrate.1234-cgu.1.rcgu.o
printf 'rust metadata' > lib.rmeta
m68k-linux-gnu-ar rc libmycrate.rlib lib.rmeta mycrate-abc.mycrate.1234-cgu.0.rcgu.o mycrate-abc.mycrate.1234-cgu.1.rcgu.o
"$LD" -arch m68040 -o out main.bc libmycrate.rlib
same "$(machodump out | grep ' sym ' | cut -d' ' -f4 | tr '\n' ' ')" "_lib_fn _start "
# All three bitcode inputs were converted up front, each once.
same "$(sort llc.log | tr '\n' ' ')" "$T/libfn.o $T/main.o $T/other.o "
