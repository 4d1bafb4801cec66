package se.indikator.runtime.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place where diagnostics of a run are collected, in the order found; a second diagnostic
 * with the same code at the same place (a follow-on of one root cause) is dropped.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    public void add(Diagnostic d) {
        String key = d.code() + "@" + d.span().source().name() + ":" + d.span().line() + ":" + d.span().column()
                + ":" + d.message();
        if (seen.add(key)) {
            items.add(d);
        }
    }

    public void error(String code, Span span, String message, String hint) {
        add(Diagnostic.error(code, span, message, hint));
    }

    public void warning(String code, Span span, String message, String hint) {
        add(Diagnostic.warning(code, span, message, hint));
    }

    public void addAll(Diagnostics other) {
        other.items.forEach(this::add);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
