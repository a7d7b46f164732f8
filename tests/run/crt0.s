| Startup and syscall stubs for the C test guests (NeXT conventions, see
| src/run/README.md): start(argc, argv, envp) like NeXT crt0, then exit.
    .section .text.start,"ax"
    .globl _start
_start:
    move.l %sp, %a0
    move.l (%a0), %d0           | argc
    lea 4(%a0), %a1             | argv
    move.l %d0, %d1
    addq.l #1, %d1
    lsl.l #2, %d1
    lea (%a1,%d1.l), %a2        | envp = argv + argc + 1
    move.l %a2, -(%sp)
    move.l %a1, -(%sp)
    move.l %d0, -(%sp)
    jsr main
    move.l %d0, -(%sp)
    move.l %d0, -(%sp)
    moveq #1, %d0
    trap #4
    .text
| long nx_syscall(long nr, args...): pops the return address so that the
| number's slot becomes the dummy return-address slot and the arguments sit
| at sp+4...; returns d0, or -errno when the carry flag is set; d1 -> nx_d1.
    .globl nx_syscall
nx_syscall:
    move.l (%sp)+, %a1
    move.l (%sp), %d0
    trap #4
    bcc 1f
    neg.l %d0
    bra 2f
1:  move.l %d1, nx_d1
2:  move.l %a1, -(%sp)
    rts
| long nx_mach(long index, args...): trap #3, result in d0.
    .globl nx_mach
nx_mach:
    move.l (%sp)+, %a1
    move.l (%sp), %d0
    trap #3
    move.l %a1, -(%sp)
    rts
    .globl nx_ureg_get
nx_ureg_get:
    trap #5
    rts
    .globl nx_ureg_set
nx_ureg_set:
    move.l 4(%sp), %d0
    trap #6
    rts
    .section .note.GNU-stack,"",@progbits
    .bss
    .globl nx_d1
nx_d1: .space 4
    .text
    .globl nx_cacheflush
nx_cacheflush:
    trap #2
    rts
