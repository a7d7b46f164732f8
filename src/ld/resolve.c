/*
 * Symbol resolution, archive member selection and section garbage
 * collection, with GNU ld's semantics because rustc orders its linker
 * command line for GNU ld: inputs are processed left to right; an archive
 * member is loaded when it defines a symbol that is undefined (and strongly
 * referenced) at that moment, repeating over the archive until nothing
 * changes, and over a whole --start-group/--end-group range likewise.  ELF
 * symbol rules: a strong definition beats a weak one and a COMMON one; two
 * strong definitions are an error; COMMON symbols merge to the largest size
 * and alignment; an undefined weak symbol that stays undefined is 0; hidden
 * and protected visibility only matter for shared objects, so they are
 * treated as plain globals.  COMDAT groups (SHT_GROUP with GRP_COMDAT) are
 * kept once per signature, first one loaded wins, as in GNU ld and lld.
 * Garbage collection (--gc-sections) marks input sections reachable through
 * relocations from the roots: the entry symbol, -u symbols and --defsym
 * symbols, plus array-of-pointer sections (.init_array etc.) and SHF_GNU_RETAIN
 * sections, which are never referenced but must be kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "be.h"
#include "ld.h"

#define STB_LOCAL 0
#define STB_WEAK 2
#define STT_SECTION 3
#define STT_FILE 4
#define SHT_GROUP 17
#define SHT_INIT_ARRAY 14
#define SHT_FINI_ARRAY 15
#define SHT_PREINIT_ARRAY 16
#define GRP_COMDAT 1
#define SHF_GNU_RETAIN 0x200000 /* #[used(linker)], __attribute__((retain)) */

Obj **objs;
int nobjs;
static int capobjs;

/* A chained hash table of names; used for symbols and for COMDAT signatures. */
typedef struct Table {
    Sym **b;
    size_t nb, n;
} Table;

static Table symtab, comdats;

/* FNV-1a, never 0 so that 0 can mean "not computed yet" in ObjSym. */
static uint32_t hash(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s)
        h = (h ^ (uint8_t)*s++) * 16777619u;
    return h ? h : 1;
}

/* Rust's mangled names share long prefixes (_ZN4core3fmt...), so a chain
 * entry is compared by its full hash first and by name only on a match. */
static Sym *tab_lookup_h(Table *t, const char *name, uint32_t h)
{
    if (!t->nb)
        return NULL;
    for (Sym *s = t->b[h & (t->nb - 1)]; s; s = s->next)
        if (s->hash == h && strcmp(s->name, name) == 0)
            return s;
    return NULL;
}

static Sym *tab_lookup(Table *t, const char *name) { return tab_lookup_h(t, name, hash(name)); }

static Sym *tab_intern_h(Table *t, const char *name, uint32_t h)
{
    Sym *s = tab_lookup_h(t, name, h);
    if (s)
        return s;
    if (t->n * 2 >= t->nb) {
        size_t nb = t->nb ? t->nb * 2 : 1024;
        Sym **b = xcalloc(nb, sizeof(Sym *));
        for (size_t i = 0; i < t->nb; i++) {
            for (Sym *e = t->b[i], *nx; e; e = nx) {
                nx = e->next;
                e->next = b[e->hash & (nb - 1)];
                b[e->hash & (nb - 1)] = e;
            }
        }
        free(t->b);
        t->b = b;
        t->nb = nb;
    }
    s = xcalloc(1, sizeof *s);
    s->name = xstrdup(name);
    s->hash = h;
    s->next = t->b[h & (t->nb - 1)];
    t->b[h & (t->nb - 1)] = s;
    t->n++;
    return s;
}

static Sym *tab_intern(Table *t, const char *name) { return tab_intern_h(t, name, hash(name)); }

/* An object symbol's hash, computed once: archive members are scanned on
 * every pass of pull_archive. */
static uint32_t objsym_hash(ObjSym *y)
{
    if (!y->hash)
        y->hash = hash(y->name);
    return y->hash;
}

static void tab_free(Table *t)
{
    for (size_t i = 0; i < t->nb; i++)
        for (Sym *e = t->b[i], *nx; e; e = nx) {
            nx = e->next;
            free(e->name);
            free(e);
        }
    free(t->b);
    memset(t, 0, sizeof *t);
}

static InSec **work;
static Sym **sorted;                 /* all_syms' cache */
static size_t nsorted = (size_t)-1;
static size_t nwork, capwork;

/* Forget every symbol, COMDAT signature and loaded object, for a process that
 * links more than once (the fuzz harness fuzz/ld_link.c); next-ld never needs it. */
void resolve_reset(void)
{
    free(sorted);
    sorted = NULL;
    nsorted = (size_t)-1;
    tab_free(&symtab);
    tab_free(&comdats);
    free(objs);
    objs = NULL;
    nobjs = capobjs = 0;
    free(work);
    work = NULL;
    nwork = capwork = 0;
}

Sym *sym_lookup(const char *name) { return tab_lookup(&symtab, name); }
Sym *sym_intern(const char *name) { return tab_intern(&symtab, name); }

static int cmp_sym(const void *a, const void *b)
{
    return strcmp((*(Sym *const *)a)->name, (*(Sym *const *)b)->name);
}

/* Every global symbol, sorted by name so that output never depends on hashing. */
Sym **all_syms(int *n)
{
    /* gc, layout and the writers each ask; the table no longer grows after
     * resolution, so the sort is done once and each caller gets a copy. */
    if (nsorted != symtab.n) {
        free(sorted);
        sorted = xmalloc((symtab.n ? symtab.n : 1) * sizeof(Sym *));
        size_t k = 0;
        for (size_t i = 0; i < symtab.nb; i++)
            for (Sym *s = symtab.b[i]; s; s = s->next)
                sorted[k++] = s;
        qsort(sorted, k, sizeof(Sym *), cmp_sym);
        nsorted = k;
    }
    Sym **v = xmalloc((nsorted ? nsorted : 1) * sizeof(Sym *));
    memcpy(v, sorted, nsorted * sizeof(Sym *));
    *n = (int)nsorted;
    return v;
}

static const char *file_name(const Obj *o)
{
    return o ? o->name : "--defsym";
}

static void define(Sym *g, Obj *o, InSec *sec, uint32_t value, bool weak, int kind)
{
    if (g->defsym)
        return;
    if (g->kind == SK_DEFINED || g->kind == SK_ABS) {
        if (!g->weak && !weak) {
            error("duplicate symbol: %s (defined in %s and %s)", g->name, file_name(g->file),
                  file_name(o));
            return;
        }
        if (!(g->weak && !weak))
            return; /* keep the first weak definition, or the strong one */
    }
    g->kind = kind;
    g->file = o;
    g->sec = sec;
    g->value = value;
    g->weak = weak;
}

/* Apply COMDAT groups: a group whose signature was already seen is dropped. */
static void apply_comdats(Obj *o)
{
    for (uint32_t i = 1; i < o->nsecs; i++) {
        InSec *s = &o->secs[i];
        if (s->type != SHT_GROUP)
            continue;
        if (s->size < 4 || s->size % 4 || s->info >= o->nsyms) {
            error("%s:(%s): bad section group", o->name, s->name);
            continue;
        }
        if (!(be32(s->data) & GRP_COMDAT))
            continue;
        Sym *c = tab_intern(&comdats, o->syms[s->info].name);
        if (!c->file) {
            c->file = o;
            continue;
        }
        for (uint32_t k = 4; k < s->size; k += 4) {
            uint32_t m = be32(s->data + k);
            if (m == 0 || m >= o->nsecs) {
                error("%s:(%s): bad section group member %u", o->name, s->name, m);
                continue;
            }
            o->secs[m].discarded = true;
            o->secs[m].out = OS_DROP;
        }
    }
}

void assign_obj_sections(Obj *o);

static void load_obj(Obj *o)
{
    if (o->loaded)
        return;
    o->loaded = true;
    o->order = nobjs;
    if (nobjs == capobjs) {
        capobjs = capobjs ? capobjs * 2 : 64;
        objs = xrealloc(objs, (size_t)capobjs * sizeof(Obj *));
    }
    objs[nobjs++] = o;
    apply_comdats(o);
    assign_obj_sections(o);
    for (uint32_t i = 1; i < o->nsyms; i++) {
        ObjSym *y = &o->syms[i];
        if (y->bind == STB_LOCAL || y->type == STT_FILE || !*y->name)
            continue;
        bool weak = y->bind == STB_WEAK;
        Sym *g = tab_intern_h(&symtab, y->name, objsym_hash(y));
        y->g = g;
        if (y->shndx != 0 && !SHNDX_RESERVED(y->shndx) && o->secs[y->shndx].discarded)
            y->discarded = true;
        if (y->shndx == 0 || y->discarded) {
            if (!weak && !y->discarded)
                g->strong_ref = true;
        } else if (y->shndx == SHNDX_COMMON) {
            if (g->defsym)
                continue;
            uint32_t al = y->value ? y->value : 1;
            if (g->kind == SK_UNDEF) {
                g->kind = SK_COMMON;
                g->file = o;
                g->size = y->size;
                g->align = al;
            } else if (g->kind == SK_COMMON) {
                if (y->size > g->size)
                    g->size = y->size;
                if (al > g->align)
                    g->align = al;
            }
        } else if (y->shndx == SHNDX_ABS) {
            define(g, o, NULL, y->value, weak, SK_ABS);
        } else if (SHNDX_RESERVED(y->shndx)) {
            error("%s: symbol '%s' has unsupported section index 0x%x", o->name, y->name,
                  y->shndx & 0xffff);
        } else {
            define(g, o, &o->secs[y->shndx], y->value, weak, SK_DEFINED);
        }
    }
}

/* Does this not-yet-loaded member define a symbol that is undefined right now? */
static bool member_needed(Obj *o)
{
    for (uint32_t i = 1; i < o->nsyms; i++) {
        ObjSym *y = &o->syms[i];
        if (y->bind == STB_LOCAL || y->shndx == 0 || y->type == STT_FILE)
            continue;
        Sym *g = tab_lookup_h(&symtab, y->name, objsym_hash(y));
        if (g && g->kind == SK_UNDEF && g->strong_ref && !g->defsym)
            return true;
    }
    return false;
}

/* Load members of one archive until no member satisfies an undefined symbol. */
static bool pull_archive(Archive *a)
{
    bool any = false, changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < a->n; i++) {
            Obj *o = a->m[i].obj;
            if (o && !o->loaded && member_needed(o)) {
                load_obj(o);
                changed = any = true;
            }
        }
    }
    return any;
}

void load_inputs(Input *in, int nin)
{
    /* Roots are undefined references before any input is read. */
    if (config.entry)
        sym_intern(config.entry)->strong_ref = true;
    for (int i = 0; i < config.nundefs; i++)
        sym_intern(config.undefs[i])->strong_ref = true;
    for (int i = 0; i < config.ndefsyms; i++) {
        Defsym *d = &config.defsyms[i];
        Sym *g = sym_intern(d->name);
        g->defsym = true;
        g->kind = SK_ABS;
        g->value = d->value;
        if (d->target) {
            g->alias = sym_intern(d->target);
            g->alias->strong_ref = true;
        }
    }
    int group_start = -1;
    for (int i = 0; i < nin; i++) {
        switch (in[i].kind) {
        case IN_OBJ:
            load_obj(in[i].obj);
            break;
        case IN_ARCHIVE:
            if (in[i].whole) {
                for (int k = 0; k < in[i].ar->n; k++)
                    if (in[i].ar->m[k].obj)
                        load_obj(in[i].ar->m[k].obj);
            } else {
                pull_archive(in[i].ar);
            }
            break;
        case IN_GROUP_START:
            group_start = i;
            break;
        case IN_GROUP_END:
            if (group_start >= 0) {
                bool changed = true;
                while (changed) {
                    changed = false;
                    for (int k = group_start; k < i; k++)
                        if (in[k].kind == IN_ARCHIVE && pull_archive(in[k].ar))
                            changed = true;
                }
            }
            group_start = -1;
            break;
        }
    }
}

/* The symbol a --defsym alias chain ends at (alias loops are rejected when
 * the aliases are resolved; the bound only keeps a bad table finite). */
Sym *sym_final(Sym *s)
{
    for (int depth = 0; s->alias && depth < 64; depth++)
        s = s->alias;
    return s;
}

uint32_t sym_addr(const Sym *s)
{
    s = sym_final((Sym *)s); /* only read */
    switch (s->kind) {
    case SK_ABS:
        return s->value;
    case SK_DEFINED:
        return s->sec->out == OS_DROP ? 0 : insec_addr(s->sec, s->value);
    case SK_COMMON:
        return outsec[OS_COMMON].addr + s->common_off;
    default:
        return 0;
    }
}

/* ---- garbage collection ---- */

static void mark_sec(InSec *s)
{
    if (s->live || s->out == OS_DROP)
        return;
    s->live = true;
    if (nwork == capwork) {
        capwork = capwork ? capwork * 2 : 1024;
        work = xrealloc(work, capwork * sizeof(InSec *));
    }
    work[nwork++] = s;
}

static void mark_sym(Sym *g)
{
    for (int depth = 0; g && depth < 64; depth++) {
        if (g->kind == SK_DEFINED && !g->defsym)
            mark_sec(g->sec);
        if (g->kind == SK_COMMON)
            g->live = true;
        g = g->alias;
    }
}

static bool is_keep(const InSec *s)
{
    return (s->flags & SHF_GNU_RETAIN) || s->type == SHT_INIT_ARRAY || s->type == SHT_FINI_ARRAY ||
           s->type == SHT_PREINIT_ARRAY || strncmp(s->name, ".init_array", 11) == 0 ||
           strncmp(s->name, ".fini_array", 11) == 0 || strncmp(s->name, ".ctors", 6) == 0 ||
           strncmp(s->name, ".dtors", 6) == 0;
}

void mark_live(void)
{
    int n;
    Sym **v = all_syms(&n);
    if (!config.gc) {
        for (int i = 0; i < nobjs; i++)
            for (uint32_t k = 1; k < objs[i]->nsecs; k++)
                objs[i]->secs[k].live = objs[i]->secs[k].out != OS_DROP;
        for (int i = 0; i < n; i++)
            if (v[i]->kind == SK_COMMON)
                v[i]->live = true;
        free(v);
        return;
    }
    free(v);
    for (int i = 0; i < nobjs; i++)
        for (uint32_t k = 1; k < objs[i]->nsecs; k++)
            if (is_keep(&objs[i]->secs[k]))
                mark_sec(&objs[i]->secs[k]);
    if (config.entry)
        mark_sym(sym_lookup(config.entry));
    for (int i = 0; i < config.nundefs; i++)
        mark_sym(sym_lookup(config.undefs[i]));
    for (int i = 0; i < config.ndefsyms; i++)
        mark_sym(sym_lookup(config.defsyms[i].name));
    while (nwork > 0) {
        InSec *s = work[--nwork];
        Obj *o = s->obj;
        for (uint32_t r = 0; r < s->nrela; r++) {
            uint32_t si = be32(s->rela + (size_t)r * 12 + 4) >> 8;
            if (si == 0 || si >= o->nsyms)
                continue; /* reported when relocating */
            ObjSym *y = &o->syms[si];
            if (y->g)
                mark_sym(y->g);
            else if (y->shndx != 0 && !SHNDX_RESERVED(y->shndx))
                mark_sec(&o->secs[y->shndx]);
        }
    }
}

void check_undefined(void)
{
    for (int i = 0; i < config.ndefsyms; i++) {
        Sym *t = sym_lookup(config.defsyms[i].name);
        int depth = 0;
        while (t && t->alias && depth++ < 64)
            t = t->alias;
        if (t && t->alias)
            error("--defsym %s: alias loop", config.defsyms[i].name);
        else if (t && t->kind == SK_UNDEF && !t->reported) {
            error("undefined symbol: %s (referenced by --defsym %s)", t->name,
                  config.defsyms[i].name);
            t->reported = true;
        }
    }
    if (!config.entry)
        return;
    Sym *e = sym_lookup(config.entry);
    if (e)
        e = sym_final(e);
    if (!e || e->kind == SK_UNDEF) {
        error("undefined symbol: %s (entry point)", config.entry);
        if (e)
            e->reported = true;
    }
}
