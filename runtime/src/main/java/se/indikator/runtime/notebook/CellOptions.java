package se.indikator.runtime.notebook;

import java.util.Map;

/**
 * How a code cell is shown, from its statement's {@code #|} options (or the report's): its code shown,
 * folded or hidden, whether its outputs are shown, a caption that replaces its tables' and charts'
 * headline, and a label that names its first table or chart as an anchor.
 */
public record CellOptions(Code code, boolean output, String caption, String label) {

    /** How much of a cell's code is shown. */
    public enum Code {
        /** The code as written. */
        SHOW,
        /** The code folded away, one click from view. */
        FOLD,
        /** No code at all (also {@code echo: false}). */
        HIDE
    }

    /** Every code shown, every output shown, no caption and no label. */
    public static final CellOptions DEFAULT = new CellOptions(Code.SHOW, true, null, null);

    /** The options of a statement, the report's {@code code} setting where the statement says nothing. */
    public static CellOptions of(Map<String, String> options, Code reportCode) {
        Code code = reportCode;
        if (options.containsKey("code")) {
            code = Code.valueOf(options.get("code").toUpperCase(java.util.Locale.ROOT));
        }
        if ("false".equals(options.get("echo"))) {
            code = Code.HIDE;
        } else if ("true".equals(options.get("echo")) && !options.containsKey("code")) {
            code = Code.SHOW;
        }
        return new CellOptions(code, !"false".equals(options.get("output")), options.get("caption"), options.get("label"));
    }
}
