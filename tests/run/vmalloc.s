| vm_allocate(task_self(), &addr, 20000, TRUE) as a NeXT MIG RPC over
| msg_rpc_trap (trap #3, index 22).  Checks the reply (id 2121, RetCode 0),
| that the 24 KB are zeroed and writable, prints the 4 address bytes to
| stdout and exits 0; each failed check exits with its own status.
    .include "sys.inc"
    .text
    moveq #10, %d0              | task_self
    trap #3
    move.l %d0, %d6
    lea msg, %a0
    move.l #1, (%a0)            | msg_simple
    move.l #48, 4(%a0)          | msg_size
    move.l #0x100, 8(%a0)       | msg_type: MSG_TYPE_NORMAL | MSG_TYPE_RPC
    move.l #4, 12(%a0)          | msg_local_port: reply port
    move.l %d6, 16(%a0)         | msg_remote_port: task port
    move.l #2021, 20(%a0)       | msg_id: vm_allocate
    move.l #0x02200018, 24(%a0) | INTEGER_32 descriptor
    clr.l 28(%a0)               | address
    move.l #0x02200018, 32(%a0)
    move.l #20000, 36(%a0)      | size
    move.l #0x00200018, 40(%a0) | BOOLEAN descriptor
    move.l #1, 44(%a0)          | anywhere = TRUE
    clr.l -(%sp)                | rcv_timeout
    clr.l -(%sp)                | send_timeout
    move.l #40, -(%sp)          | rcv_size
    move.l #48, -(%sp)          | send_size
    clr.l -(%sp)                | option
    pea msg                     | header
    clr.l -(%sp)                | return-address slot
    moveq #22, %d0              | msg_rpc_trap
    trap #3
    lea 28(%sp), %sp
    tst.l %d0
    bne f10
    cmp.l #2121, msg+20
    bne f11
    tst.l msg+28                | RetCode
    bne f12
    move.l msg+36, %a1
    move.l %a1, %a2
    move.w #6143, %d1           | 24576 bytes = 6144 longs
zero:
    tst.l (%a2)+
    bne f13
    dbra %d1, zero
    move.l #0xdeadbeef, 24572(%a1)
    cmp.l #0xdeadbeef, 24572(%a1)
    bne f14
    write 1, msg+36, 4
    exit 0
f10: exit 10
f11: exit 11
f12: exit 12
f13: exit 13
f14: exit 14
    .bss
msg: .space 64
