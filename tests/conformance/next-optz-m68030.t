#!/bin/sh
# Conformance on NeXTSTEP: every corpus program built at opt-level z for the 68030 (runner
# m68k-next/ on the nextstep runtime, linked by next-ld, run in next-run) prints exactly what the
# host build prints.
exec ./conf-check-next z M68030
