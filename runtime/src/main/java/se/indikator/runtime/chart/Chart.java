package se.indikator.runtime.chart;

/**
 * A drawn chart: its title and kind, the PNG bytes and the SVG text of the same picture, a Unicode
 * text version for terminals without images, and notes (e.g. which groups were suppressed and why).
 */
public record Chart(String title, ChartKind kind, byte[] png, String svg, String text, java.util.List<String> notes) {
    public Chart {
        notes = java.util.List.copyOf(notes);
    }
}
