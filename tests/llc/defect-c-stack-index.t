#!/bin/sh
# Defect C: b[i] = v on a stack array must write element i, not element 0.
. ./lib.sh
expect_defect repro/fi_index_run.ll fi_index_driver.c "0 0 0 0 0 7 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 9 0 0 0"
