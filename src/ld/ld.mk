# next-ld: ELF32 m68k objects, archives/rlibs and LLVM bitcode -> NeXT Mach-O.
LD_SRCS := $(sort $(wildcard $(ROOT)/src/ld/*.c))
LD_HDRS := $(wildcard $(ROOT)/src/ld/*.h) $(wildcard $(ROOT)/src/common/*.h)
TOOLS += $(BUILD)/next-ld
# Linked statically: the dynamic loader's start-up is a fifth of a
# typical link (bench/link.sh).

.PHONY: next-ld
next-ld: $(BUILD)/next-ld

$(BUILD)/next-ld: $(LD_SRCS) $(LD_HDRS)
	@mkdir -p $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) -static -o $@ $(LD_SRCS)
