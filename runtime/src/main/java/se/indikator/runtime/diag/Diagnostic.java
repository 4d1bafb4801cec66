package se.indikator.runtime.diag;

/**
 * One message about the user's script or data, with a stable code, a place and a hint, e.g.
 * {@code E201 unknown column 'agee' in data 'deaths'} with hint {@code did you mean 'age'?}.
 * Diagnostics are values; they are collected, never thrown.
 */
public record Diagnostic(Severity severity, String code, Span span, String message, String hint) {

    public static Diagnostic error(String code, Span span, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, span, message, hint);
    }

    public static Diagnostic warning(String code, Span span, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, span, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
