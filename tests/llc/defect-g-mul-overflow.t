#!/bin/sh
# Defect G: 8- and 16-bit multiply-with-overflow never reports overflow
# (LLVM takes the V flag of a 16x16->32 muls, which cannot overflow, or a
# constant).  checked_mul/overflowing_mul and debug-mode `*` depend on it.
. ./lib.sh
expect_defect repro/mul_overflow_run.ll mul_overflow_driver.c "10000 -1 -1 -32768
255 -1 -1"
