//! Mach traps (`trap #3`) and the virtual-memory MIG calls built on `msg_rpc_trap`.
//!
//! Trap indices: `nextstep-m68k-abi.md` section 6, "Mach trap numbers" (Darwin 0.3
//! `kern/syscall_sw.c`); the index goes positive in d0, arguments from sp+4, result in d0.
//!
//! `vm_allocate`/`vm_deallocate`/`vm_protect` are old-IPC (Mach 2.5 `msg_*`) MIG routines of the
//! `mach` subsystem (base 2000) sent to the task port: `nextstep-m68k-abi.md` section 7. Every
//! message is built from 32-bit words in guest (big-endian) order; the word layouts are given next
//! to each routine.

use crate::__nx_mach_trap;

pub type port_t = i32;
pub type task_t = port_t;
pub type kern_return_t = i32;
pub type vm_address_t = usize;
pub type vm_size_t = usize;
pub type vm_prot_t = i32;
pub type msg_return_t = i32;

/// Mach trap indices (reference section 6, "Mach trap numbers").
pub mod trap {
    pub const TASK_SELF: i32 = 10;
    pub const THREAD_REPLY: i32 = 11;
    pub const TASK_NOTIFY: i32 = 12;
    pub const THREAD_SELF: i32 = 13;
    pub const MSG_SEND_TRAP: i32 = 20;
    pub const MSG_RECEIVE_TRAP: i32 = 21;
    pub const MSG_RPC_TRAP: i32 = 22;
    pub const TASK_BY_PID: i32 = 33;
    pub const KERN_TIMESTAMP: i32 = 51;
    pub const HOST_SELF: i32 = 55;
}

/// MIG routine ids of the `mach` subsystem (reference section 7; reply id = request id + 100).
pub mod msgid {
    pub const VM_ALLOCATE: i32 = 2021;
    pub const VM_DEALLOCATE: i32 = 2023;
    pub const VM_PROTECT: i32 = 2024;
}

pub const KERN_SUCCESS: kern_return_t = 0;
pub const KERN_INVALID_ADDRESS: kern_return_t = 1;
pub const KERN_PROTECTION_FAILURE: kern_return_t = 2;
pub const KERN_NO_SPACE: kern_return_t = 3;
pub const KERN_INVALID_ARGUMENT: kern_return_t = 4;
pub const KERN_FAILURE: kern_return_t = 5;
pub const KERN_RESOURCE_SHORTAGE: kern_return_t = 6;

pub const VM_PROT_NONE: vm_prot_t = 0;
pub const VM_PROT_READ: vm_prot_t = 1;
pub const VM_PROT_WRITE: vm_prot_t = 2;
pub const VM_PROT_EXECUTE: vm_prot_t = 4;
pub const VM_PROT_DEFAULT: vm_prot_t = 3;
pub const VM_PROT_ALL: vm_prot_t = 7;

/// Page size of NeXT 68k machines (reference "Gaps" item 5: 8192, inferred).
pub const VM_PAGE_SIZE: usize = 8192;

/// `msg_header_t` word 0: `msg_unused:24 | msg_simple:8`, simple = 1 (no ports/out-of-line data).
pub const MSG_SIMPLE: u32 = 1;
/// `msg_type` of a MIG request: `MSG_TYPE_NORMAL (0) | MSG_TYPE_RPC (0x100)`.
pub const MSG_TYPE_RPC: u32 = 0x100;
/// `msg_type_t` descriptor {name INTEGER_32 (2), size 32, number 1, inline}: 0x02200018.
pub const MSG_TYPE_INTEGER_32_DESC: u32 = (2 << 24) | (32 << 16) | (1 << 4) | (1 << 3);
/// `msg_type_t` descriptor {name BOOLEAN (0), size 32, number 1, inline}: 0x00200018.
pub const MSG_TYPE_BOOLEAN_DESC: u32 = (32 << 16) | (1 << 4) | (1 << 3);
/// Size of `msg_header_t` (6 words).
pub const MSG_HEADER_SIZE: usize = 24;

/// `task_self()` — Mach trap 10: send right to the calling task's port.
#[inline]
pub unsafe fn task_self() -> task_t {
    __nx_mach_trap(trap::TASK_SELF, 0, 0, 0, 0, 0, 0)
}

/// `thread_reply()` — Mach trap 11: the calling thread's reply port.
#[inline]
pub unsafe fn thread_reply() -> port_t {
    __nx_mach_trap(trap::THREAD_REPLY, 0, 0, 0, 0, 0, 0)
}

/// `thread_self()` — Mach trap 13.
#[inline]
pub unsafe fn thread_self() -> port_t {
    __nx_mach_trap(trap::THREAD_SELF, 0, 0, 0, 0, 0, 0)
}

/// `msg_send_trap(hdr, option, size, timeout)` — Mach trap 20.
#[inline]
pub unsafe fn msg_send_trap(hdr: *mut u32, option: i32, size: usize, timeout: i32) -> msg_return_t {
    __nx_mach_trap(trap::MSG_SEND_TRAP, hdr as usize, option as usize, size, timeout as usize, 0, 0)
}

/// `msg_receive_trap(hdr, option, size, local_port, timeout)` — Mach trap 21.
#[inline]
pub unsafe fn msg_receive_trap(
    hdr: *mut u32,
    option: i32,
    size: usize,
    local_port: port_t,
    timeout: i32,
) -> msg_return_t {
    __nx_mach_trap(
        trap::MSG_RECEIVE_TRAP,
        hdr as usize,
        option as usize,
        size,
        local_port as usize,
        timeout as usize,
        0,
    )
}

/// `msg_rpc_trap(hdr, option, send_size, rcv_size, send_timeout, rcv_timeout)` — Mach trap 22:
/// sends the message at `hdr` and receives the reply into the same buffer.
#[inline]
pub unsafe fn msg_rpc_trap(
    hdr: *mut u32,
    option: i32,
    send_size: usize,
    rcv_size: usize,
    send_timeout: i32,
    rcv_timeout: i32,
) -> msg_return_t {
    __nx_mach_trap(
        trap::MSG_RPC_TRAP,
        hdr as usize,
        option as usize,
        send_size,
        rcv_size,
        send_timeout as usize,
        rcv_timeout as usize,
    )
}

/// Fills the 6-word `msg_header_t` of a MIG request to `task`.
/// Words: 0 simple, 1 msg_size, 2 msg_type, 3 local (reply) port, 4 remote port, 5 msg_id.
/// The local port is `task` itself, as the project brief specifies for the emulator (a real
/// NeXT MIG stub would pass the thread's reply port).
#[inline]
fn mig_header(m: &mut [u32], task: task_t, size: usize, id: i32) {
    m[0] = MSG_SIMPLE;
    m[1] = size as u32;
    m[2] = MSG_TYPE_RPC;
    m[3] = task as u32;
    m[4] = task as u32;
    m[5] = id as u32;
}

/// Sends a MIG request of `send` bytes and returns the reply's `RetCode` (word 7), or the
/// `msg_rpc_trap` error if the message itself failed.
#[inline]
unsafe fn mig_rpc(m: &mut [u32; 14], send: usize, rcv: usize) -> kern_return_t {
    let r = msg_rpc_trap(m.as_mut_ptr(), 0, send, rcv, 0, 0);
    if r != 0 {
        return r;
    }
    // Reply: header (words 0-5), {INTEGER_32} descriptor (6), RetCode (7), ...
    core::ptr::read_volatile(&m[7]) as i32
}

/// `vm_allocate(task, &address, size, anywhere)` — MIG routine 2021 (reference section 7).
///
/// Request, 48 bytes: header(24) | 0x02200018, address | 0x02200018, size |
/// 0x00200018, anywhere. Reply, 40 bytes: header | 0x02200018, RetCode | 0x02200018, address.
/// The memory is zero-filled and page-aligned. With `anywhere` false, `*address` is the
/// requested start.
pub unsafe fn vm_allocate(
    task: task_t,
    address: *mut vm_address_t,
    size: vm_size_t,
    anywhere: bool,
) -> kern_return_t {
    let mut m = [0u32; 14];
    mig_header(&mut m, task, 48, msgid::VM_ALLOCATE);
    m[6] = MSG_TYPE_INTEGER_32_DESC;
    m[7] = *address as u32;
    m[8] = MSG_TYPE_INTEGER_32_DESC;
    m[9] = size as u32;
    m[10] = MSG_TYPE_BOOLEAN_DESC;
    m[11] = anywhere as u32;
    let r = mig_rpc(&mut m, 48, 40);
    if r == KERN_SUCCESS {
        *address = core::ptr::read_volatile(&m[9]) as vm_address_t;
    }
    r
}

/// `vm_deallocate(task, address, size)` — MIG routine 2023 (reference section 7).
///
/// Request, 40 bytes: header | 0x02200018, address | 0x02200018, size.
/// Reply, 32 bytes: header | 0x02200018, RetCode.
pub unsafe fn vm_deallocate(task: task_t, address: vm_address_t, size: vm_size_t) -> kern_return_t {
    let mut m = [0u32; 14];
    mig_header(&mut m, task, 40, msgid::VM_DEALLOCATE);
    m[6] = MSG_TYPE_INTEGER_32_DESC;
    m[7] = address as u32;
    m[8] = MSG_TYPE_INTEGER_32_DESC;
    m[9] = size as u32;
    mig_rpc(&mut m, 40, 32)
}

/// `vm_protect(task, address, size, set_maximum, new_protection)` — MIG routine 2024
/// (reference section 7).
///
/// Request, 56 bytes: header | 0x02200018, address | 0x02200018, size |
/// 0x00200018, set_maximum | 0x02200018, new_protection. Reply, 32 bytes: header, RetCode.
pub unsafe fn vm_protect(
    task: task_t,
    address: vm_address_t,
    size: vm_size_t,
    set_maximum: bool,
    new_protection: vm_prot_t,
) -> kern_return_t {
    let mut m = [0u32; 14];
    mig_header(&mut m, task, 56, msgid::VM_PROTECT);
    m[6] = MSG_TYPE_INTEGER_32_DESC;
    m[7] = address as u32;
    m[8] = MSG_TYPE_INTEGER_32_DESC;
    m[9] = size as u32;
    m[10] = MSG_TYPE_BOOLEAN_DESC;
    m[11] = set_maximum as u32;
    m[12] = MSG_TYPE_INTEGER_32_DESC;
    m[13] = new_protection as u32;
    mig_rpc(&mut m, 56, 32)
}
