#!/bin/sh
# examples/mandelbrot (soft-float) prints the expected picture and iteration count.
. ./float-lib.sh
build_variant mandelbrot 2 m68k-next-nextstep "" "$TMP/m"
run_cpu 68040 "$TMP/m" "$TMP/out"
cmp -s "$TMP/out" mandelbrot.expected || { diff mandelbrot.expected "$TMP/out" | head -n 40; exit 1; }
