#!/bin/sh
# Every example (hello, cat, wc, wordfreq, mandelbrot, copy, argsenv) built at opt-level z for the
# 68040 target runs under next-run --cpu 68040 with exactly the expected output (matrix/run).
exec ./matrix/run z 68040
