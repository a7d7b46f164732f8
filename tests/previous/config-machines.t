#!/bin/sh
# --machine picks the ROM slot Previous loads and the system and memory values
# of that machine (Previous's Configuration_SetSystemDefaults); without
# --share there is no [Ethernet] section.
. ./lib.sh
cd "$W"
fake_rom rom.bin; fake_disk disk.img; printf 'cd' > tests.iso
D=$(pwd -P)
for m in cube030 cube040 station turbo; do
    "$NP" config -o $m.cfg --rom rom.bin --disk disk.img --cd tests.iso --machine $m
    echo "== $m"
    sed -n '/^\[Ethernet\]/p; /^\[ROM\]/,$p' $m.cfg | grep -v '^\[\|^$' | tr '\n' ' ' | sed "s|$D/||; s/ $//"
    echo
done > res
same "$(cat res)" "== cube030
szRom030FileName = rom.bin nMachineType = 0 bColor = FALSE bTurbo = FALSE bNBIC = TRUE bADB = FALSE nSCSI = FALSE nRTC = FALSE nCpuLevel = 3 nCpuFreq = 25 n_FPUType = 68882 nMemoryBankSize0 = 16 nMemoryBankSize1 = 16 nMemoryBankSize2 = 16 nMemoryBankSize3 = 16
== cube040
szRom040FileName = rom.bin nMachineType = 1 bColor = FALSE bTurbo = FALSE bNBIC = TRUE bADB = FALSE nSCSI = TRUE nRTC = FALSE nCpuLevel = 4 nCpuFreq = 25 n_FPUType = 68040 nMemoryBankSize0 = 16 nMemoryBankSize1 = 16 nMemoryBankSize2 = 16 nMemoryBankSize3 = 16
== station
szRom040FileName = rom.bin nMachineType = 2 bColor = FALSE bTurbo = FALSE bNBIC = FALSE bADB = FALSE nSCSI = TRUE nRTC = FALSE nCpuLevel = 4 nCpuFreq = 25 n_FPUType = 68040 nMemoryBankSize0 = 16 nMemoryBankSize1 = 16 nMemoryBankSize2 = 0 nMemoryBankSize3 = 0
== turbo
szRomTurboFileName = rom.bin nMachineType = 2 bColor = FALSE bTurbo = TRUE bNBIC = FALSE bADB = TRUE nSCSI = TRUE nRTC = TRUE nCpuLevel = 4 nCpuFreq = 33 n_FPUType = 68040 nMemoryBankSize0 = 32 nMemoryBankSize1 = 32 nMemoryBankSize2 = 32 nMemoryBankSize3 = 32"
