# NeXTSTEP/m68k Rust toolchain: one plain Makefile, all output under build/.
# Each tool keeps its rules in src/<tool>/<tool>.mk; this file ties them together.

ROOT   := $(abspath .)
BUILD  := $(ROOT)/build
CC     ?= cc
CFLAGS ?= -std=c17 -O2 -g -Wall -Wextra -Wno-unused-parameter
CPPFLAGS += -I$(ROOT)/src/common -D_GNU_SOURCE
M68K_CC ?= m68k-linux-gnu-gcc

TOOLS :=
.PHONY: all tools deps demo check clean

all: tools

-include $(sort $(wildcard src/*/*.mk))
-include fuzz/fuzz.mk

tools: $(TOOLS)

# Install the Debian packages the toolchain needs (idempotent, root only).
deps:
	@scripts/install-deps

# The main job: build the toolchain, build examples/hello for m68k-next-nextstep
# and run it in next-run.
demo: deps
	$(MAKE) tools
	scripts/cargo-next run --release --manifest-path examples/hello/Cargo.toml

# All tests; the runner ends with "N passed, N failed".
check: deps
	$(MAKE) tools
	tests/run-tests

clean:
	rm -rf $(BUILD)
