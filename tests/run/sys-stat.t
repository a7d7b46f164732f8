#!/bin/sh
# stat/lstat/fstat fill the 60-byte NeXT struct stat big-endian: mode at 6, nlink at 8, size at 16, mtime at 28.
. ./lib.sh
cguest sysc
cd "$T"
printf data > f && chmod 644 f && touch -d @1000000000 f && ln -s f l && touch -h -d @1200000000 l
next-run -R "$T" ./sysc stat f l >"$T/got"
cat > "$T/want" <<'END'
result = 0
mode = 0x000081a4
nlink = 1
size = 4
mtime = 1000000000
blksize>0 = 1
byte60 = 238
result = 0
mode = 0x0000a1ff
nlink = 1
size = 1
mtime = 1200000000
blksize>0 = 1
byte60 = 238
fstat = 0
fstat size = 4
END
diff -u "$T/want" "$T/got"
