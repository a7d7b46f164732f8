| Dump the initial stack, from sp (argc) up to the stack top 0x04000000,
| to stdout so the test can compare it byte for byte.
    .include "sys.inc"
    .text
    move.l %sp, %a0
    move.l #0x04000000, %d1
    sub.l %a0, %d1
    move.l %d1, -(%sp)
    move.l %a0, -(%sp)
    move.l #1, -(%sp)
    sys 4
    exit 0
