package se.indikator.runtime.ast;

import se.indikator.runtime.diag.Span;

/**
 * The file a statement's printed tables are also written to — {@code to "tabeller.xlsx"} — as written
 * (relative to the script's folder), with its place.
 */
public record Target(String path, Span span) {
}
