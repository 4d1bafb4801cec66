package se.indikator.runtime.notebook;

/** A data source declared by a script, e.g. {@code deaths} read from {@code data/deaths.csv}, for a notebook's header. */
public record DataSource(String name, String path) {
}
