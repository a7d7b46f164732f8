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
