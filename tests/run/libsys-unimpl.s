| Calls libsys's signal() slot (known from the table but not emulated) after
| printing with printf: the buffered output must come out first.
	.text
	pea	msg
	jsr	0x05002ce4		| _printf
	addqw	#4,%sp
	pea	0:w
	pea	2:w
	jsr	0x05002f7e		| _signal
	addqw	#8,%sp
	pea	0:w
	jsr	0x050024b0		| _exit
msg:	.asciz	"before\n"
