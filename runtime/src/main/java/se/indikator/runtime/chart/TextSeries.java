package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.indikator.runtime.diag.SafeText;

/**
 * The compact text forms of trend and funnel charts: one line per point with its value, interval (trend)
 * or denominator and verdict (funnel), and a small bar of █ blocks; suppressed points read
 * "—  suppressed (reason)". Control characters in titles and labels are shown escaped ({@link SafeText}).
 */
final class TextSeries {
    private static final int BAR = 30;

    private TextSeries() {
    }

    static String trend(IndicatorData d, Labels l, String title) {
        StringBuilder b = new StringBuilder(SafeText.line(title)).append('\n');
        int pad = d.groups.stream().mapToInt(g -> SafeText.line(g.label()).length()).max().orElse(0);
        double max = TextBars.scale(d);
        for (IndicatorData.Group g : d.groups) {
            b.append(TextBars.pad(SafeText.line(g.label()), pad)).append("  ");
            if (g.suppressed()) {
                b.append("—  suppressed (").append(g.reason()).append(")\n");
                continue;
            }
            b.append(bar(g.value(), max)).append("  ").append(d.format(g.value()));
            if (g.lower() != null && g.upper() != null) {
                b.append("  (").append(d.format(g.lower())).append("–").append(d.format(g.upper())).append(')');
            }
            if (g.national() != null) {
                b.append("  ").append(l.national()).append(' ').append(d.format(g.national()));
            }
            b.append('\n');
        }
        b.append(l.interval(d.level)).append(l.swedish() ? " inom parentes" : " in brackets").append('\n');
        return b.append(notes(d)).toString();
    }

    static String funnel(IndicatorData d, Labels l, String title) {
        List<IndicatorData.Group> order = new ArrayList<>(d.shown());
        order.sort(Comparator.comparing((IndicatorData.Group g) -> g.denominator() == null ? 0 : g.denominator())
                .thenComparing(IndicatorData.Group::label));
        order.addAll(d.suppressed());
        int pad = d.groups.stream().mapToInt(g -> SafeText.line(g.label()).length()).max().orElse(0);
        StringBuilder b = new StringBuilder(SafeText.line(title)).append('\n');
        for (IndicatorData.Group g : order) {
            b.append(TextBars.pad(SafeText.line(g.label()), pad)).append("  ");
            if (g.suppressed()) {
                b.append("—  suppressed (").append(g.reason()).append(")\n");
                continue;
            }
            b.append(l.denominator().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(g.denominator() == null ? "–" : d.format(g.denominator()).replaceAll("[.,]0+$", ""))
                    .append("  ").append(d.format(g.value())).append("  ")
                    .append(l.verdict(g.verdict()).toLowerCase(java.util.Locale.ROOT)).append('\n');
        }
        if (!Double.isNaN(d.national)) {
            b.append(l.national()).append(' ').append(d.format(d.national)).append('\n');
        }
        return b.append(notes(d)).toString();
    }

    private static String bar(double v, double max) {
        int n = max <= 0 || v <= 0 ? 0 : (int) Math.round(v / max * BAR);
        return "█".repeat(n) + " ".repeat(BAR - n);
    }

    private static String notes(IndicatorData d) {
        StringBuilder b = new StringBuilder();
        for (String n : d.notes()) {
            b.append(n).append('\n');
        }
        return b.toString();
    }
}
