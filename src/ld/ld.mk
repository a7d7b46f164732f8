# next-ld: ELF32 m68k objects, archives/rlibs and LLVM bitcode -> NeXT Mach-O.
LD_SRCS := $(sort $(wildcard $(ROOT)/src/ld/*.c))
LD_HDRS := $(wildcard $(ROOT)/src/ld/*.h) $(wildcard $(ROOT)/src/common/*.h)
TOOLS += $(BUILD)/next-ld
# Linked statically: the dynamic loader's start-up is a fifth of a
# typical link (bench/link.sh).

.PHONY: next-ld
next-ld: $(BUILD)/next-ld

$(BUILD)/next-ld: $(LD_SRCS) $(LD_HDRS) $(BUILD)/gen/libsys_table.h
	@mkdir -p $(BUILD)
	$(CC) $(CPPFLAGS) -I$(BUILD)/gen $(CFLAGS) -static -o $@ $(LD_SRCS)

# libsys_s.B.shlib jump table (src/ld/libsys-m68k-55.tsv, the one table of its
# symbols) as C: LIBSYS_SYM("name", address, LIBSYS_TEXT|LIBSYS_DATA) lines,
# used by next-ld --libsys and by next-run's libsys emulation.
$(BUILD)/gen/libsys_table.h: $(ROOT)/src/ld/libsys-m68k-55.tsv
	@mkdir -p $(BUILD)/gen
	awk -F'\t' '!/^#/ && NF >= 3 { printf "LIBSYS_SYM(\"%s\", %s, LIBSYS_%s)\n", $$1, $$2, toupper($$3) }' $< > $@.tmp && mv $@.tmp $@

