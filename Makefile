# NeXTSTEP/m68k Rust toolchain: one plain Makefile, all output under build/.
# Each tool keeps its rules in src/<tool>/<tool>.mk; this file ties them together.

ROOT   := $(abspath .)
BUILD  := $(ROOT)/build
CC     ?= cc
CFLAGS ?= -std=c17 -O2 -g -Wall -Wextra -Wno-unused-parameter
CPPFLAGS += -I$(ROOT)/src/common -D_GNU_SOURCE
M68K_CC ?= m68k-linux-gnu-gcc
PREFIX ?= /usr/local
DESTDIR ?=
VERSION := 0.1.0

TOOLS :=
.PHONY: all tools deps demo check clean install uninstall deb

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

# Install the tools, target specs, runtime crates' sources, man pages and docs under
# $(DESTDIR)$(PREFIX) (layout: docs/install.md); uninstall removes exactly those files.
install: tools
	scripts/install-tree install $(ROOT) $(PREFIX) $(DESTDIR)

uninstall:
	scripts/install-tree uninstall $(PREFIX) $(DESTDIR)

# A Debian package, build/next-toolchain_$(VERSION)_<arch>.deb (dpkg-deb; see scripts/make-deb).
deb: tools
	scripts/make-deb $(ROOT) $(VERSION)

clean:
	rm -rf $(BUILD)
