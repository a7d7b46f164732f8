# libFuzzer harnesses (clang -fsanitize=fuzzer,address,undefined).  Not part of
# TOOLS: built only by `make fuzz`.  Usable included from the top-level
# Makefile or alone: make -f fuzz/fuzz.mk fuzz
ROOT ?= $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/..)
BUILD ?= $(ROOT)/build
FUZZ_CC ?= clang
FUZZ_FLAGS := -std=c17 -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined -I$(ROOT)/src/common -I$(ROOT)/src/ld -D_GNU_SOURCE
FUZZ_LD_SRCS := $(sort $(wildcard $(ROOT)/src/ld/*.c))
FUZZ_LD_HDRS := $(wildcard $(ROOT)/src/ld/*.h) $(wildcard $(ROOT)/src/common/*.h)
FUZZERS := $(BUILD)/fuzz/ld_elf $(BUILD)/fuzz/ld_archive $(BUILD)/fuzz/ld_link

.PHONY: fuzz
fuzz: $(FUZZERS)

# next-ld's main() is renamed: libFuzzer provides the program's main.
# ld_link also turns next-ld's exit(1) on fatal errors into a return (longjmp).
$(BUILD)/fuzz/ld_link: FUZZ_DEFS := -Dexit=fuzz_exit
$(FUZZERS): $(BUILD)/fuzz/%: $(ROOT)/fuzz/%.c $(FUZZ_LD_SRCS) $(FUZZ_LD_HDRS)
	@mkdir -p $(BUILD)/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -Dmain=next_ld_main $(FUZZ_DEFS) -o $@ $< $(FUZZ_LD_SRCS)

# next-otool (src/otool, main() left out by -DOTOOL_NO_MAIN): validation and
# every listing of a Mach-O file.  Seeds: fuzz/corpus/otool_macho;
# smoke test: tests/otool/fuzz-smoke.t.
FUZZ_OTOOL_SRCS := $(sort $(wildcard $(ROOT)/src/otool/*.c))
fuzz: $(BUILD)/fuzz/otool_macho
$(BUILD)/fuzz/otool_macho: $(ROOT)/fuzz/otool_macho.c $(FUZZ_OTOOL_SRCS) $(ROOT)/src/otool/otool.h \
		$(wildcard $(ROOT)/src/common/*.h)
	@mkdir -p $(BUILD)/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -I$(ROOT)/src/otool -DOTOOL_NO_MAIN -o $@ $< $(FUZZ_OTOOL_SRCS) -lcapstone
