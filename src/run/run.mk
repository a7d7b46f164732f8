# next-run: host launcher (x86_64, Landlock sandbox, execs qemu-m68k) and the
# NeXT loader (static m68k Linux program run by qemu-m68k).
RUN_DIR := $(ROOT)/src/run
RUN_LOADER_SRCS := $(RUN_DIR)/loader.c $(RUN_DIR)/root.c $(RUN_DIR)/syscalls.c $(RUN_DIR)/mach.c
RUN_HDRS := $(RUN_DIR)/loader.h $(RUN_DIR)/nx_abi.h $(ROOT)/src/common/be.h $(ROOT)/src/common/macho.h
M68K_CFLAGS ?= -std=c17 -O2 -g -Wall -Wextra -Wno-unused-parameter

TOOLS += $(BUILD)/next-run $(BUILD)/next-run-loader

$(BUILD)/next-run: $(RUN_DIR)/next-run.c $(RUN_HDRS)
	@mkdir -p $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $(RUN_DIR)/next-run.c

$(BUILD)/next-run-loader: $(RUN_LOADER_SRCS) $(RUN_HDRS)
	@mkdir -p $(BUILD)
	$(M68K_CC) $(CPPFLAGS) -D_FILE_OFFSET_BITS=64 $(M68K_CFLAGS) -static -no-pie -o $@ $(RUN_LOADER_SRCS)

.PHONY: next-run
next-run: $(BUILD)/next-run $(BUILD)/next-run-loader
