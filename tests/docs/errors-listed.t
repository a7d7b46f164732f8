#!/bin/sh
# Every error, warning and fatal message a user can meet is listed in docs/errors.md: the
# message format strings are pulled out of the tools' sources, reduced to their literal
# skeleton (each printf conversion becomes a wildcard), and each skeleton must appear, its
# literal pieces in order, on an entry line ("- `MESSAGE`") of the doc's section for that
# tool; and each entry must match a message still in the sources.  Prints each message without
# an entry and each entry without a message.
#   errors-listed.t [SRCROOT]   checks the sources under SRCROOT (default $ROOT), so that the
#                               test can be tried on a scratch copy of the tree.
set -u
: "${ROOT:?run through tests/run-tests}"
SRC=${1:-$ROOT}
DOC=$ROOT/docs/errors.md
[ -f "$DOC" ] || { echo "no $DOC"; exit 1; }
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT

# C sources: the first string argument of the message functions.  Adjacent string literals
# split over lines ("abc"\n  "def") are joined first, as the compiler does.
#   error/fatal (next-ld; fatal also in next-run's loader), say/load_error (next-run's loader),
#   img_error/usage_error (next-otool), np_error/np_missing (next-previous), perror, and
#   fprintf/fputs to stderr (or to the error stream of next-otool: err, im->err).
c_messages() { # SECTION FILE...
    sec=$1; shift
    for f in "$@"; do
        sed -z 's/"[[:space:]]*\n[[:space:]]*"//g' "$f" |
        grep -oE '(\b(error|fatal|say|load_error|np_error|np_missing|usage_error|perror)\(|\bimg_error\([^,()]*, |\bfprintf\((stderr|err|im->err), )"([^"\\]|\\.)*"|\bfputs\("([^"\\]|\\.)*", stderr' |
        sed -E 's/^[^"]*"//; s/"(, stderr)?$//' |
        sed "s|^|$sec	${f#"$SRC"/}	|"
        # a fixed message passed as the argument of a "%s" format: usage_error("%s", "no file given")
        sed -z 's/"[[:space:]]*\n[[:space:]]*"//g' "$f" |
        grep -oE '\b(error|fatal|say|load_error|np_error|np_missing|usage_error)\("%s", "([^"\\]|\\.)*"' |
        sed -E 's/^[^"]*"%s", "//; s/"$//' | sed "s|^|$sec	${f#"$SRC"/}	|"
    done
}
# Shell scripts: echo "..." >&2 (the usage text is excluded below).
sh_messages() { # SECTION FILE...
    sec=$1; shift
    for f in "$@"; do
        grep -oE 'echo "[^"]*" >&2' "$f" | sed -E 's/^echo "//; s/" >&2$//' |
        sed "s|^|$sec	${f#"$SRC"/}	|"
    done
}
# Rust runtime: the fixed texts it writes to stderr (panic handler, main returning Err,
# and the panic!/expect messages of the runtime itself).
rust_messages() { # SECTION FILE...
    sec=$1; shift
    for f in "$@"; do
        grep -oE '((eprintln!|panic!|expect|format_args!)\(|write_all\(2, b)"([^"\\]|\\.)*"' "$f" |
        sed -E 's/^[^"]*"//; s/"$//' | sed "s|^|$sec	${f#"$SRC"/}	|"
    done
}

{
    c_messages next-ld "$SRC"/src/ld/*.c
    c_messages next-llc "$SRC"/src/llc/*.c
    c_messages next-run $(ls "$SRC"/src/run/*.c | grep -v '/gdbsyms\.c$')
    c_messages next-gdbsyms "$SRC"/src/run/gdbsyms.c
    c_messages next-otool "$SRC"/src/otool/*.c
    c_messages next-previous "$SRC"/src/previous/*.c
    sh_messages next-cargo "$SRC"/scripts/next-cargo
    sh_messages install-tree "$SRC"/scripts/install-tree
    rust_messages runtime "$SRC"/crates/nextstep/src/*.rs "$SRC"/crates/nextstep/src/*/*.rs
} >"$TMP/raw"

# Skeleton: C escapes undone, every printf conversion (%s %d %u %x %08x %zu %lld %.*s %g ...)
# and every Rust {} / {:?} / shell $var becomes '*'; runs of wildcards merge; ends trimmed.
sed -E 's/\\n//g; s/\\t/ /g; s/\\"/"/g; s/\\\\/\\/g;
        s/%%/\x01/g; s/%[-+ #0]*[0-9*]*(\.[0-9*]+)?(hh|h|ll|l|z|j|t|L)?[diouxXcspfgeE]/*/g; s/\x01/%/g;
        s/\{[^}]*\}/*/g; s/\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9])\}?/*/g' "$TMP/raw" |
    awk -F '\t' '{ s = $3; gsub(/\*( *\*)+/, "*", s); sub(/^ +/, "", s); sub(/ +$/, "", s); print $1 "\t" $2 "\t" s }' |
    # Exclusions (each on purpose):
    #  - skeletons without a letter ("%s: %s", "%s%s", " %02x%02x"): the whole text comes from
    #    an argument (strerror, a message built elsewhere) or is a piece of a line; the
    #    messages they carry are listed through their own format strings;
    #  - verbose/trace output, not errors: next-llc -v (command lines "%s:", " %s", and the
    #    "ir:", "mir:", "asm:", "retrying", "kept", "code differs" counters), next-run -s
    #    strace lines ("[next-run] ..."), next-ld's NEXT_LD_STATS counters ("-r: %d x %s");
    #  - the prefixes written by the error functions themselves ("next-ld: error: ",
    #    "%s: error: ", "%s: missing: ", "next-otool: error: " + " (next-otool --help)"),
    #    which are part of every listed message;
    #  - usage texts printed on a bad command line ("usage: ..."), the --help text that the
    #    man pages document (the "image: usage:" errors of next-previous are kept);
    #  - runtime dbg! output ("[{}:{}:{}]"), which the user asks for.
    grep -v '^[^	]*	[^	]*	[^A-Za-z]*$' |
    grep -vE '	(\*: (ir|mir|asm): |\*: \* killed by signal |\*: llc crashed on the unoptimized module; retrying|\*: \* kept: |\*: with \* the code differs: |\[next-run\] |next-ld: -r: )' |
    grep -vE '	(next-ld: error:|\* error:|\* missing:|next-otool: error:|\(next-otool --help\)|next-run: error: \*)$' |
    grep -vE '	usage: ' |
    grep -vE '	\[\*:\*:\*\]' |
    sort -u >"$TMP/msgs"

[ -s "$TMP/msgs" ] || { echo "no messages extracted (patterns broken?)"; exit 1; }

# Entry lines of the doc, per section: "## next-ld" ... ; "- `MESSAGE`" (or "- ``MESSAGE``"
# when the message contains a backtick).
awk '/^## / { sec = $2; next }
     /^- ``/ { m = $0; sub(/^- `` ?/, "", m); sub(/ ?``.*$/, "", m); print sec "\t" m; next }
     /^- `/ { m = $0; sub(/^- `/, "", m); sub(/`.*$/, "", m); print sec "\t" m }' "$DOC" >"$TMP/entries"

# Both ways: each source message needs an entry whose text contains its literal pieces in
# order; each entry must match some source message, so that entries of removed messages do not
# linger.  Entries whose text does not come from these sources:
#   runtime "memory allocation of N bytes failed": the alloc crate's out-of-memory panic.
awk -F '\t' 'FILENAME == ARGV[1] { n[$1]++; e[$1, n[$1]] = $2; next }
    function matches(line, k,    j, p) {
        for (j = 1; j <= k; j++) {
            if (piece[j] == "") continue
            p = index(line, piece[j])
            if (p == 0) return 0
            line = substr(line, p + length(piece[j]))
        }
        return 1
    }
    {
        sec = $1; k = split($3, piece, "*"); found = 0
        for (i = 1; i <= n[sec]; i++)
            if (matches(e[sec, i], k)) { found = 1; used[sec, i] = 1 }
        if (!found) { printf "not in docs/errors.md (## %s): %s  [%s]\n", sec, $3, $2; bad = 1 }
    }
    END {
        for (key in n)
            for (i = 1; i <= n[key]; i++)
                if (!used[key, i] && e[key, i] != "memory allocation of N bytes failed") {
                    printf "docs/errors.md (## %s) lists a message not in the sources: %s\n", key, e[key, i]
                    bad = 1
                }
        exit bad
    }' "$TMP/entries" "$TMP/msgs"
