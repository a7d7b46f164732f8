| Call the unassigned syscall 200 twice; exit with the errno of the second.
    .include "sys.inc"
    .text
    sys 200
    sys 200
    bcc ok
    move.l %d0, -(%sp)
    sys 1
ok: exit 100
