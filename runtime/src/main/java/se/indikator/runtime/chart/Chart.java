package se.indikator.runtime.chart;

import java.util.List;

/**
 * A drawn chart: its title and kind, the PNG bytes and the SVG text of the same picture, a Unicode text
 * version for terminals without images, notes (e.g. which groups were suppressed and why), and the
 * rectangles of the texts it placed (layout points; empty for charts XChart lays out).
 */
public record Chart(String title, ChartKind kind, byte[] png, String svg, String text, List<String> notes,
        List<TextBox> textBoxes) {
    public Chart {
        notes = List.copyOf(notes);
        textBoxes = List.copyOf(textBoxes);
    }

    /** A chart without recorded text boxes. */
    public Chart(String title, ChartKind kind, byte[] png, String svg, String text, List<String> notes) {
        this(title, kind, png, svg, text, notes, List.of());
    }
}
