| Jump to an odd address: a 68k address error (NeXT SIGBUS).
    .text
    jmp 0x3001
