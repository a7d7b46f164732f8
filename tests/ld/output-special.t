#!/bin/sh
# An output that exists and is not a regular file (-o /dev/null, a FIFO) is
# written into directly, as GNU ld does, never replaced by renaming a
# temporary file over it (that turned /dev/null into a regular file).  A
# FIFO stands in for /dev/null: it must still be a FIFO afterwards, and a
# reader gets exactly the bytes a link into a regular file produces.
. ./lib.sh
printf '\t.text\n\t.globl start\nstart:\trts\n' | asm a
cd "$T"
"$LD" -o regular a.o
mkfifo pipe
timeout 20 cat pipe > got &
reader=$!
"$LD" -o pipe a.o
wait $reader
[ -p pipe ] || { echo "pipe is no longer a FIFO"; exit 1; }
cmp regular got
[ -z "$(ls | grep tmp)" ]
