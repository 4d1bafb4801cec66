package se.indikator.runtime.sql;

/**
 * A condition, key or value that the portable SQL subset cannot express (e.g. a function of two columns), so the
 * pass cannot be sent to an engine; the message names it for the person who wrote it.
 */
public final class NotPortable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotPortable(String message) {
        super(message, null, false, false);
    }
}
