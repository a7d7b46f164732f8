# Shared by conf-check (m68k Linux under qemu-m68k) and conf-check-next (NeXT Mach-O under
# next-run): host reference outputs and the comparison of one program's m68k output with them.
# Sourced (not executable); thin glue like its callers. Uses the caller's variables:
#   ME (script name for messages), HERE, BUILD, REF (reference dir), RES (results dir),
#   good/bad (counters, updated by conf_compare).

# conf_host_refs [PROGRAM...]: builds the host runner, sets PROGS (the arguments, or every
# program) and writes each program's host output to $REF/<prog>.txt. Exits the caller on failure.
conf_host_refs() {
  HOSTBIN=$BUILD/conformance/host/release/conformance-host
  if ! CARGO_TARGET_DIR=$BUILD/conformance/host /usr/bin/cargo build -q --release \
       --manifest-path "$HERE/host/Cargo.toml" > "$BUILD/conformance/logs/host.log" 2>&1; then
    echo "$ME: host runner build failed:"; tail -20 "$BUILD/conformance/logs/host.log"; exit 1
  fi
  PROGS=${*:-$("$HOSTBIN" --list)}
  for p in $PROGS; do
    # Written aside and renamed: the other checker may be reading the same reference file.
    "$HOSTBIN" "$p" > "$REF/$p.txt.$$" || { rm -f "$REF/$p.txt.$$"; echo "$ME: host run of $p failed"; exit 1; }
    mv "$REF/$p.txt.$$" "$REF/$p.txt"
  done
}

# conf_compare PROG RC: $RES/PROG.out (and .err) were produced with exit status RC. Appends
# "PROG ok" or "PROG STATUS@LINE" to $RES/status, writes $RES/PROG.diff on a difference and
# prints ok / FAIL with the first differing lines.
conf_compare() {
  _p=$1; _rc=$2
  if [ "$_rc" -eq 0 ] && cmp -s "$REF/$_p.txt" "$RES/$_p.out"; then
    echo "$_p ok" >> "$RES/status"; good=$((good+1)); echo "ok    $_p"; rm -f "$RES/$_p.diff"; return 0
  fi
  bad=$((bad+1))
  case $_rc in
    0) _st=DIFF ;;
    124) _st=TIMEOUT ;;
    1[3-9][0-9]) _st="CRASH(sig$((_rc-128)))" ;;
    *) _st="EXIT($_rc)" ;;
  esac
  # First differing line number.
  _line=$(cmp "$REF/$_p.txt" "$RES/$_p.out" 2>&1 | sed -n 's/.* line \([0-9]*\).*/\1/p')
  [ -z "$_line" ] && _line=$(( $(wc -l < "$RES/$_p.out") + 1 ))
  _st="$_st@$_line"
  echo "$_p $_st" >> "$RES/status"
  diff "$REF/$_p.txt" "$RES/$_p.out" > "$RES/$_p.diff" 2>&1
  echo "FAIL  $_p $_st (host lines $(wc -l < "$REF/$_p.txt"), m68k lines $(wc -l < "$RES/$_p.out"))"
  head -6 "$RES/$_p.diff" | cut -c1-200 | sed 's/^/      /'
  [ -s "$RES/$_p.err" ] && head -3 "$RES/$_p.err" | cut -c1-200 | sed 's/^/      stderr: /'
  return 1
}
