#!/bin/sh
# 'config' for the default machine (NeXTcube 68040) with a shared directory
# writes exactly this Previous configuration: absolute paths, the disk on SCSI
# target 0, the CD-ROM (write-protected) on target 1, boot from SCSI, no
# startup dialog, NFS share, 68040 ROM slot, and the cube040 system values.
. ./lib.sh
cd "$W"
fake_rom rom.bin; fake_disk disk.img; printf 'cd' > tests.iso; mkdir share
D=$(pwd -P)
expect_rc 0 "$NP" config -o previous.cfg --rom rom.bin --disk disk.img --cd tests.iso --share share
same "$(cat "$T/out")" ""
same "$(cat previous.cfg)" "# Previous configuration written by next-previous 0.1.0 (machine cube040).
# Keys missing here keep Previous's defaults.
[ConfigDialog]
bShowConfigDialogAtStartup = FALSE

[Boot]
nBootDevice = 1

[HardDisk]
szImageName0 = $D/disk.img
nDeviceType0 = 1
bDiskInserted0 = TRUE
bWriteProtected0 = FALSE
szImageName1 = $D/tests.iso
nDeviceType1 = 2
bDiskInserted1 = TRUE
bWriteProtected1 = TRUE

[Ethernet]
bEthernetConnected = TRUE
szNFSroot = $D/share
szNFSPathName0 = $D/share

[ROM]
szRom040FileName = $D/rom.bin

[System]
nMachineType = 1
bColor = FALSE
bTurbo = FALSE
bNBIC = TRUE
bADB = FALSE
nSCSI = TRUE
nRTC = FALSE
nCpuLevel = 4
nCpuFreq = 25
n_FPUType = 68040

[Memory]
nMemoryBankSize0 = 16
nMemoryBankSize1 = 16
nMemoryBankSize2 = 16
nMemoryBankSize3 = 16"
# exactly the file asked for: no temporary left beside it
same "$(ls)" "disk.img
previous.cfg
rom.bin
share
tests.iso"
