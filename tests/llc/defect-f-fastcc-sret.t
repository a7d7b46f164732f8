#!/bin/sh
# Defect F: a fastcc callee returning through a hidden pointer must not
# overwrite its caller's (0,%sp), where caller saved its caller's d2.
. ./lib.sh
expect_defect repro/sret_run.ll sret_driver.c "42 42 1234"
