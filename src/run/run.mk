# next-run: host launcher (x86_64, Landlock sandbox, execs qemu-m68k) and the
# NeXT loader (static m68k Linux program run by qemu-m68k).
RUN_DIR := $(ROOT)/src/run
RUN_LOADER_SRCS := $(RUN_DIR)/loader.c $(RUN_DIR)/root.c $(RUN_DIR)/syscalls.c $(RUN_DIR)/mach.c \
	$(RUN_DIR)/signals.c $(RUN_DIR)/macho_parse.c $(RUN_DIR)/libsys.c
RUN_HDRS := $(RUN_DIR)/libsys.h $(RUN_DIR)/loader.h $(RUN_DIR)/macho_parse.h $(RUN_DIR)/nx_abi.h $(ROOT)/src/common/be.h $(ROOT)/src/common/macho.h $(ROOT)/src/common/macho_walk.h
M68K_CFLAGS ?= -std=c17 -O2 -g -Wall -Wextra -Wno-unused-parameter

TOOLS += $(BUILD)/next-run $(BUILD)/next-run-loader $(BUILD)/next-gdbsyms

# next-gdbsyms: next-ld -Map file -> gdb add-symbol-file commands (host).
$(BUILD)/next-gdbsyms: $(RUN_DIR)/gdbsyms.c
	@mkdir -p $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $(RUN_DIR)/gdbsyms.c

$(BUILD)/next-run: $(RUN_DIR)/next-run.c $(RUN_HDRS)
	@mkdir -p $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $(RUN_DIR)/next-run.c -lcapstone

$(BUILD)/next-run-loader: $(RUN_LOADER_SRCS) $(RUN_HDRS) $(BUILD)/gen/libsys_table.h
	@mkdir -p $(BUILD)
	$(M68K_CC) $(CPPFLAGS) -I$(BUILD)/gen -D_FILE_OFFSET_BITS=64 $(M68K_CFLAGS) -static -no-pie -o $@ $(RUN_LOADER_SRCS)

.PHONY: next-run
next-run: $(BUILD)/next-run $(BUILD)/next-run-loader $(BUILD)/next-gdbsyms

# libFuzzer harness for the Mach-O validation (not part of TOOLS: needs clang).
# Run: build/fuzz/run_macho -max_total_time=60 /tmp/corpus fuzz/corpus/run_macho
RUN_FUZZ_CC ?= clang
$(BUILD)/fuzz/run_macho: $(ROOT)/fuzz/run_macho.c $(RUN_DIR)/macho_parse.c $(RUN_HDRS)
	@mkdir -p $(BUILD)/fuzz
	$(RUN_FUZZ_CC) -std=c17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		$(CPPFLAGS) -I$(RUN_DIR) -o $@ $(ROOT)/fuzz/run_macho.c $(RUN_DIR)/macho_parse.c

.PHONY: fuzz-run
fuzz-run: $(BUILD)/fuzz/run_macho
