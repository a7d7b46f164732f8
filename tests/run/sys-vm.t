#!/bin/sh
# MIG vm_allocate (anywhere and fixed), vm_protect, vm_deallocate over msg_rpc_trap; reply ids id+100; MIG_BAD_ID -303, SEND_INVALID_PORT -102, thread_self, unsupported trap -> KERN_FAILURE.
. ./lib.sh
cguest sysc
cd "$T"
next-run ./sysc vm >"$T/got" 2>"$T/err"
expect "stderr" "next-run: unsupported Mach message id 2099 to the task port
next-run: msg_rpc to unsupported port 77 (msg_id 2199)
next-run: unsupported Mach trap 20 (msg_send_trap)" "$(cat "$T/err")"
cat > "$T/want" <<'END'
rpc = 0
reply id = 2121
reply size = 40
RetCode = 0
addr1 = 0x06000000
rpc = 0
addr2 = 0x06006000
fixed RetCode = 0
fixed addr = 0x07000000
fixed again RetCode = 3
rpc = 0
protect reply id = 2124
protect RetCode = 0
read into r/o = -14
dealloc reply id = 2123
dealloc RetCode = 0
realloc same = 1
bad id RetCode = -303
bad port = -102
thread_self = 2
unknown trap = 5
END
diff -u "$T/want" "$T/got"
