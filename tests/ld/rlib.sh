# Helpers for the next-ld -r tests tests/ld/r-*.t (sourced, not a test itself).
. ./lib.sh
GOLDEN="$(pwd)/golden"
# golden NAME: stdin must equal golden/NAME; UPDATE_GOLDEN=1 rewrites the file.
golden() {
    cat > "$T/golden.out"
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$T/golden.out" "$GOLDEN/$1"; return; fi
    if ! cmp -s "$T/golden.out" "$GOLDEN/$1"; then
        echo "output differs from golden/$1:"
        diff -u "$GOLDEN/$1" "$T/golden.out" || true
        exit 1
    fi
}
# dump OBJ: relocation entries (symbolic) and the bytes of every section,
# run in $T so that file names carry no temporary path.
dump() {
    (cd "$T" && next-otool -rv "$1" &&
        for s in "__TEXT __text" "__TEXT __cstring" "__TEXT __const" "__DATA __data"; do
            next-otool -s $s "$1"
        done && next-otool -S "$1")
}
