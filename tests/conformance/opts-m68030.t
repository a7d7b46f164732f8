#!/bin/sh
# Conformance: every corpus program built at opt-level s for the 68030 (m68k Linux runner under
# qemu-m68k, bitcode converted by next-llc) prints exactly what the host build prints.
exec ./conf-check s M68030
