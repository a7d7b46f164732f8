#!/bin/sh
# Identical inputs give byte-identical output, whatever the output name,
# directory or time; the file is executable (0755).
. ./lib.sh
cat > "$T/d.c" <<'C'
static const char msg[] = "hello";
char buf[32];
int n = 3;
const char *get(void) { return msg; }
void start(void) { buf[0] = get()[n]; for (;;) ; }
C
cc68k -o "$T/d.o" "$T/d.c"
mkdir "$T/sub"
"$LD" -o "$T/one" "$T/d.o"
sleep 1
"$LD" -o "$T/sub/two" "$T/d.o"
cmp "$T/one" "$T/sub/two"
same "$(stat -c %a "$T/one")" "755"
