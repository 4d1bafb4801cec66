package se.indikator.runtime.data;

import java.sql.SQLException;

/** An engine that failed to answer a query; its message is the engine's first line about it. */
public final class EngineFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineFailure(SQLException cause) {
        super(firstLine(cause.getMessage()), cause);
    }

    /** A failure with this message about what could not be done. */
    public EngineFailure(String message, SQLException cause) {
        super(message + ": " + firstLine(cause.getMessage()), cause);
    }

    /** Whether the engine refused a number out of its type's range (SQL state 22003), as PostgreSQL does for a sum. */
    public boolean outOfRange() {
        return getCause() instanceof SQLException e && "22003".equals(e.getSQLState());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "the engine gave no reason";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
