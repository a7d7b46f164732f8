#!/bin/sh
# --cpu 68030 (long spelling of -cpu) selects the 68030: move16, a
# 68040-only instruction, is then illegal (exit 128+SIGILL).
. ./lib.sh
guest move16
next-run --cpu 68030 "$T/move16" 2>/dev/null && st=0 || st=$?
expect "--cpu 68030" 132 "$st"
next-run --cpu=68040 "$T/move16" && st=0 || st=$?
expect "--cpu=68040" 0 "$st"
