| Divide by zero with no handler installed: SIGFPE crash report.
    .include "sys.inc"
    .text
    move.l #0x1234, %d0
    moveq #0, %d1
    divu.l 8(%a7), %d1:%d0
    exit 0
