package se.indikator.runtime.session;

import se.indikator.runtime.result.TextTable;

/**
 * Prints what a run produced as plain text, statement by statement: result tables, lines of text
 * and prose (as {@code #'} lines are not repeated; prose is for notebooks). Diagnostics are printed
 * separately.
 */
public final class TranscriptPrinter {
    private TranscriptPrinter() {
    }

    public static String results(RunResult r, boolean decimalComma) {
        StringBuilder sb = new StringBuilder();
        for (StatementResult s : r.statements()) {
            for (Output o : s.outputs()) {
                if (o instanceof Output.Table t) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(TextTable.render(t.table()));
                } else if (o instanceof Output.Text t) {
                    sb.append(t.text()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
