#!/bin/sh
# 'image' writes an ISO 9660 image (volume NEXTTESTS, Rock Ridge) holding
# exactly the binaries, byte for byte and executable, plus the runall script.
. ./lib.sh
cd "$W"
fake_macho hello; fake_macho args
expect_rc 0 "$NP" image -o tests.iso hello args
same "$(cat "$T/out")" ""
same "$(xorriso -indev tests.iso -find / -type f -exec lsdl 2>/dev/null | awk '{print $1, $NF}')" "-r-xr-xr-x '/args'
-r-xr-xr-x '/hello'
-r-xr-xr-x '/runall'"
same "$(xorriso -indev tests.iso -pvd_info 2>/dev/null | sed -n 's/^Volume Id *: //p')" "NEXTTESTS"
xorriso -osirrox on -indev tests.iso -extract / cd >/dev/null 2>&1
cmp hello cd/hello
cmp args cd/args
# no temporary file is left beside the image
same "$(ls)" "args
cd
hello
tests.iso"
