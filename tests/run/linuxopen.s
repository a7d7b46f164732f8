| Bypass the NeXT syscall layer: open(argv[1]) with a raw Linux syscall
| (trap #0, which qemu executes itself).  Exit 0 if it opened, else the
| Linux errno.  Only the Landlock sandbox can stop this.
    .include "sys.inc"
    .text
    move.l 8(%sp), %d1
    moveq #0, %d2
    moveq #0, %d3
    moveq #5, %d0
    trap #0
    tst.l %d0
    bge ok
    neg.l %d0
    move.l %d0, -(%sp)
    sys 1
ok: exit 0
