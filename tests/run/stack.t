#!/bin/sh
# Initial stack as NeXT's kern_exec.c builds it: argc, argv[], 0, envp[], 0,
# then the strings (rounded to 4) and one zero word below 0x04000000.
. ./lib.sh
guest stack
cd "$T"
got=$(env -i A=1 "$BUILD/next-run" --inherit-env ./stack x yz | od -An -v -tx1 | tr -d ' \n')
want="00000003""03ffffe8""03fffff0""03fffff2""00000000""03fffff5""00000000"
want="$want$(printf './stack\0x\0yz\0A=1\0' | od -An -v -tx1 | tr -d ' \n')""000000""00000000"
expect "stack bytes" "$want" "$got"
