| move16 exists on the 68040 but not on the 68030: with -cpu 68030 the
| guest gets an illegal-instruction crash, with 68040 it exits 0.
    .include "sys.inc"
    .text
    lea buf1, %a0
    lea buf2, %a1
    move16 (%a0)+, (%a1)+
    exit 0
    .data
    .balign 16
buf1: .space 16
buf2: .space 16
