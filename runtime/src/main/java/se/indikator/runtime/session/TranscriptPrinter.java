package se.indikator.runtime.session;

import se.indikator.runtime.diag.SafeText;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.output.StatementResult;

import se.indikator.runtime.result.TextTable;

/**
 * Prints what a run produced as plain text, statement by statement: result tables, lines of text
 * and prose (as {@code #'} lines are not repeated; prose is for notebooks). Diagnostics are printed
 * separately. Control characters in what it prints are shown escaped ({@link SafeText}).
 */
public final class TranscriptPrinter {
    private TranscriptPrinter() {
    }

    /** A chart for a terminal without images: its text version, its notes and where its files are. */
    public static String chartAsText(Output.Chart c) {
        return chartAsText(c, WIDTH);
    }

    /** A chart as text within {@code width} columns: a wider drawing in bands of its columns ({@link TextBands}). */
    public static String chartAsText(Output.Chart c, int width) {
        String text = TextBands.fit(SafeText.lines(c.chart().text()), width);
        StringBuilder sb = new StringBuilder(text);
        if (!text.endsWith("\n")) {
            sb.append('\n');
        }
        sb.append(files(c));
        return sb.toString();
    }

    /** The line naming a chart's files: {@code plots: plots/x.png, plots/x.svg}. */
    public static String files(Output.Chart c) {
        if (c.files().isEmpty()) {
            return "";
        }
        return SafeText.lines("plots: " + String.join(", ", c.files().stream()
                .map(p -> (p.getParent() == null ? "" : p.getParent().getFileName() + "/") + p.getFileName()).toList())) + "\n";
    }

    /** The width transcripts and examples' expected outputs are printed at. */
    public static final int WIDTH = 120;

    /** A table as it is printed within {@code width}: the columns and layout its statement chose. */
    public static String table(Output.Table t, int width) {
        return TextTable.render(t.table(), t.view(), width);
    }

    /** A run's tables and text one after another within {@code width}, each chart as {@code chart} draws it. */
    public static String results(RunResult r, int width, java.util.function.Function<Output.Chart, String> chart) {
        StringBuilder sb = new StringBuilder();
        for (StatementResult s : r.statements()) {
            for (Output o : s.outputs()) {
                if (o instanceof Output.Table t) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(table(t, width));
                } else if (o instanceof Output.Text t) {
                    sb.append(SafeText.lines(t.text())).append('\n');
                } else if (o instanceof Output.Chart c) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(chart.apply(c));
                }
            }
        }
        return sb.toString();
    }
}
