package se.indikator.runtime.result;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which columns of a {@link ResultTable} are printed as text: the compact set (the groups, the value, the first
 * confidence level's interval, the reference, the comparison for the first level, a verdict and the notes), the
 * compact set with the counts, every column, or the groups and columns named after {@code columns}. Only
 * printing chooses: the table itself, and every file, notebook and disclosure check made from it, stays whole.
 */
public record ColumnChoice(Kind kind, List<String> names) {

    /** The kinds of choice: the words of {@code set columns}, and a list of names. */
    public enum Kind {
        COMPACT, COUNTS, ALL, NAMED
    }

    public static final ColumnChoice COMPACT = new ColumnChoice(Kind.COMPACT, List.of());
    public static final ColumnChoice COUNTS = new ColumnChoice(Kind.COUNTS, List.of());
    public static final ColumnChoice ALL = new ColumnChoice(Kind.ALL, List.of());

    /** The words that name a set of columns rather than a column. */
    public static final List<String> WORDS = List.of("compact", "counts", "all");

    /** Columns that the compact set leaves out: counts, details of the method, statistics repeated on every row. */
    private static final Set<String> DETAIL = Set.of("numerator", "denominator", "deviation_pct", "target_met", "method",
            "chi2", "df", "p_heterogeneity", "funnel_denominator");

    private static final Set<String> COUNT = Set.of("numerator", "denominator");

    public ColumnChoice {
        names = List.copyOf(names);
    }

    /** The choice a word names ({@code compact}, {@code counts}, {@code all}), if it names one. */
    public static Optional<ColumnChoice> of(String word) {
        return switch (word) {
            case "compact" -> Optional.of(COMPACT);
            case "counts" -> Optional.of(COUNTS);
            case "all" -> Optional.of(ALL);
            default -> Optional.empty();
        };
    }

    /** The groups and the columns named, in the order named. */
    public static ColumnChoice named(List<String> names) {
        return names.size() == 1 && of(names.get(0)).isPresent() ? of(names.get(0)).get() : new ColumnChoice(Kind.NAMED, names);
    }

    /** The word or names as written after {@code columns}. */
    public String text() {
        return kind == Kind.NAMED ? String.join(", ", names) : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The indices of the columns to print, in order. {@code numeric[c]} says whether column c holds numbers,
     * {@code empty[c]} whether all its cells are blank (never printed in the compact sets).
     */
    public List<Integer> select(List<String> columns, boolean[] numeric, boolean[] empty) {
        List<Integer> out = new ArrayList<>();
        if (kind == Kind.ALL) {
            for (int c = 0; c < columns.size(); c++) {
                out.add(c);
            }
            return out;
        }
        if (kind == Kind.NAMED) {
            LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
            for (int c = 0; c < keys(numeric); c++) {
                chosen.add(c);
            }
            for (String n : names) {
                int c = columns.indexOf(n);
                if (c >= 0) {
                    chosen.add(c);
                }
            }
            return new ArrayList<>(chosen);
        }
        List<String> levels = levels(columns);
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c);
            boolean detail = DETAIL.contains(name) && !(kind == Kind.COUNTS && COUNT.contains(name));
            boolean otherLevel = false;
            for (int i = 1; i < levels.size(); i++) {
                otherLevel |= name.endsWith("_" + levels.get(i));
            }
            if (!detail && !otherLevel && !empty[c]) {
                out.add(c);
            }
        }
        return out;
    }

    /** How many leading columns label the rows: the text columns before the first column of numbers. */
    static int keys(boolean[] numeric) {
        int k = 0;
        while (k < numeric.length && !numeric[k]) {
            k++;
        }
        return k == numeric.length ? Math.min(1, k) : k;
    }

    /** The confidence levels' labels as the columns name them ({@code 95}, {@code 99_8}), the first first. */
    static List<String> levels(List<String> columns) {
        LinkedHashSet<String> levels = new LinkedHashSet<>();
        for (String name : columns) {
            int i = name.startsWith("lower_") ? 0 : name.indexOf("_lower_") + 1;
            if ((i == 0 && name.startsWith("lower_")) || i > 0) {
                String label = name.substring(i + "lower_".length());
                if (!label.isEmpty() && columns.contains(name.substring(0, i) + "upper_" + label)) {
                    levels.add(label);
                }
            }
        }
        return new ArrayList<>(levels);
    }
}
