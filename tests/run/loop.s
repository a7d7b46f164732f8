| Spin forever (for --timeout).
    .text
1:  bra.s 1b
