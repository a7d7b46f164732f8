#!/bin/sh
# 68040: examples/floattest built with the `fpu` feature (FPU float routines) gives results
# bit-identical to the soft-float build for every float library routine, on edge cases and
# 20000 random operand pairs each (and both match the recorded soft-float hashes).
. ./float-lib.sh
float_diff m68k-next-nextstep 68040
