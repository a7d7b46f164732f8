#!/bin/sh
# Defect B: (x * 100) as u16, zero-extended into an address register, must be
# masked to 16 bits (1000*100 mod 65536 = 34464).
. ./lib.sh
expect_defect repro/andA_run.ll andA_driver.c "34464 65500 300"
