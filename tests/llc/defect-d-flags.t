#!/bin/sh
# Defect D: a register copy between a compare and its branch must not change
# the flags the branch tests (digit count loop, unsigned max).
. ./lib.sh
expect_defect repro/ccr_run.ll ccr_driver.c "1 5 10 2
9 -1"
