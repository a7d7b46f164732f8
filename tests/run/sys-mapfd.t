#!/bin/sh
# map_fd (Mach trap 43) with findspace: the file from the given offset is
# copied into fresh pages at 0x06000000, zero past end of file; a bad fd
# gives KERN_INVALID_ARGUMENT (4).
. ./lib.sh
cguest sysc
printf 'xxabcdefghijklmnopqrstuvwxyz' > "$T/f"
next-run "$T/sysc" mapfd "$T/f" >"$T/got"
cat > "$T/want" <<'END'
map_fd = 0
va = 0x06000000
abcdefghijklmnopqrst
zero past eof = 0
map_fd badfd = 4
END
diff -u "$T/want" "$T/got"
