#!/bin/sh
# getdirentries returns 4.3BSD struct direct records (d_ino, d_reclen rounded to 4, d_namlen, name).
. ./lib.sh
cguest sysc
cd "$T"
mkdir d && touch d/a d/bbbbb d/cccccccc
next-run -R "$T" ./sysc dir d | sort >"$T/got"
cat > "$T/want" <<'END'
a namlen=1 reclen=12
bbbbb namlen=5 reclen=16
cccccccc namlen=8 reclen=20
entries = 5
END
diff -u "$T/want" "$T/got"
