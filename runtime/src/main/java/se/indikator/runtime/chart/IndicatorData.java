package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.result.NumberFormat;
import se.indikator.runtime.result.ResultMeta;
import se.indikator.runtime.result.ResultTable;

/**
 * An indicator result table read for drawing: the breakdown columns, the interval level, the national
 * value, the target, and the group rows (row 0, the national or total row, is kept apart). A row whose
 * value is blank is suppressed: charts never draw it and name it only in a note.
 */
final class IndicatorData {
    /** One group: its breakdown cells and what is drawn for it. */
    record Group(List<String> keys, Double value, Double lower, Double upper, String verdict, String note,
            Double denominator, Double national) {
        String label() {
            return String.join(" · ", keys);
        }

        boolean suppressed() {
            return value == null;
        }

        /** Why the value is blank, from the note (a leading "suppressed:" is dropped). */
        String reason() {
            String n = note == null ? "" : note.trim();
            if (n.toLowerCase(java.util.Locale.ROOT).startsWith("suppressed")) {
                n = n.substring("suppressed".length()).replaceFirst("^[:\\s]+", "");
            }
            return n.isEmpty() ? "no value" : n;
        }
    }

    final ResultTable table;
    final List<String> breakdowns;
    final String level;
    final double national;
    final double target;
    final String comparator;
    final String polarity;
    final List<Group> groups;

    private IndicatorData(ResultTable table, List<String> breakdowns, String level, double national, double target,
            String comparator, String polarity, List<Group> groups) {
        this.table = table;
        this.breakdowns = breakdowns;
        this.level = level;
        this.national = national;
        this.target = target;
        this.comparator = comparator;
        this.polarity = polarity;
        this.groups = groups;
    }

    static IndicatorData of(ResultTable t) {
        ResultMeta m = t.meta().orElse(null);
        List<String> breakdowns = m != null && !m.breakdowns().isEmpty() ? m.breakdowns() : leadingTextColumns(t);
        String level = level(t, m == null ? null : m.level());
        List<Group> groups = new ArrayList<>();
        Group total = null;
        for (int r = 0; r < t.rows().size(); r++) {
            Group g = group(t, r, breakdowns, level);
            if (r == 0) {
                total = g;
            } else {
                groups.add(g);
            }
        }
        double national = Double.NaN;
        if (total != null && total.value() != null) {
            national = total.value();
        } else if (total != null && total.national() != null) {
            national = total.national();
        }
        double target = m == null ? Double.NaN : m.target();
        return new IndicatorData(t, breakdowns, level, national, target, m == null ? "" : m.targetComparator(),
                m == null ? "none" : m.polarity(), List.copyOf(groups));
    }

    /** The groups that are drawn (value present). */
    List<Group> shown() {
        return groups.stream().filter(g -> !g.suppressed()).toList();
    }

    /** The groups that are not drawn. */
    List<Group> suppressed() {
        return groups.stream().filter(Group::suppressed).toList();
    }

    /** One note per suppressed group: {@code suppressed: <group>: <reason>}. */
    List<String> suppressionNotes() {
        return suppressed().stream().map(g -> "suppressed: " + g.label() + ": " + g.reason()).toList();
    }

    /** A number as people see it in this table (decimals and decimal comma of the table). */
    String format(double v) {
        return NumberFormat.human(v, table.decimals(), table.decimalComma());
    }

    /** The target line's label, e.g. "Mål ≥ 90". */
    String targetLabel(Labels l) {
        return l.target() + (comparator == null || comparator.isBlank() ? "" : " " + comparator.replace(">=", "≥")
                .replace("<=", "≤")) + " " + format(target);
    }

    private static Group group(ResultTable t, int r, List<String> breakdowns, String level) {
        List<String> keys = new ArrayList<>();
        for (String b : breakdowns) {
            Object c = t.columnIndex(b) < 0 ? null : t.cell(r, b);
            keys.add(c == null ? "" : text(c));
        }
        String verdict = t.columnIndex("funnel") >= 0 ? funnelVerdict(string(t, r, "funnel"),
                t.meta().map(m -> m.polarity()).orElse("none")) : string(t, r, "vs_national");
        return new Group(keys, number(t, r, "value"), number(t, r, "lower_" + level), number(t, r, "upper_" + level),
                verdict, string(t, r, "note"), number(t, r, positionColumn(t)), number(t, r, "national"));
    }

    /** The column that places a group on a funnel: its derived size when the table has one, else its denominator. */
    static String positionColumn(ResultTable t) {
        return t.columnIndex("funnel_denominator") >= 0 ? "funnel_denominator" : "denominator";
    }

    /** A funnel label as a verdict: outside the limits is better or worse by polarity (higher or lower without one). */
    static String funnelVerdict(String label, String polarity) {
        if (label == null) {
            return null;
        }
        boolean high = label.startsWith("High");
        if (!high && !label.startsWith("Low")) {
            return label.startsWith("Not significant") ? "similar" : "not compared";
        }
        return switch (polarity) {
            case "higher" -> high ? "better" : "worse";
            case "lower" -> high ? "worse" : "better";
            default -> high ? "higher" : "lower";
        };
    }

    private static String text(Object c) {
        if (c instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return c.toString();
    }

    static Double number(ResultTable t, int r, String column) {
        if (t.columnIndex(column) < 0) {
            return null;
        }
        Object c = t.cell(r, column);
        if (c instanceof Double d && !d.isNaN()) {
            return d;
        }
        return null;
    }

    static String string(ResultTable t, int r, String column) {
        if (t.columnIndex(column) < 0) {
            return null;
        }
        Object c = t.cell(r, column);
        return c == null ? null : c.toString();
    }

    private static List<String> leadingTextColumns(ResultTable t) {
        List<String> out = new ArrayList<>();
        for (String c : t.columns()) {
            if (c.equals("numerator") || c.equals("denominator") || c.equals("value")) {
                break;
            }
            out.add(c);
        }
        return out;
    }

    private static String level(ResultTable t, String wanted) {
        if (wanted != null && t.columnIndex("lower_" + wanted.replace('.', '_')) >= 0) {
            return wanted.replace('.', '_');
        }
        for (String c : t.columns()) {
            if (c.startsWith("lower_")) {
                return c.substring("lower_".length());
            }
        }
        return wanted == null ? "95" : wanted;
    }
}
