# next-previous: harness for the Previous NeXT emulator (configuration,
# CD-ROM image with the test binaries via xorriso, transcript report).
# See docs/real-hardware.md and docs/man/next-previous.1.
PREVIOUS_SRCS := $(sort $(wildcard $(ROOT)/src/previous/*.c))
PREVIOUS_HDRS := $(ROOT)/src/previous/previous.h $(ROOT)/src/common/be.h $(ROOT)/src/common/macho.h
TOOLS += $(BUILD)/next-previous

.PHONY: next-previous
next-previous: $(BUILD)/next-previous

$(BUILD)/next-previous: $(PREVIOUS_SRCS) $(PREVIOUS_HDRS)
	@mkdir -p $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $(PREVIOUS_SRCS)
