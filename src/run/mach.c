/*
 * Mach traps for next-run (trap #3, reference sections 6 and 7).  Guest
 * convention: d0 = trap index (positive as in the NeXT trap table; a negative
 * index, as libmach names them, is accepted too), arguments as 32-bit words on
 * the user stack at sp+4, sp+8, ...; result (kern_return_t or port name) in
 * d0; the carry flag is not used.  Port names are fixed small integers: the
 * task port is the only port that accepts messages.  msg_rpc_trap on the task
 * port implements the MIG routines of the "mach" subsystem that a runtime
 * needs for memory: vm_allocate (2021), vm_deallocate (2023) and vm_protect
 * (2024), with NeXT old-IPC message layouts (msg_header_t 24 bytes, every
 * argument preceded by a 32-bit msg_type_t descriptor); the reply (id + 100)
 * is written over the request buffer: RetCode first, then out values.
 * vm_allocate(anywhere) hands out zeroed pages from 0x06000000 upward, above
 * the stack (top 0x04000000) and the shared library area.  map_fd (trap 43)
 * is emulated by copying the file into such pages.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ucontext.h>

#include "be.h"
#include "loader.h"
#include "macho.h"
#include "nx_abi.h"

#define MIG_BAD_ID_NX (-303)

static uint32_t arg(uint32_t sp, int i)
{
    uint32_t a = sp + 4 + 4 * (uint32_t)i;
    return guest_ok(a, 4, VM_PROT_READ_NX) ? be32(gptr(a)) : 0;
}

static uint32_t trunc_pg(uint32_t a) { return a & ~(NX_PAGE_SIZE - 1); }

static int vm_allocate(uint32_t *addr, uint32_t size, int anywhere)
{
    if (size == 0)
        return KERN_SUCCESS_NX;
    uint64_t len = ((uint64_t)size + NX_PAGE_SIZE - 1) & ~(uint64_t)(NX_PAGE_SIZE - 1);
    if (len > NX_VM_LIMIT)
        return KERN_NO_SPACE_NX;
    uint32_t start;
    if (anywhere) {
        start = region_find_free(NX_VM_BASE, NX_VM_LIMIT, (uint32_t)len);
        if (!start)
            return KERN_NO_SPACE_NX;
    } else {
        start = trunc_pg(*addr);
        uint64_t end = ((uint64_t)*addr + size + NX_PAGE_SIZE - 1) & ~(uint64_t)(NX_PAGE_SIZE - 1);
        len = end - start;
        if (start < NX_PAGE_SIZE || end > NX_VM_LIMIT || region_overlaps(start, (uint32_t)end))
            return KERN_NO_SPACE_NX;
    }
    /* A hint, not MAP_FIXED: if qemu placed something of its own there,
     * the kernel picks another address and we refuse. */
    void *m = mmap(gptr(start), (size_t)len, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return KERN_NO_SPACE_NX;
    if (m != gptr(start)) {
        munmap(m, (size_t)len);
        return KERN_NO_SPACE_NX;
    }
    region_add(start, start + (uint32_t)len, 7, REG_VM);
    *addr = start;
    return KERN_SUCCESS_NX;
}

static int vm_deallocate(uint32_t addr, uint32_t size)
{
    if (size == 0)
        return KERN_SUCCESS_NX;
    uint32_t start = trunc_pg(addr);
    uint64_t end = ((uint64_t)addr + size + NX_PAGE_SIZE - 1) & ~(uint64_t)(NX_PAGE_SIZE - 1);
    if (end > NX_VM_LIMIT)
        return KERN_INVALID_ADDRESS_NX;
    /* Only unmap pages the guest owns; holes are fine (as in Mach). */
    for (uint32_t p = start; p < end; p += NX_PAGE_SIZE)
        if (region_overlaps(p, p + NX_PAGE_SIZE))
            munmap(gptr(p), NX_PAGE_SIZE);
    region_remove(start, (uint32_t)end);
    return KERN_SUCCESS_NX;
}

static int vm_protect(uint32_t addr, uint32_t size, int set_max, uint32_t prot)
{
    if (size == 0)
        return KERN_SUCCESS_NX;
    uint32_t start = trunc_pg(addr);
    uint64_t end = ((uint64_t)addr + size + NX_PAGE_SIZE - 1) & ~(uint64_t)(NX_PAGE_SIZE - 1);
    if (end > NX_VM_LIMIT || !guest_ok(start, (uint32_t)(end - start), 0))
        return KERN_INVALID_ADDRESS_NX;
    if (set_max)
        return KERN_SUCCESS_NX; /* maximum protections are not tracked */
    int hp = 0;
    if (prot & VM_PROT_READ_NX) hp |= PROT_READ | PROT_EXEC; /* 68k MMUs have no exec bit */
    if (prot & VM_PROT_WRITE_NX) hp |= PROT_WRITE;
    if (prot & VM_PROT_EXECUTE_NX) hp |= PROT_READ | PROT_EXEC;
    if (mprotect(gptr(start), (size_t)(end - start), hp) < 0)
        return KERN_PROTECTION_FAILURE_NX;
    region_set_prot(start, (uint32_t)end, (int)(prot & 7));
    return KERN_SUCCESS_NX;
}

/* map_fd(fd, offset, vm_offset_t *va, findspace, size): NeXT's way to map
 * a file (NXMapFile etc.).  Emulated as a private copy: fresh zeroed pages
 * (anywhere if findspace, else at *va, which must be free) filled from the
 * file at offset. */
static int32_t map_fd(uint32_t sp)
{
    int fd = (int)arg(sp, 0);
    uint32_t offset = arg(sp, 1), vap = arg(sp, 2), findspace = arg(sp, 3), size = arg(sp, 4);
    if (!guest_ok(vap, 4, VM_PROT_READ_NX | VM_PROT_WRITE_NX))
        return KERN_INVALID_ADDRESS_NX;
    if (fcntl(fd, F_GETFD) < 0)
        return KERN_INVALID_ARGUMENT_NX;
    uint32_t addr = be32(gptr(vap));
    int r = vm_allocate(&addr, size, findspace != 0);
    if (r != KERN_SUCCESS_NX || size == 0)
        return r;
    uint32_t done = 0;
    while (done < size) {
        ssize_t n = pread(fd, gptr(addr + done), size - done, (off_t)offset + done);
        if (n <= 0)
            break; /* past end of file: the rest stays zero */
        done += (uint32_t)n;
    }
    put_be32(gptr(vap), addr);
    return KERN_SUCCESS_NX;
}

/* msg_rpc_trap(hdr, option, send_size, rcv_size, send_timeout, rcv_timeout) */
static int32_t msg_rpc(uint32_t hdr, uint32_t send_size, uint32_t rcv_size)
{
    if (send_size < MSG_HDR_SIZE_NX || !guest_ok(hdr, send_size, VM_PROT_READ_NX | VM_PROT_WRITE_NX))
        return SEND_INVALID_PORT_NX - 2; /* SEND_INVALID_MEMORY -104 */
    uint8_t *m = gptr(hdr);
    uint32_t size = be32(m + MSG_HDR_SIZE), id = be32(m + MSG_HDR_ID);
    uint32_t remote = be32(m + MSG_HDR_REMOTE), local = be32(m + MSG_HDR_LOCAL);
    if (remote != NX_TASK_PORT) {
        say("next-run: msg_rpc to unsupported port %u (msg_id %u)", remote, id);
        return SEND_INVALID_PORT_NX;
    }
    if (size > send_size)
        size = send_size;
    int32_t ret;
    uint32_t out = 0, reply_size = MSG_HDR_SIZE_NX + 8;
    int has_out = 0;
    const char *what = "?";
    switch (id) {
    case MIG_VM_ALLOCATE_NX: /* address@28 size@36 anywhere@44 */
        what = "vm_allocate";
        if (size < 48) { ret = -300; break; } /* MIG_TYPE_ERROR */
        out = be32(m + 28);
        ret = vm_allocate(&out, be32(m + 36), be32(m + 44) != 0);
        has_out = 1;
        reply_size += 8;
        break;
    case MIG_VM_DEALLOCATE_NX: /* address@28 size@36 */
        what = "vm_deallocate";
        if (size < 40) { ret = -300; break; }
        ret = vm_deallocate(be32(m + 28), be32(m + 36));
        break;
    case MIG_VM_PROTECT_NX: /* address@28 size@36 set_maximum@44 new_protection@52 */
        what = "vm_protect";
        if (size < 56) { ret = -300; break; }
        ret = vm_protect(be32(m + 28), be32(m + 36), be32(m + 44) != 0, be32(m + 52));
        break;
    default: {
        static uint32_t logged[32];
        static int nlogged;
        int seen = 0;
        for (int i = 0; i < nlogged; i++)
            seen |= logged[i] == id;
        if (!seen) {
            say("next-run: unsupported Mach message id %u to the task port", id);
            if (nlogged < 32)
                logged[nlogged++] = id;
        }
        ret = MIG_BAD_ID_NX;
        break;
    }
    }
    if (rcv_size < reply_size || !guest_ok(hdr, reply_size, VM_PROT_WRITE_NX)) {
        if (nx_strace)
            say("[next-run] msg_rpc(%s, id %u) = %d (reply does not fit)", what, id, RCV_TOO_LARGE_NX);
        return RCV_TOO_LARGE_NX;
    }
    if (nx_strace) {
        if (has_out)
            say("[next-run] msg_rpc(%s, size 0x%x) = 0 [RetCode %d, address 0x%08x]",
                what, be32(m + 36), ret, out);
        else
            say("[next-run] msg_rpc(%s, id %u) = 0 [RetCode %d]", what, id, ret);
    }
    put_be32(m + MSG_HDR_SIMPLE, 1);
    put_be32(m + MSG_HDR_SIZE, reply_size);
    put_be32(m + MSG_HDR_TYPE, MSG_TYPE_NORMAL_NX);
    put_be32(m + MSG_HDR_LOCAL, local);
    put_be32(m + MSG_HDR_REMOTE, 0);
    put_be32(m + MSG_HDR_ID, id + MIG_REPLY_DELTA_NX);
    put_be32(m + 24, MSG_DESC_INT32_NX);
    put_be32(m + 28, (uint32_t)ret);
    if (has_out) {
        put_be32(m + 32, MSG_DESC_INT32_NX);
        put_be32(m + 36, out);
    }
    return 0; /* RPC_SUCCESS */
}

/* Trap table: index (reference section 6, D03 kern/syscall_sw.c), name and
 * what the emulator does.  Indices not listed are unknown. */
enum { M_PORT, M_RPC, M_MAP_FD, M_UNSUPPORTED };
static const struct { int nr; const char *name; int kind; int32_t value; } mach_traps[] = {
    { 10, "task_self", M_PORT, NX_TASK_PORT },
    { 11, "thread_reply", M_PORT, NX_REPLY_PORT },
    { 12, "task_notify", M_UNSUPPORTED, 0 },
    { 13, "thread_self", M_PORT, NX_THREAD_PORT },
    { 20, "msg_send_trap", M_UNSUPPORTED, 0 },
    { 21, "msg_receive_trap", M_UNSUPPORTED, 0 },
    { 22, "msg_rpc_trap", M_RPC, 0 },
    { 24, "mach_msg_simple_trap", M_UNSUPPORTED, 0 },
    { 25, "mach_msg_trap", M_UNSUPPORTED, 0 },
    { 26, "mach_reply_port", M_PORT, NX_REPLY_PORT },
    { 27, "mach_thread_self", M_PORT, NX_THREAD_PORT },
    { 28, "mach_task_self", M_PORT, NX_TASK_PORT },
    { 29, "mach_host_self", M_PORT, NX_HOST_PORT },
    { 33, "task_by_pid", M_UNSUPPORTED, 0 },
    { 43, "map_fd", M_MAP_FD, 0 },
    { 51, "kern_timestamp", M_UNSUPPORTED, 0 },
    { 55, "host_self", M_PORT, NX_HOST_PORT },
    { 56, "host_priv_self", M_PORT, NX_HOST_PORT },
    { 59, "swtch_pri", M_PORT, 0 },   /* yield: nothing else runs, returns 0 */
    { 60, "swtch", M_PORT, 0 },
    { 61, "thread_switch", M_PORT, 0 },
};

void mach_trap(int *g)
{
    int32_t idx = g[R_D0];
    uint32_t sp = (uint32_t)g[R_SP];
    if (idx < 0)
        idx = -idx;
    const char *name = "?";
    int kind = M_UNSUPPORTED;
    int32_t r = KERN_FAILURE_NX;
    for (size_t i = 0; i < sizeof mach_traps / sizeof mach_traps[0]; i++) {
        if (mach_traps[i].nr == idx) {
            name = mach_traps[i].name;
            kind = mach_traps[i].kind;
            r = mach_traps[i].value;
        }
    }
    if (kind == M_RPC) {
        g[R_D0] = msg_rpc(arg(sp, 0), arg(sp, 2), arg(sp, 3));
        return;
    }
    if (kind == M_MAP_FD)
        r = map_fd(sp);
    if (kind == M_UNSUPPORTED) {
        static uint8_t logged[256];
        if (idx >= 256 || !logged[idx]) {
            say("next-run: unsupported Mach trap %d (%s)", (int)idx, name);
            if (idx < 256)
                logged[idx] = 1;
        }
        r = KERN_FAILURE_NX;
    }
    if (nx_strace)
        say("[next-run] mach %s() = %d", name, r);
    g[R_D0] = r;
}
