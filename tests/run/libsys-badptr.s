| Passes an unmapped address (0x10, in __PAGEZERO) to libsys strlen().
	.text
	pea	0x10:w
	jsr	0x05003038		| _strlen
	addqw	#4,%sp
	pea	0:w
	jsr	0x050024b0		| _exit
