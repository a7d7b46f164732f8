# Counts what a qemu-m68k run executed and what it would cost on a 68040 under the model in
# bench/m68040-cycles.tsv. Input: that table, then a qemu log written with
# `-d in_asm,exec,nochain` (each translated block's instructions, then one "Trace" line per
# block execution). Output: "instructions fpu_instructions clocks".
# Usage: awk -f m68040-model.awk m68040-cycles.tsv qemu.log

# class(mnemonic, operands): the table row an instruction is billed under. qemu prints binutils'
# MIT syntax: "fmoved %fp0,%a2@" is a store, "fmoved %a0@,%fp0" a load, "mulsl %d1,%d0".
function class(m, ops) {
    if (m !~ /^f/)
        return m ~ /^(mul|div)[su]/ ? "muldiv" : "int"
    if (m ~ /^fmovem/) return "fmovem"
    if (m ~ /^fmove/) {
        if (ops ~ /%fp(cr|sr|iar)/) return "fmove_ctl"
        if (ops ~ /^%fp[0-7],/ && ops !~ /^%fp[0-7],%fp[0-7]$/) return "fmove_out"
        return "fmove_in"
    }
    if (m ~ /^f[sd]?(add|sub)/) return "fadd"
    if (m ~ /^f[sd]?(mul|sglmul)/) return "fmul"
    if (m ~ /^f[sd]?(div|sgldiv)/) return "fdiv"
    if (m ~ /^f[sd]?sqrt/) return "fsqrt"
    if (m ~ /^f[sd]?(abs|neg)/) return "fneg"
    if (m ~ /^f(cmp|tst)/) return "fcmp"
    if (m ~ /^fb/) return "fbcc"
    return "fother"
}
FNR == NR { if ($0 !~ /^#/ && NF >= 2) cost[$1] = $2; next }
/^IN:/ { inb = 1; pc = ""; n = 0; f = 0; c = 0; next }
inb && /^0x[0-9a-f]+:/ {
    if (pc == "") pc = substr($1, 3, 8)
    n++
    k = class($2, $3)
    if (!(k in cost)) { print "m68040-model.awk: no cost for class " k > "/dev/stderr"; exit 1 }
    c += cost[k]
    if ($2 ~ /^f/) f++
    next
}
inb { if (pc != "") { N[pc] = n; F[pc] = f; C[pc] = c }; inb = 0; next }
/^Trace/ { split($4, p, "/"); tot += N[p[2]]; fp += F[p[2]]; clk += C[p[2]] }
END { print tot + 0, fp + 0, clk + 0 }
