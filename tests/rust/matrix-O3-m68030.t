#!/bin/sh
# Every example (hello, cat, wc, wordfreq, mandelbrot, copy, argsenv) built at opt-level 3 for the
# 68030 target runs under next-run --cpu 68030 with exactly the expected output (matrix/run).
exec ./matrix/run 3 68030
