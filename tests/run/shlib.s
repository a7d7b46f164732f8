| A tiny fixed VM shared library (MH_FVMLIB): a jump table at 0x05002000
| (like libsys's 6-byte `jmp` slots) and a function that copies a message
| into the library's own __DATA segment (0x04010000) and writes it.
    .include "sys.inc"
    .text
    jmp greet
greet:
    lea msg, %a0
    lea buf, %a1
    moveq #msglen-1, %d0
1:  move.b (%a0)+, (%a1)+
    dbra %d0, 1b
    write 1, buf, msglen
    rts
msg: .ascii "hello from a shared library\n"
    .set msglen, . - msg
    .data
buf: .space 64
