package se.indikator.runtime.diag;

/** How serious a diagnostic is: an error stops a script before anything is computed; a warning does not. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
