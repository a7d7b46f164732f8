#!/bin/sh
# 'run' with everything present: it builds the CD image, stages the same
# binaries and runall in the shared directory, gives Previous a private HOME
# holding the configuration, starts it, and reports on the transcript found
# in the shared directory afterwards.  Previous is a stand-in script here
# that checks what it was given and plays the guest's part: it runs the
# staged runall with shell-script stand-ins, as NeXTSTEP would.
. ./lib.sh
cd "$W"
fake_rom rom.bin; fake_disk disk.img; fake_macho hello; fake_macho bye
mkdir exp; printf 'hi\n' > exp/hello.stdout; printf 'bye\n' > exp/bye.stdout
cat > Previous <<'SH'
#!/bin/sh
set -e
cfg="$HOME/.previous/previous.cfg"
cmp "$cfg" "$HOME/.config/previous/previous.cfg"
cmp "$cfg" "$HOME/previous.cfg"
share=$(sed -n 's/^szNFSPathName0 = //p' "$cfg")
iso=$(sed -n 's/^szImageName1 = //p' "$cfg")
[ -f "$iso" ] && [ "$(pwd)" = "$(dirname "$share")" ]
printf '#!/bin/sh\necho hi\n' > "$share/tests/hello"
printf '#!/bin/sh\necho bye\n' > "$share/tests/bye"
sh "$share/tests/runall" "$share/transcript" > /dev/null
SH
chmod +x Previous
expect_rc 0 "$NP" run --rom rom.bin --disk disk.img --previous ./Previous --work wd --expected exp hello bye
D=$(pwd -P)
same "$(cat "$T/out")" "next-previous: CD-ROM image $D/wd/tests.iso, configuration $D/wd/previous.cfg
next-previous: starting $D/Previous with HOME=$D/wd/home
In NeXTSTEP 3.3, logged in as 'me', open a Terminal and type:
    sh /Net/tests/runall /Net/transcript
(/Net is $D/wd/share, shared by Previous over NFS; the binaries and runall are
also on the CD-ROM, volume NEXTTESTS).  Then shut NeXTSTEP down and quit Previous.
ok hello
ok bye
2 passed, 0 failed"
# a guest that never wrote the transcript: that is the error, exit 1
printf '#!/bin/sh\nexit 0\n' > Previous
expect_rc 1 "$NP" run --rom rom.bin --disk disk.img --previous ./Previous --work wd hello bye
same "$(tail -1 "$T/out")" "next-previous: error: no transcript at '$D/wd/share/transcript': runall's output was not copied back from the guest"
