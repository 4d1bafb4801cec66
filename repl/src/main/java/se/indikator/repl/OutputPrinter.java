package se.indikator.repl;

import java.io.IOException;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.TranscriptPrinter;

/**
 * Prints a run's outputs for a person at a terminal: tables and text as in transcripts, charts as
 * an inline image when the terminal can show one (else as a text chart), always followed by the
 * paths of the chart's PNG and SVG files.
 */
final class OutputPrinter {
    private OutputPrinter() {
    }

    static String print(RunResult r, TerminalImages.Mode mode) {
        return TranscriptPrinter.results(r, c -> chart(c, mode));
    }

    static String chart(Output.Chart c, TerminalImages.Mode mode) {
        if (mode.image()) {
            try {
                StringBuilder sb = new StringBuilder(c.chart().title()).append('\n');
                sb.append(TerminalImages.encode(mode, c.chart().png()));
                c.chart().notes().forEach(n -> sb.append(n).append('\n'));
                return sb.append(TranscriptPrinter.files(c)).toString();
            } catch (IOException e) {
                return TranscriptPrinter.chartAsText(c);
            }
        }
        return TranscriptPrinter.chartAsText(c);
    }
}
