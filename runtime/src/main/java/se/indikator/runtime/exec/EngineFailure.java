package se.indikator.runtime.exec;

import java.sql.SQLException;

/** An engine that failed to answer a query of a pass; its message is the engine's first line about it. */
public final class EngineFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineFailure(SQLException cause) {
        super(firstLine(cause.getMessage()), cause);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "the engine gave no reason";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
