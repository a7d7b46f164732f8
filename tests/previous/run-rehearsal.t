#!/bin/sh
# A rehearsal of the whole 'run' path with a real executable: an assembler
# program linked by next-ld passes the Mach-O checks, goes onto the CD and
# into the shared directory, and the stand-in Previous plays the guest by
# running each staged binary under next-run (NeXTSTEP's part) through the
# real runall; the transcript it leaves is judged against the expected
# output and exit status.
. ./lib.sh
cd "$W"
cat > hello.s <<'S'
	.text
	.globl	start
start:	move.l	#12,-(%sp)	| write(1, msg, 12): trap #4, d0 = SYS_write 4,
	pea	msg		| arguments above a dummy return-address slot
	move.l	#1,-(%sp)
	clr.l	-(%sp)
	moveq	#4,%d0
	trap	#4
	lea	16(%sp),%sp
	move.l	#3,-(%sp)	| exit(3): d0 = SYS_exit 1
	clr.l	-(%sp)
	moveq	#1,%d0
	trap	#4
msg:	.ascii	"hello, NeXT\n"
S
m68k-linux-gnu-as -m68040 -o hello.o hello.s
"$BUILD/next-ld" -o hello hello.o
fake_rom rom.bin; fake_disk disk.img
mkdir exp; printf 'hello, NeXT\n' > exp/hello.stdout; : > exp/hello.stderr; echo 3 > exp/hello.status
cat > Previous <<SH
#!/bin/sh
set -e
share=\$(sed -n 's/^szNFSPathName0 = //p' "\$HOME/.previous/previous.cfg")
mkdir "\$share/real"
for f in "\$share"/tests/*; do
    case \$f in */runall) continue ;; esac
    mv "\$f" "\$share/real/"
    printf '#!/bin/sh\nexec "%s" "%s"\n' "$BUILD/next-run" "\$share/real/\${f##*/}" > "\$f"
done
sh "\$share/tests/runall" "\$share/transcript" > /dev/null
SH
chmod +x Previous
expect_rc 0 "$NP" run --rom rom.bin --disk disk.img --previous ./Previous --work wd --expected exp hello
same "$(tail -2 "$T/out")" "ok hello
1 passed, 0 failed"
xorriso -osirrox on -indev wd/tests.iso -extract /hello cd-hello >/dev/null 2>&1
cmp hello cd-hello
