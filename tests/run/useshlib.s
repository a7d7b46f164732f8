| Calls the first jump-table slot of the shared library, then exits 5.
    .include "sys.inc"
    .text
    jsr 0x05002000
    exit 5
