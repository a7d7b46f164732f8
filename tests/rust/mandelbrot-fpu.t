#!/bin/sh
# examples/mandelbrot built with the `fpu` feature prints exactly the soft-float output.
. ./float-lib.sh
build_variant mandelbrot 2 m68k-next-nextstep fpu "$TMP/m"
run_cpu 68040 "$TMP/m" "$TMP/out"
cmp -s "$TMP/out" mandelbrot.expected || { diff mandelbrot.expected "$TMP/out" | head -n 40; exit 1; }
