# next-llc: bitcode -> correct m68k ELF object (LLVM C API for the IR stage).
LLVM_CONFIG ?= /usr/lib/llvm-22/bin/llvm-config
LLC_SRCS := $(wildcard src/llc/*.c)
TOOLS += $(BUILD)/next-llc

$(BUILD)/next-llc: $(LLC_SRCS) src/llc/llc.h
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS) $(CPPFLAGS) -I$(shell $(LLVM_CONFIG) --includedir) -o $@ $(LLC_SRCS) \
	    -L$(shell $(LLVM_CONFIG) --libdir) -lLLVM-22 -Wl,-rpath,$(shell $(LLVM_CONFIG) --libdir)
.PHONY: next-llc
next-llc: $(BUILD)/next-llc
