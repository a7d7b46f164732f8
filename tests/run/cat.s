| cat ARGV1: open(argv[1], O_RDONLY), copy it to stdout, exit 0;
| on any failing syscall exit with the NeXT errno found in d0.
    .include "sys.inc"
    .text
    move.l 8(%sp), %a5
    clr.l -(%sp)
    clr.l -(%sp)
    move.l %a5, -(%sp)
    sys 5
    lea 12(%sp), %sp
    bcs fail
    move.l %d0, %d7
loop:
    move.l #4096, -(%sp)
    pea buf
    move.l %d7, -(%sp)
    sys 3
    lea 12(%sp), %sp
    bcs fail
    tst.l %d0
    beq done
    move.l %d0, -(%sp)
    pea buf
    move.l #1, -(%sp)
    sys 4
    lea 12(%sp), %sp
    bcs fail
    bra loop
done:
    move.l %d7, -(%sp)
    sys 6
    addq.l #4, %sp
    bcs fail
    exit 0
fail:
    move.l %d0, -(%sp)
    sys 1
    .bss
buf: .space 4096
