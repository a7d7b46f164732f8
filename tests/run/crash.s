| Load known values into registers, then read from page zero (unmapped,
| like NeXT's __PAGEZERO): the guest must crash with SIGSEGV.
    .text
    moveq #1, %d1
    moveq #2, %d2
    move.l #0x12345678, %d7
    lea 0x4000, %a3
    move.l 0x10, %d0
    moveq #0, %d0
    trap #4
