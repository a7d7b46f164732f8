#!/bin/sh
# Conformance: every corpus program built at opt-level 3 for the 68040 (m68k Linux runner under
# qemu-m68k, bitcode converted by next-llc) prints exactly what the host build prints.
exec ./conf-check 3 M68040
