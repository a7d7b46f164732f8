#!/bin/sh
# 'check' with a ROM of the right size, a disk image with a NeXT label, an
# executable Previous and xorriso reports each as found and exits 0.
. ./lib.sh
cd "$W"
fake_rom rom.bin; fake_disk disk.img
printf '#!/bin/sh\nexit 0\n' > Previous; chmod +x Previous
expect_rc 0 "$NP" check --rom rom.bin --disk disk.img --previous ./Previous
same "$(sed 's/^ok: xorriso .*/ok: xorriso/' "$T/out")" "ok: ROM 'rom.bin' (131072 bytes)
ok: disk image 'disk.img' (NeXT disk label dlV3, volume 'NeXTSTEP 3.3')
ok: Previous './Previous'
ok: xorriso"
