#!/bin/sh
# Defect L: the argument stores of an i64 multiply's __muldi3 libcall must not land inside the
# call sequence of the call before it (stock LLVM passes show() a null pointer and 99).
. ./lib.sh
expect_defect repro/libcall_order_run.ll libcall_order_driver.c "show f 3 use 9 1 2
use 198"
