# next-otool: otool-style inspector for NeXTSTEP 3.x m68k Mach-O files
# (header, load commands, relocations, symbols, section dumps, capstone
# M68K disassembly).  See src/otool/README.md.
OTOOL_SRCS := $(sort $(wildcard $(ROOT)/src/otool/*.c))
OTOOL_HDRS := $(ROOT)/src/otool/otool.h $(ROOT)/src/common/be.h $(ROOT)/src/common/macho.h $(ROOT)/src/common/macho_walk.h
TOOLS += $(BUILD)/next-otool

.PHONY: next-otool
next-otool: $(BUILD)/next-otool

$(BUILD)/next-otool: $(OTOOL_SRCS) $(OTOOL_HDRS)
	@mkdir -p $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $(OTOOL_SRCS) -lcapstone
