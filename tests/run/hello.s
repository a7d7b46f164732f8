    .include "sys.inc"
    .text
    write 1, msg, 13
    exit 3
msg: .ascii "hello, world\n"
