package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.indikator.runtime.diag.SafeText;

/**
 * The text form of ranked and grouped bars: one line per group with a bar of █ blocks (50 columns at
 * the largest number shown), the interval as ├──┤ over the bar end (blocks stay inside the bar, so its
 * end shows), the national value as │ and
 * the target as ┊, then the value in the table's decimal style and the verdict. A suppressed group
 * reads "—  suppressed (reason)". Control characters in titles and labels are shown escaped ({@link SafeText}).
 */
final class TextBars {
    static final int WIDTH = 50;

    private TextBars() {
    }

    static String ranked(IndicatorData d, Labels l, String title) {
        List<IndicatorData.Group> order = new ArrayList<>(RankedBarsChart.ranked(d));
        order.addAll(d.suppressed());
        List<String> labels = order.stream().map(g -> SafeText.line(g.label())).toList();
        StringBuilder b = new StringBuilder(SafeText.line(title)).append('\n');
        int pad = labels.stream().mapToInt(String::length).max().orElse(0);
        double max = scale(d);
        for (int i = 0; i < order.size(); i++) {
            b.append(line(d, l, order.get(i), labels.get(i), pad, max)).append('\n');
        }
        return b.append(footer(d, l)).toString();
    }

    static String grouped(IndicatorData d, Labels l, String title) {
        if (d.breakdowns.size() < 2) {
            return ranked(d, l, title);
        }
        Set<String> firsts = new LinkedHashSet<>();
        for (IndicatorData.Group g : d.groups) {
            firsts.add(g.keys().get(0));
        }
        int pad = d.groups.stream().mapToInt(g -> SafeText.line(g.keys().get(1)).length()).max().orElse(0) + 2;
        double max = scale(d);
        StringBuilder b = new StringBuilder(SafeText.line(title)).append('\n');
        for (String f : firsts) {
            b.append(SafeText.line(f)).append('\n');
            for (IndicatorData.Group g : d.groups) {
                if (g.keys().get(0).equals(f)) {
                    b.append(line(d, l, g, "  " + SafeText.line(g.keys().get(1)), pad, max)).append('\n');
                }
            }
        }
        return b.append(footer(d, l)).toString();
    }

    /** The largest number any mark reaches (values, upper limits, national, target), at least 0. */
    static double scale(IndicatorData d) {
        double max = 0;
        for (IndicatorData.Group g : d.shown()) {
            max = Math.max(max, g.value());
            if (g.upper() != null) {
                max = Math.max(max, g.upper());
            }
        }
        if (!Double.isNaN(d.national)) {
            max = Math.max(max, d.national);
        }
        for (IndicatorData.Group g : d.shown()) {
            if (g.national() != null) {
                max = Math.max(max, g.national());
            }
        }
        if (!Double.isNaN(d.target)) {
            max = Math.max(max, d.target);
        }
        return max;
    }

    private static String line(IndicatorData d, Labels l, IndicatorData.Group g, String label, int pad, double max) {
        StringBuilder b = new StringBuilder(pad(label, pad)).append("  ");
        if (g.suppressed()) {
            return b.append("—  suppressed (").append(g.reason()).append(')').toString();
        }
        char[] cells = new char[WIDTH + 1];
        java.util.Arrays.fill(cells, ' ');
        int end = column(g.value(), max);
        for (int i = 0; i < end; i++) {
            cells[i] = '█';
        }
        if (!Double.isNaN(d.target)) {
            cells[column(d.target, max)] = '┊';
        }
        double reference = g.national() != null ? g.national() : d.national;
        if (!Double.isNaN(reference)) {
            cells[column(reference, max)] = '│';
        }
        if (g.lower() != null && g.upper() != null) {
            int lo = column(g.lower(), max);
            int hi = Math.max(lo + 1, column(g.upper(), max));
            for (int i = lo + 1; i < hi && i <= WIDTH; i++) {
                if (cells[i] != '█') {
                    cells[i] = cells[i] == '│' ? '┼' : '─';
                }
            }
            cells[lo] = '├';
            cells[Math.min(hi, WIDTH)] = '┤';
        }
        b.append(new String(cells)).append("  ").append(d.format(g.value()));
        if (g.verdict() != null && !g.verdict().isBlank()) {
            b.append("  ").append(l.verdict(g.verdict()).toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString().stripTrailing();
    }

    private static String footer(IndicatorData d, Labels l) {
        List<String> key = new ArrayList<>();
        double shared = d.sharedReference();
        if (!Double.isNaN(shared)) {
            key.add("│ " + l.national() + " " + d.format(shared));
        } else {
            key.add("│ " + l.ownReference());
        }
        if (!Double.isNaN(d.target)) {
            key.add("┊ " + d.targetLabel(l));
        }
        key.add("├─┤ " + l.interval(d.level));
        StringBuilder b = new StringBuilder(String.join("   ", key)).append('\n');
        for (String n : d.notes()) {
            b.append(n).append('\n');
        }
        return b.toString();
    }

    static int column(double v, double max) {
        if (max <= 0 || v <= 0) {
            return 0;
        }
        return (int) Math.min(WIDTH, Math.round(v / max * WIDTH));
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
