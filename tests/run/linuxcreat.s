| Bypass the NeXT syscall layer: create argv[1] with a raw Linux open
| (trap #0, O_WRONLY|O_CREAT, 0644).  Exit 0 on success, else the Linux
| errno.  Only the Landlock sandbox can stop this.
    .include "sys.inc"
    .text
    move.l 8(%sp), %d1
    move.l #0x41, %d2
    move.l #0644, %d3
    moveq #5, %d0
    trap #0
    tst.l %d0
    bge ok
    neg.l %d0
    move.l %d0, -(%sp)
    sys 1
ok: exit 0
