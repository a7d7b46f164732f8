#!/bin/sh
# The runall script on the CD, exactly: Bourne shell only (backquotes, no
# $(...), no functions or 'local'), the plan naming the binaries in command
# line order, and the transcript markers report.c parses.
. ./lib.sh
cd "$W"
fake_macho b-two; fake_macho a.one
"$NP" image -o t.iso b-two a.one
xorriso -osirrox on -indev t.iso -extract /runall runall >/dev/null 2>&1
same "$(cat runall)" '#!/bin/sh
# runall: written by next-previous 0.1.0.  Runs each test binary on this CD
# under NeXTSTEP and writes a transcript for '"'next-previous report'"'.
# Usage: sh runall [TRANSCRIPT]   (default /tmp/next-previous.transcript)
# Plain Bourne shell, as NeXTSTEP 3.3'"'"'s /bin/sh is.
case "$0" in
*/*) here=`echo "$0" | sed '"'s,/[^/]*\$,,'"'` ;;
*) here=. ;;
esac
out=${1-/tmp/next-previous.transcript}
work=/tmp/next-previous.$$
rm -rf $work
mkdir $work || exit 1
echo '"'=== NEXT-PREVIOUS TRANSCRIPT 1'"' > "$out" || exit 1
echo '"'=== PLAN b-two a.one'"' >> "$out"
for name in b-two a.one
do
	cp "$here/$name" $work/$name
	chmod 755 $work/$name
	echo "=== BEGIN $name" >> "$out"
	(cd $work; ./$name) < /dev/null > $work/stdout.txt 2> $work/stderr.txt
	status=$?
	echo '"'=== STDOUT'"' >> "$out"
	cat $work/stdout.txt >> "$out"
	echo >> "$out"
	echo '"'=== STDERR'"' >> "$out"
	cat $work/stderr.txt >> "$out"
	echo >> "$out"
	echo "=== END $name status $status" >> "$out"
	rm -f $work/$name $work/stdout.txt $work/stderr.txt
done
echo '"'=== DONE'"' >> "$out"
rm -rf $work
cat "$out"'
