#!/bin/sh
# The host runner builds and lists exactly the corpus programs, in order.
set -e
BUILD=${BUILD:-$(cd ../.. && pwd)/build}
CARGO_TARGET_DIR=$BUILD/conformance/host /usr/bin/cargo build -q --release --manifest-path host/Cargo.toml 2>/dev/null
got=$("$BUILD/conformance/host/release/conformance-host" --list | tr '\n' ' ')
want="int_fmt int_parse float_fmt float_parse arith numeric sort iter text option_result collections debug_fmt dyn_closures stack_index random wide float_ops dispatch fmt_edge slices int_bits layout "
[ "$got" = "$want" ] || { echo "got:  $got"; echo "want: $want"; exit 1; }
