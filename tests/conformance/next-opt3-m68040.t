#!/bin/sh
# Conformance on NeXTSTEP: every corpus program built at opt-level 3 for the 68040 (runner
# m68k-next/ on the nextstep runtime, linked by next-ld, run in next-run) prints exactly what the
# host build prints.
exec ./conf-check-next 3 M68040
