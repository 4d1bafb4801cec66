package se.indikator.runtime.notebook;

import java.util.Map;

/**
 * The settings of a whole report, from the {@code #|} block at the top of its script: how code is shown
 * where a statement does not say ({@code code: show|fold|hide}) and whether the table of contents is made
 * ({@code toc: true|false}).
 */
public record ReportSettings(CellOptions.Code code, boolean toc) {

    /** Code shown, with a table of contents. */
    public static final ReportSettings DEFAULT = new ReportSettings(CellOptions.Code.SHOW, true);

    /** The settings the report's options name, the defaults for the rest. */
    public static ReportSettings of(Map<String, String> report) {
        CellOptions.Code code = report.containsKey("code")
                ? CellOptions.Code.valueOf(report.get("code").toUpperCase(java.util.Locale.ROOT)) : CellOptions.Code.SHOW;
        return new ReportSettings(code, !"false".equals(report.get("toc")));
    }
}
