package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.analysis.FunnelResult;
import se.indikator.runtime.analysis.LimitCurve;
import se.indikator.runtime.estimate.Comparison;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.model.ChartSize;
import se.indikator.runtime.result.NumberFormat;
import se.indikator.stdlib.equity.FunnelSignificance;

/**
 * What a chart draws of a typed result: the breakdowns, the interval level, the national value, the target,
 * and the groups — each with its labels, its period as a number (for lines over time), its value and interval,
 * its comparison with its own reference and that reference's value, or why it is hidden. Hidden groups are
 * never drawn; they are named only in a note. Nothing here is read back from a formatted table.
 */
final class IndicatorData {
    /** One group: its breakdown labels and what is drawn for it. */
    record Group(List<String> keys, Double time, Double value, Double lower, Double upper, Comparison comparison,
            String hidden, Double denominator, Double national) {
        String label() {
            return String.join(" · ", keys);
        }

        boolean suppressed() {
            return value == null;
        }

        /** The comparison's word, the key of colours and legends. */
        String verdict() {
            return comparison == null ? null : comparison.word();
        }

        /** Why the value is not drawn. */
        String reason() {
            String n = hidden == null ? "" : hidden.trim();
            if (n.toLowerCase(java.util.Locale.ROOT).startsWith("suppressed")) {
                n = n.substring("suppressed".length()).replaceFirst("^[:\\s]+", "");
            }
            return n.isEmpty() ? "no value" : n;
        }
    }

    final String title;
    final int decimals;
    final boolean decimalComma;
    final List<String> breakdowns;
    final String level;
    final double national;
    final double target;
    final String comparator;
    final String polarity;
    final List<Group> groups;
    final List<LimitCurve> curves;
    final boolean ranked;
    final String axis;
    final String centre;
    /** What the groups are compared with, in words (null when nothing is compared). */
    final String reference;
    /** The value's unit as an axis says it (e.g. "procent"); null for hand-made data. */
    String unit;
    /** The periods in each window when the first breakdown is a rolling one (a group's time is its window's middle), else 0. */
    int window;
    /** The caption's sentences: source, period and selection, reference. */
    List<String> caption = List.of();
    /** The chart's size and resolution. */
    ChartSize size = ChartSize.DEFAULT;

    /** Chart data given directly (charts of hand-made data). */
    static IndicatorData of(String title, int decimals, boolean decimalComma, List<String> breakdowns, String level,
            double national, double target, String comparator, String polarity, List<Group> groups, List<LimitCurve> curves,
            boolean ranked, String axis, String centre) {
        return new IndicatorData(title, decimals, decimalComma, breakdowns, level, national, target, comparator, polarity,
                List.copyOf(groups), List.copyOf(curves), ranked, axis, centre, null);
    }

    private IndicatorData(String title, int decimals, boolean decimalComma, List<String> breakdowns, String level,
            double national, double target, String comparator, String polarity, List<Group> groups, List<LimitCurve> curves,
            boolean ranked, String axis, String centre, String reference) {
        this.reference = reference;
        this.title = title;
        this.decimals = decimals;
        this.decimalComma = decimalComma;
        this.breakdowns = breakdowns;
        this.level = level;
        this.national = national;
        this.target = target;
        this.comparator = comparator;
        this.polarity = polarity;
        this.groups = groups;
        this.curves = curves;
        this.ranked = ranked;
        this.axis = axis;
        this.centre = centre;
    }

    /** The groups of an indicator's result; {@code ranked} orders bars by value instead of the declared order. */
    static IndicatorData of(IndicatorResult r, boolean ranked) {
        List<String> breakdowns = r.breakdowns().stream().map(b -> b.name()).toList();
        int level = r.first();
        List<Group> groups = new ArrayList<>();
        boolean self = r.rule() == null || r.rule().selfReferenced();
        for (GroupResult g : self ? r.referenceRows() : r.groups()) {
            if (self && g.keys().contains(-1) && !g.keys().isEmpty()) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < breakdowns.size(); k++) {
                String label = r.label(g, k);
                keys.add(label == null ? "" : label);
            }
            Double time = null;
            if (!breakdowns.isEmpty() && g.keys().get(0) >= 0) {
                time = r.categoryValues().get(0).get(g.keys().get(0));
            }
            boolean hidden = g.disclosure().valueHidden() || Double.isNaN(g.estimate().value());
            groups.add(new Group(keys, time, hidden ? null : g.estimate().value(),
                    hidden ? null : finite(g.estimate().lower()[level]), hidden ? null : finite(g.estimate().upper()[level]),
                    g.comparison(), hidden ? (g.disclosure().reason() == null ? "no value" : g.disclosure().reason()) : null,
                    hidden || g.disclosure().denominatorHidden() ? null : finite(g.estimate().denominator()),
                    finite(g.referenceValue())));
        }
        GroupResult nat = r.national();
        double national = nat.disclosure().valueHidden() ? Double.NaN : nat.estimate().value();
        double target = Double.NaN;
        String comparator = "";
        if (r.indicator().target() != null) {
            boolean percent = r.indicator().target().percent()
                    && r.indicator().measure().kind() == se.indikator.runtime.ast.Measure.Kind.PERCENT;
            target = percent ? r.indicator().target().value() * 100 : r.indicator().target().value();
            comparator = r.indicator().target().comparator().symbol;
        }
        String title = r.indicator().title() == null || r.indicator().title().isBlank() ? r.indicator().name()
                : r.indicator().title();
        IndicatorData d = new IndicatorData(title, r.decimals(), r.settings().swedish(), breakdowns, r.levelLabel(level),
                national, target, comparator, r.indicator().polarity().keyword(), List.copyOf(groups), List.of(), ranked, null,
                null, sentence(r.referenceNote()));
        d.unit = se.indikator.runtime.result.Units.of(r.indicator(), r.settings().swedish());
        d.window = r.breakdowns().isEmpty() ? 0 : r.breakdowns().get(0).rollingWidth();
        d.size = r.settings().chart();
        d.caption = Caption.of(r.indicator(), r.plan().where(), d.period(), d.reference, r.settings().swedish());
        return d;
    }

    /** The units of a funnel, placed at their positions, coloured by their class read by polarity. */
    static IndicatorData of(FunnelResult f) {
        List<Group> groups = new ArrayList<>();
        for (FunnelResult.Point p : f.points()) {
            boolean shown = p.shown() && Double.isFinite(p.value());
            groups.add(new Group(List.of(p.label()), null, shown ? p.value() : null, null, null,
                    shown ? comparison(p.significance(), f.polarity()) : null, shown ? null : p.hidden(),
                    shown && Double.isFinite(p.position()) ? p.position() : null, null));
        }
        return new IndicatorData(f.title(), f.decimals(), f.decimalComma(), List.of(f.unitName()), "95", f.centre(),
                Double.NaN, "", f.polarity().keyword(), List.copyOf(groups), f.curves(), false, f.axisName(), f.centreLabel(),
                sentence(f.reference()));
    }

    /** A funnel class as a comparison: outside the limits is better or worse by polarity (higher or lower without one). */
    static Comparison comparison(FunnelSignificance s, se.indikator.runtime.ast.Polarity polarity) {
        if (s == null || s == FunnelSignificance.NOT_APPLICABLE_DSR) {
            return Comparison.NOT_COMPARED;
        }
        if (s == FunnelSignificance.NOT_SIGNIFICANT) {
            return Comparison.SIMILAR;
        }
        boolean high = s == FunnelSignificance.HIGH_0_001 || s == FunnelSignificance.HIGH_0_025;
        return Comparison.direction(high, polarity);
    }

    /**
     * The one reference the drawn groups share (the country, when no breakdown is kept), or NaN when their
     * references differ (each region's women against the country's women, its men against the country's men).
     */
    double sharedReference() {
        Double shared = null;
        for (Group g : shown()) {
            if (g.national() == null) {
                continue;
            }
            if (shared != null && Math.abs(shared - g.national()) > 1e-12 * Math.max(1, Math.abs(shared))) {
                return Double.NaN;
            }
            shared = g.national();
        }
        return shared == null ? national : shared;
    }

    /** The periods the groups cover when the first breakdown is a period of numbers (e.g. "2019–2023"), else null. */
    String period() {
        if (breakdowns.isEmpty() || window == 0 && !Labels.isPeriod(breakdowns.get(0))) {
            return null;
        }
        double half = window == 0 ? 0 : (window - 1) / 2.0; // a window's time is its middle: its periods lie around it
        double lo = groups.stream().filter(g -> g.time() != null).mapToDouble(Group::time).min().orElse(Double.NaN) - half;
        double hi = groups.stream().filter(g -> g.time() != null).mapToDouble(Group::time).max().orElse(Double.NaN) + half;
        if (Double.isNaN(lo)) {
            return null;
        }
        return lo == hi ? se.indikator.runtime.ast.Numbers.plain(lo)
                : se.indikator.runtime.ast.Numbers.plain(lo) + "–" + se.indikator.runtime.ast.Numbers.plain(hi);
    }

    /** A note as a sentence (capital first letter), or null. */
    private static String sentence(String note) {
        return note == null || note.isEmpty() ? null : note.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + note.substring(1);
    }

    /** The chart's notes: what the groups are compared with, then one per hidden group. */
    List<String> notes() {
        List<String> out = new ArrayList<>();
        if (reference != null) {
            out.add(reference);
        }
        out.addAll(suppressionNotes());
        return out;
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

    /** A number as people see it in this result (its decimals and decimal mark). */
    String format(double v) {
        return NumberFormat.human(v, decimals, decimalComma);
    }

    /** The target line's label, e.g. "Mål ≥ 90". */
    String targetLabel(Labels l) {
        return l.target() + (comparator == null || comparator.isBlank() ? "" : " " + comparator.replace(">=", "≥")
                .replace("<=", "≤")) + " " + format(target);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
