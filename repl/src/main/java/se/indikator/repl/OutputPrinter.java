package se.indikator.repl;

import java.io.IOException;
import se.indikator.runtime.diag.SafeText;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.TranscriptPrinter;

/**
 * Prints a run's outputs for a person at a terminal: tables and text as in transcripts, charts as
 * an inline image when the terminal can show one (else as a text chart), always followed by the
 * paths of the chart's PNG and SVG files. Control characters in tables, text, titles and notes are shown
 * escaped ({@link SafeText}): the only escape sequences it writes are the images' own.
 */
final class OutputPrinter {
    private OutputPrinter() {
    }

    /** A run's outputs, every table within {@code width} columns. */
    static String print(RunResult r, TerminalImages.Mode mode, int width) {
        return TranscriptPrinter.results(r, width, c -> chart(c, mode, width));
    }

    static String chart(Output.Chart c, TerminalImages.Mode mode, int width) {
        if (mode.image()) {
            try {
                StringBuilder sb = new StringBuilder(SafeText.line(c.chart().title())).append('\n');
                sb.append(TerminalImages.encode(mode, c.chart().png()));
                c.chart().notes().forEach(n -> sb.append(SafeText.lines(n)).append('\n'));
                return sb.append(TranscriptPrinter.files(c)).toString();
            } catch (IOException e) {
                return TranscriptPrinter.chartAsText(c, width);
            }
        }
        return TranscriptPrinter.chartAsText(c, width);
    }
}
