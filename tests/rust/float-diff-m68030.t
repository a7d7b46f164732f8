#!/bin/sh
# 68030 + 68882 (no fdadd etc.; FPCR rounding precision instead): the `fpu` build of
# examples/floattest gives results bit-identical to the soft-float build.
. ./float-lib.sh
float_diff m68030-next-nextstep 68030
