#!/bin/sh
# next-ld --libsys (and NeXT cc's spelling -lsys_s) links against
# libsys_s.B.shlib as NeXT's ld does: an LC_LOADFVMLIB command between the
# segments and LC_SYMTAB (name /usr/shlib/libsys_s.B.shlib, minor 55, header
# 0x05000000, 48 bytes), C `printf` resolved to the absolute jump-table slot
# `_printf` 0x05002ce4 (N_ABS|N_EXT), only referenced library symbols in
# the symbol table, crt0-libsys's __fvmlib_init0 table resolved.
. ./lib.sh
m68k-linux-gnu-as -m68040 -o "$T/crt0.o" "$ROOT/src/ld/crt/crt0-libsys.s"
cc68k -o "$T/hi.o" -x c - <<'END'
int printf(const char *, ...);
int main(void) { return printf("hi\n"); }
END
"$LD" --libsys -o "$T/a" "$T/crt0.o" "$T/hi.o"
"$LD" -o "$T/b" "$T/crt0.o" "$T/hi.o" -lsys_s
cmp "$T/a" "$T/b"
next-otool -l "$T/a" | grep 'cmd LC_' | sed 's/^ *//' > "$T/cmds"
printf 'cmd LC_SEGMENT\ncmd LC_SEGMENT\ncmd LC_SEGMENT\ncmd LC_SEGMENT\ncmd LC_LOADFVMLIB\ncmd LC_SYMTAB\ncmd LC_UNIXTHREAD\n' > "$T/want"
diff -u "$T/want" "$T/cmds"
got=$(next-otool -l "$T/a" | sed -n '/cmd LC_LOADFVMLIB/,/header addr/p' | sed 's/^ *//')
want="cmd LC_LOADFVMLIB
cmdsize 48
name /usr/shlib/libsys_s.B.shlib (offset 20)
minor version 55
header addr 0x05000000"
[ "$got" = "$want" ] || { echo "FAIL: LC_LOADFVMLIB"; echo "$got"; exit 1; }
# The command's raw bytes (big-endian): cmd 6, cmdsize 48, name offset 20, minor 55, header addr.
off=$(od -An -v -tx1 "$T/a" | tr -d ' \n' | grep -bo '0000000600000030000000140000003705000000' | head -1 | cut -d: -f1)
[ -n "$off" ] || { echo "FAIL: fvmlib_command bytes not found"; exit 1; }
syms=$(next-otool -S "$T/a" | grep -E ' (_printf|_exit|_malloc|__cplus_init|_errno|__libsys_environ|__mh_execute_header|_strlen)$')
want="040105b0 A _errno
040105c0 A __libsys_environ
00002000 A __mh_execute_header
050043ca A __cplus_init
050024b0 A _exit
050028fa A _malloc
05002ce4 A _printf"
sorted=$(echo "$syms" | sort -k3)
wsorted=$(echo "$want" | sort -k3)
[ "$sorted" = "$wsorted" ] || { echo "FAIL: symbols"; echo "$syms"; exit 1; }
# Without --libsys the libsys names stay undefined.
if "$LD" -o "$T/c" "$T/crt0.o" "$T/hi.o" 2>"$T/err"; then echo "FAIL: linked without libsys"; exit 1; fi
grep -q "undefined symbol: printf" "$T/err" || { cat "$T/err"; exit 1; }
