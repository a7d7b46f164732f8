#!/bin/sh
# At opt-level 0 too (float.rs and the program unoptimized), the `fpu` build of
# examples/floattest gives results bit-identical to the soft-float build.
. ./float-lib.sh
float_diff m68k-next-nextstep 68040 0
