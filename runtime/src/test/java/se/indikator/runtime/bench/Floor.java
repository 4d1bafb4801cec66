package se.indikator.runtime.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.data.TextColumn;
import se.indikator.runtime.result.ResultTable;

/**
 * Step 5c of the benchmark: the least work the ten indicators of step 5b can be done with, written by hand
 * over primitive arrays with no engine at all, against the least work for one of them. It answers whether
 * "ten indicators ≤ 1.5× one" can be reached by any computation that reads the rows: the ten read seven
 * columns of persons, the one (the proportion who died) two.
 *
 * <p>The persons columns are copied once (not timed) into byte arrays: region as its dictionary code (the
 * missing region as a cell of its own), died 0/1, age, sex, education (-1 missing), whether the cause of death
 * is in I00–I99 and whether the country of birth is known and not Sweden. One pass is a single-threaded loop with the
 * counts by region (and by region × age band for the two standardised rates) as its only work: no intervals,
 * national rows or tables. The ten are timed three ways: ten loops one after the other, one loop doing all ten, and
 * one loop filling a cube of the seven columns' classes that the ten are then read from; the fastest is the floor. The counts are checked against the tables indikator shows.
 */
final class Floor {
    /** Age bands of 5 years, 0-4 … 85-89, 90+, and one more cell for a missing age. */
    static final int BANDS = 20;

    final int rows;
    final int regions;
    final String[] regionLabels;
    final byte[] region;
    final byte[] died;
    final byte[] age;
    final byte[] sex;
    final byte[] education;
    final byte[] circulatory;
    final byte[] foreign;
    final byte[] band = new byte[256];

    Floor(Dataset persons) {
        rows = persons.rowCount();
        TextColumn reg = (TextColumn) column(persons, "region");
        regions = reg.dictionarySize() + 1;
        regionLabels = reg.labels().toArray(new String[0]);
        IntColumn d = (IntColumn) column(persons, "died");
        IntColumn a = (IntColumn) column(persons, "age");
        IntColumn s = (IntColumn) column(persons, "sex");
        IntColumn e = (IntColumn) column(persons, "education");
        TextColumn cause = (TextColumn) column(persons, "cause");
        TextColumn country = (TextColumn) column(persons, "birth_country");
        boolean[] circ = new boolean[cause.dictionarySize()];
        for (int c = 0; c < circ.length; c++) {
            String l = cause.label(c);
            circ[c] = l.length() >= 3 && l.charAt(0) == 'I' && Character.isDigit(l.charAt(1)) && Character.isDigit(l.charAt(2));
        }
        int se = country.codeOf("SE");
        region = new byte[rows];
        died = new byte[rows];
        age = new byte[rows];
        sex = new byte[rows];
        education = new byte[rows];
        circulatory = new byte[rows];
        foreign = new byte[rows];
        for (int r = 0; r < rows; r++) {
            int g = reg.code(r);
            region[r] = (byte) (g < 0 ? regions - 1 : g);
            died[r] = (byte) (d.get(r) == 1 ? 1 : 0);
            int x = a.get(r);
            age[r] = (byte) (x == IntColumn.MISSING ? -1 : x);
            sex[r] = (byte) (s.get(r) == IntColumn.MISSING ? 0 : s.get(r));
            education[r] = (byte) (e.get(r) == IntColumn.MISSING ? -1 : e.get(r));
            int c = cause.code(r);
            circulatory[r] = (byte) (c >= 0 && circ[c] ? 1 : 0);
            int b = country.code(r);
            foreign[r] = (byte) (b < 0 || b == se ? 0 : 1);
        }
        for (int v = 0; v < 256; v++) {
            int ageValue = (byte) v;
            band[v] = (byte) (ageValue < 0 ? BANDS - 1 : Math.min(ageValue / 5, BANDS - 2));
        }
    }

    private static Column column(Dataset d, String name) {
        return d.column(name).orElseThrow(() -> new IllegalStateException("persons has no column " + name));
    }

    /** Counts of the ten indicators: per indicator, numerator and denominator by region (mean_age: sum of ages, persons). */
    static final class Counts {
        final long[][] numerator = new long[10][];
        final long[][] denominator = new long[10][];
    }

    /** The one indicator: persons and deaths by region. */
    long[][] one() {
        int[] cells = new int[regions * 2];
        byte[] g = region;
        byte[] dd = died;
        for (int r = 0; r < rows; r++) {
            cells[g[r] * 2 + dd[r]]++;
        }
        long[] num = new long[regions];
        long[] den = new long[regions];
        for (int k = 0; k < regions; k++) {
            num[k] = cells[k * 2 + 1];
            den[k] = cells[k * 2] + cells[k * 2 + 1];
        }
        return new long[][] {num, den};
    }

    /** The ten indicators, each in a loop of its own. */
    Counts separately() {
        int n = rows;
        int cellCount = regions;
        byte[] g = region;
        byte[] dd = died;
        byte[] ag = age;
        Counts out = new Counts();
        // dead
        out.numerator[0] = new long[cellCount];
        out.denominator[0] = new long[cellCount];
        {
            int[] c = new int[cellCount * 2];
            for (int r = 0; r < n; r++) {
                c[g[r] * 2 + dd[r]]++;
            }
            split(c, out, 0);
        }
        // dead65
        {
            int[] c = new int[cellCount * 3];
            for (int r = 0; r < n; r++) {
                int in = ag[r] >= 65 ? 1 : 0;
                c[g[r] * 3 + in * (1 + dd[r])]++;
            }
            split3(c, out, 1);
        }
        // mortality and mortality_w: by region and age band
        for (int k = 2; k <= 3; k++) {
            int[] c = new int[cellCount * BANDS * 2];
            byte[] bands = band;
            if (k == 2) {
                for (int r = 0; r < n; r++) {
                    c[(g[r] * BANDS + bands[ag[r] & 0xFF]) * 2 + dd[r]]++;
                }
            } else {
                byte[] sx = sex;
                int[] c3 = new int[cellCount * BANDS * 3];
                for (int r = 0; r < n; r++) {
                    int in = sx[r] == 2 ? 1 : 0;
                    c3[(g[r] * BANDS + bands[ag[r] & 0xFF]) * 3 + in * (1 + dd[r])]++;
                }
                for (int i = 0; i < cellCount * BANDS; i++) {
                    c[i * 2] = c3[i * 3 + 1];
                    c[i * 2 + 1] = c3[i * 3 + 2];
                }
            }
            standardised(c, out, k);
        }
        // circulatory
        {
            byte[] ci = circulatory;
            int[] c = new int[cellCount * 2];
            for (int r = 0; r < n; r++) {
                c[g[r] * 2 + (dd[r] & ci[r])]++;
            }
            split(c, out, 4);
        }
        // low_edu and high_edu
        for (int k = 5; k <= 6; k++) {
            int level = k == 5 ? 1 : 3;
            byte[] ed = education;
            int[] c = new int[cellCount * 3];
            for (int r = 0; r < n; r++) {
                int in = ag[r] >= 25 ? 1 : 0;
                c[g[r] * 3 + in * (1 + (ed[r] == level ? 1 : 0))]++;
            }
            split3(c, out, k);
        }
        // foreign: a missing country counts as not born abroad (`birth_country != "SE"` is false on missing)
        {
            byte[] fo = foreign;
            int[] c = new int[cellCount * 2];
            for (int r = 0; r < n; r++) {
                c[g[r] * 2 + fo[r]]++;
            }
            split(c, out, 7);
        }
        // old
        {
            int[] c = new int[cellCount * 2];
            for (int r = 0; r < n; r++) {
                c[g[r] * 2 + (ag[r] >= 80 ? 1 : 0)]++;
            }
            split(c, out, 8);
        }
        // mean_age
        {
            long[] sum = new long[cellCount];
            int[] count = new int[cellCount];
            for (int r = 0; r < n; r++) {
                int x = ag[r];
                int k = g[r];
                int has = x >= 0 ? 1 : 0;
                sum[k] += x * has;
                count[k] += has;
            }
            out.numerator[9] = sum;
            out.denominator[9] = new long[cellCount];
            for (int i = 0; i < cellCount; i++) {
                out.denominator[9][i] = count[i];
            }
        }
        return out;
    }

    /** The ten indicators in one loop over the rows. */
    Counts together() {
        int n = rows;
        int cellCount = regions;
        int[] dead = new int[cellCount * 2];
        int[] dead65 = new int[cellCount * 3];
        int[] std = new int[cellCount * BANDS * 4];
        int[] circ = new int[cellCount * 2];
        int[] low = new int[cellCount * 3];
        int[] high = new int[cellCount * 3];
        int[] foreignCells = new int[cellCount * 2];
        int[] old = new int[cellCount * 2];
        long[] ageSum = new long[cellCount];
        int[] ageCount = new int[cellCount];
        for (int r = 0; r < n; r++) {
            int k = region[r];
            int d = died[r];
            int a = age[r];
            dead[k * 2 + d]++;
            int in65 = a >= 65 ? 1 : 0;
            dead65[k * 3 + in65 * (1 + d)]++;
            std[((k * BANDS + band[a & 0xFF]) * 2 + (sex[r] == 2 ? 1 : 0)) * 2 + d]++;
            circ[k * 2 + (d & circulatory[r])]++;
            int in25 = a >= 25 ? 1 : 0;
            int e = education[r];
            low[k * 3 + in25 * (1 + (e == 1 ? 1 : 0))]++;
            high[k * 3 + in25 * (1 + (e == 3 ? 1 : 0))]++;
            foreignCells[k * 2 + foreign[r]]++;
            old[k * 2 + (a >= 80 ? 1 : 0)]++;
            int has = a >= 0 ? 1 : 0;
            ageSum[k] += a * has;
            ageCount[k] += has;
        }
        Counts out = new Counts();
        split(dead, out, 0);
        split3(dead65, out, 1);
        int[] all = new int[cellCount * BANDS * 2];
        int[] women = new int[cellCount * BANDS * 2];
        for (int i = 0; i < cellCount * BANDS; i++) {
            for (int d = 0; d < 2; d++) {
                all[i * 2 + d] = std[(i * 2) * 2 + d] + std[(i * 2 + 1) * 2 + d];
                women[i * 2 + d] = std[(i * 2 + 1) * 2 + d];
            }
        }
        standardised(all, out, 2);
        standardised(women, out, 3);
        split(circ, out, 4);
        split3(low, out, 5);
        split3(high, out, 6);
        split(foreignCells, out, 7);
        split(old, out, 8);
        out.numerator[9] = ageSum;
        out.denominator[9] = new long[cellCount];
        for (int i = 0; i < cellCount; i++) {
            out.denominator[9][i] = ageCount[i];
        }
        return out;
    }

    /**
     * The ten from one cube: every row counted once in a cell of region × died × age band × woman or not ×
     * circulatory cause × education (compulsory, post-secondary, other) × born abroad, with the sum of the
     * ages, and the ten read from the cube's cells. The cohorts' age limits (25, 65, 80) are band limits, so
     * the bands are classes fine enough for every condition.
     */
    Counts cube() {
        int n = rows;
        int sEdu = 2;
        int sCirc = sEdu * 3;
        int sWoman = sCirc * 2;
        int sBand = sWoman * 2;
        int sDied = sBand * BANDS;
        int sRegion = sDied * 2;
        int cells = sRegion * regions;
        byte[] eduClass = new byte[256];
        for (int v = 0; v < 256; v++) {
            int e = (byte) v;
            eduClass[v] = (byte) (e == 1 ? 0 : e == 3 ? 1 : 2);
        }
        int[] count = new int[cells];
        long[] ageSum = new long[cells];
        for (int r = 0; r < n; r++) {
            int a = age[r];
            int key = region[r] * sRegion + died[r] * sDied + band[a & 0xFF] * sBand + (sex[r] == 2 ? sWoman : 0)
                    + circulatory[r] * sCirc + eduClass[education[r] & 0xFF] * sEdu + foreign[r];
            count[key]++;
            ageSum[key] += a >= 0 ? a : 0;
        }
        Counts out = new Counts();
        for (int k = 0; k < 10; k++) {
            out.numerator[k] = new long[regions];
            out.denominator[k] = new long[regions];
        }
        for (int key = 0; key < cells; key++) {
            long c = count[key];
            if (c == 0) {
                continue;
            }
            int k = key / sRegion;
            int d = key / sDied % 2;
            int b = key / sBand % BANDS;
            int woman = key / sWoman % 2;
            int circ = key / sCirc % 2;
            int edu = key / sEdu % 3;
            int abroad = key % 2;
            boolean known = b < BANDS - 1;
            add(out, 0, k, c, d == 1);
            if (known && b >= 13) {
                add(out, 1, k, c, d == 1);
            }
            if (known) {
                add(out, 2, k, c, d == 1);
                if (woman == 1) {
                    add(out, 3, k, c, d == 1);
                }
            }
            add(out, 4, k, c, d == 1 && circ == 1);
            if (known && b >= 5) {
                add(out, 5, k, c, edu == 0);
                add(out, 6, k, c, edu == 1);
            }
            add(out, 7, k, c, abroad == 1);
            add(out, 8, k, c, known && b >= 16);
            if (known) {
                out.numerator[9][k] += ageSum[key];
                out.denominator[9][k] += c;
            }
        }
        return out;
    }

    private static void add(Counts out, int indicator, int region, long rows, boolean flagged) {
        out.denominator[indicator][region] += rows;
        if (flagged) {
            out.numerator[indicator][region] += rows;
        }
    }

    /** Cells (region × {not flagged, flagged}) into numerator and denominator. */
    private void split(int[] c, Counts out, int k) {
        out.numerator[k] = new long[regions];
        out.denominator[k] = new long[regions];
        for (int i = 0; i < regions; i++) {
            out.numerator[k][i] = c[i * 2 + 1];
            out.denominator[k][i] = c[i * 2] + c[i * 2 + 1];
        }
    }

    /** Cells (region × {outside the cohort, in it, in it and flagged}) into numerator and denominator. */
    private void split3(int[] c, Counts out, int k) {
        out.numerator[k] = new long[regions];
        out.denominator[k] = new long[regions];
        for (int i = 0; i < regions; i++) {
            out.numerator[k][i] = c[i * 3 + 2];
            out.denominator[k][i] = c[i * 3 + 1] + c[i * 3 + 2];
        }
    }

    /** Cells (region × age band × {alive, died}) into deaths and persons by region, rows without an age left out. */
    private void standardised(int[] c, Counts out, int k) {
        out.numerator[k] = new long[regions];
        out.denominator[k] = new long[regions];
        for (int i = 0; i < regions; i++) {
            for (int b = 0; b < BANDS - 1; b++) {
                int cell = (i * BANDS + b) * 2;
                out.numerator[k][i] += c[cell + 1];
                out.denominator[k][i] += c[cell] + c[cell + 1];
            }
        }
    }

    /**
     * Differences between the floor's counts and the numerators and denominators of indikator's tables (one
     * table per indicator, in the order of step 5b, the groups by region label); empty when all agree.
     */
    List<String> check(Counts counts, List<ResultTable> tables, String[] names) {
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            ResultTable t = tables.get(k);
            Map<String, long[]> shown = new TreeMap<>();
            for (int r = 0; r < t.rows().size(); r++) {
                Object label = t.cell(r, "region");
                if (label == null) {
                    continue;
                }
                shown.put(label.toString(), new long[] {Math.round(Benchmark.num(t.cell(r, "numerator"))),
                        Math.round(Benchmark.num(t.cell(r, "denominator")))});
            }
            for (int g = 0; g < regions - 1; g++) {
                long[] s = shown.get(regionLabels[g]);
                long num = counts.numerator[k][g];
                long den = counts.denominator[k][g];
                if (s == null) {
                    problems.add(names[k] + " " + regionLabels[g] + ": not in indikator's table");
                } else if (s[0] != num || s[1] != den) {
                    problems.add(String.format(Locale.ROOT, "%s %s: indikator %d/%d, floor %d/%d", names[k],
                            regionLabels[g], s[0], s[1], num, den));
                }
            }
        }
        return problems;
    }

    /** Whether two results of the floor are the same counts. */
    static boolean same(Counts a, Counts b) {
        for (int k = 0; k < 10; k++) {
            if (!java.util.Arrays.equals(a.numerator[k], b.numerator[k])
                    || !java.util.Arrays.equals(a.denominator[k], b.denominator[k])) {
                return false;
            }
        }
        return true;
    }
}
