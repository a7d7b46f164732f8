# Shared glue for tests/install/*.t (sourced, not a test itself).
set -u
: "${ROOT:?run through tests/run-tests}" "${BUILD:?}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "$*"; exit 1; }
# The files `make install` puts under a prefix, relative to it, sorted.
installed_files() { (cd "$1" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort); }
