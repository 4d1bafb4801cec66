package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.data.TextColumn;

/**
 * Chooses which of one source's passes {@link FusedKernel} reads from {@link Tally}s, and builds the tallies:
 * passes with the same group key, stratum key and value column share one, as long as it stays small enough
 * to stay in the processor's cache. A pass can be tallied when it is unweighted, its filter and flag are
 * block conditions (and, or and not of simple conditions are split into those), its keys are block keys, and
 * it has no value column or one of small non-negative whole numbers stored in bytes. The other passes take
 * the frames of {@link FusedKernel}.
 */
final class Tallies {
    private Tallies() {
    }

    /** The largest tally, in cells. */
    static final int LIMIT = 1 << 14;

    /** Largest dictionary of a text column read by a table. */
    private static final int MAX_DICTIONARY = 1 << 16;

    /** The tallies, and for each pass its tally and its place among that tally's members (-1: not tallied). */
    record Plan(List<Tally> tallies, int[] tallyOf, int[] memberOf) {
    }

    static Plan plan(List<Kernel.PassInput> passes) {
        List<Builder> builders = new ArrayList<>();
        int[] tallyOf = new int[passes.size()];
        int[] memberOf = new int[passes.size()];
        java.util.Arrays.fill(tallyOf, -1);
        java.util.Arrays.fill(memberOf, -1);
        for (int p = 0; p < passes.size(); p++) {
            Kernel.PassInput in = passes.get(p);
            IntColumn value = null;
            if (in.value() != null) {
                if (!(in.value() instanceof Blocks.IntNumber n) || n.byByte() == null || n.col().missingCount() == n.col().size()
                        || n.col().min() < 0) {
                    continue;
                }
                value = n.col();
            }
            if (in.weight() != null || !keyed(in.group()) || !keyed(in.stratum())) {
                continue;
            }
            boolean added = false;
            for (int b = 0; b < builders.size() && !added; b++) {
                Builder t = builders.get(b);
                if (t.group == in.group() && t.stratum == in.stratum() && t.groups == in.groups() && t.strata == in.strata()
                        && t.value == value && t.add(p, in)) {
                    tallyOf[p] = b;
                    added = true;
                }
            }
            if (!added) {
                Builder t = new Builder(in.group(), in.groups(), in.stratum(), in.strata(), value, in.rows());
                if (t.add(p, in)) {
                    builders.add(t);
                    tallyOf[p] = builders.size() - 1;
                }
            }
        }
        List<Tally> tallies = new ArrayList<>();
        for (Builder b : builders) {
            Tally t = b.build();
            for (int m = 0; m < t.members.length; m++) {
                memberOf[t.members[m].pass()] = m;
            }
            tallies.add(t);
        }
        return new Plan(tallies, tallyOf, memberOf);
    }

    private static boolean keyed(RowKey k) {
        return k == null || k instanceof Blocks.Key;
    }

    /** A condition over a tally's bit pattern. */
    private interface Cond {
        boolean holds(int bits);
    }

    /** A simple condition: a table over one column's stored values (or codes), or a block condition tested as is. */
    private record Atom(Column column, boolean[] byIndex, Blocks.Predicate tested) {
        boolean same(Atom o) {
            return tested != null ? tested == o.tested
                    : column == o.column && java.util.Arrays.equals(byIndex, o.byIndex);
        }
    }

    /** A tally being filled with passes. */
    private static final class Builder {
        final RowKey group;
        final int groups;
        final RowKey stratum;
        final int strata;
        final IntColumn value;
        final List<Atom> atoms = new ArrayList<>();
        final List<Integer> passes = new ArrayList<>();
        final List<Cond> filters = new ArrayList<>();
        final List<Cond> flags = new ArrayList<>();
        /** The source's rows. */
        final int rows;

        Builder(RowKey group, int groups, RowKey stratum, int strata, IntColumn value, int rows) {
            this.rows = rows;
            this.group = group;
            this.groups = groups;
            this.stratum = stratum;
            this.strata = strata;
            this.value = value;
        }

        long cells(int atomCount) {
            long keys = (long) (groups + 1) * (stratum == null ? strata : strata + 1) * (value == null ? 1 : 256);
            return atomCount > 20 ? Long.MAX_VALUE : keys << atomCount;
        }

        /** Adds the pass when its conditions can be split and the tally stays small enough. */
        boolean add(int p, Kernel.PassInput in) {
            int before = atoms.size();
            Cond filter = split(in.filter());
            Cond flag = in.flag() == null ? null : split(in.flag());
            if (filter == null || (in.flag() != null && flag == null) || cells(atoms.size()) > LIMIT) {
                atoms.subList(before, atoms.size()).clear();
                return false;
            }
            passes.add(p);
            filters.add(filter);
            flags.add(flag);
            return true;
        }

        /** A condition as a function of atoms' bits, adding its atoms; null when it is not a block condition. */
        private Cond split(RowPredicate p) {
            if (p == null || p == RowPredicate.ALL) {
                return bits -> true;
            }
            if (p instanceof Blocks.Not n) {
                Cond c = split(n.p());
                return c == null ? null : bits -> !c.holds(bits);
            }
            if (p instanceof Blocks.Logical l) {
                Cond[] cs = new Cond[l.ps().length];
                for (int i = 0; i < cs.length; i++) {
                    cs[i] = split(l.ps()[i]);
                    if (cs[i] == null) {
                        return null;
                    }
                }
                boolean and = l.and();
                return bits -> {
                    for (Cond c : cs) {
                        if (c.holds(bits) != and) {
                            return !and;
                        }
                    }
                    return and;
                };
            }
            Atom a;
            if (p instanceof Blocks.IntTest t && t.byByte() != null) {
                a = new Atom(t.col(), t.byByte(), null);
            } else if (p instanceof Blocks.CodeTest t && t.byCode().length < MAX_DICTIONARY
                    && t.byCode().length == t.col().dictionarySize()) {
                boolean[] byIndex = new boolean[t.byCode().length + 1];
                byIndex[0] = t.onMissing();
                System.arraycopy(t.byCode(), 0, byIndex, 1, t.byCode().length);
                a = new Atom(t.col(), byIndex, null);
            } else if (p instanceof Blocks.Predicate bp) {
                a = new Atom(null, null, bp);
            } else {
                return null;
            }
            int k = atoms.size();
            for (int i = 0; i < atoms.size(); i++) {
                if (atoms.get(i).same(a)) {
                    k = i;
                }
            }
            if (k == atoms.size()) {
                atoms.add(a);
            }
            int bit = 1 << k;
            return bits -> (bits & bit) != 0;
        }

        Tally build() {
            int n = atoms.size();
            Map<Column, Tally.Digit> byColumn = new IdentityHashMap<>();
            List<Tally.Digit> others = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Atom a = atoms.get(k);
                if (a.tested != null) {
                    Tally.Digit d = Tally.Digit.of(a.tested);
                    d.bit = 1 << k;
                    others.add(d);
                    continue;
                }
                int[] table = table(byColumn, a.column);
                for (int i = 0; i < a.byIndex.length; i++) {
                    table[i] += a.byIndex[i] ? 1 << k : 0;
                }
            }
            int groupSlots = groups + 1;
            int strataSlots = stratum == null ? strata : strata + 1;
            key(group, groups, 1 << n, byColumn, others);
            key(stratum, strata, groupSlots << n, byColumn, others);
            if (value != null) {
                int[] table = table(byColumn, value);
                int stride = (groupSlots * strataSlots) << n;
                for (int s = 0; s < 256; s++) {
                    table[s] += s * stride;
                }
            }
            List<Tally.Digit> digits = new ArrayList<>();
            byColumn.values().stream().filter(d -> d.kind == Tally.Digit.INTS).forEach(digits::add);
            byColumn.values().stream().filter(d -> d.kind == Tally.Digit.TEXT).forEach(digits::add);
            digits.addAll(others);
            Tally.Member[] members = new Tally.Member[passes.size()];
            for (int m = 0; m < members.length; m++) {
                boolean[] filter = new boolean[1 << n];
                boolean[] flag = flags.get(m) == null ? null : new boolean[1 << n];
                for (int bits = 0; bits < filter.length; bits++) {
                    filter[bits] = filters.get(m).holds(bits);
                    if (flag != null) {
                        flag[bits] = flags.get(m).holds(bits);
                    }
                }
                members[m] = new Tally.Member(passes.get(m), filter, flag, value != null);
            }
            return new Tally(digits.toArray(Tally.Digit[]::new), members, n, groups, strata, stratum != null, value != null,
                    rows);
        }

        /** The table of a column's digit, made on first use. */
        private static int[] table(Map<Column, Tally.Digit> byColumn, Column column) {
            Tally.Digit d = byColumn.computeIfAbsent(column, c -> c instanceof IntColumn ic ? Tally.Digit.of(ic)
                    : Tally.Digit.of((TextColumn) c));
            if (d.table == null) {
                d.table = new int[d.kind == Tally.Digit.INTS ? 256 : ((TextColumn) column).dictionarySize() + 1];
            }
            return d.table;
        }

        /** Adds a key's slots (-1 to the slot after the last): into its column's table, or as a digit of its own. */
        private static void key(RowKey key, int count, int stride, Map<Column, Tally.Digit> byColumn,
                List<Tally.Digit> others) {
            if (key == null) {
                return;
            }
            if (key instanceof Blocks.IntKey k && k.byByte() != null) {
                int[] table = table(byColumn, k.col());
                for (int s = 0; s < 256; s++) {
                    int v = k.byByte()[s];
                    table[s] += (v < 0 ? count : v) * stride;
                }
            } else if (key instanceof Blocks.CodeKey k && k.byCode().length < MAX_DICTIONARY
                    && k.byCode().length == k.col().dictionarySize()) {
                int[] table = table(byColumn, k.col());
                table[0] += (k.onMissing() < 0 ? count : k.onMissing()) * stride;
                for (int c = 0; c < k.byCode().length; c++) {
                    int v = k.byCode()[c];
                    table[c + 1] += (v < 0 ? count : v) * stride;
                }
            } else {
                Tally.Digit d = Tally.Digit.of((Blocks.Key) key);
                d.stride = stride;
                d.none = count;
                others.add(d);
            }
        }
    }
}
