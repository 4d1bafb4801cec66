package se.indikator.runtime.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place where diagnostics of a run are collected, in the order found; a second diagnostic
 * with the same code at the same place (a follow-on of one root cause) is dropped. At most
 * {@link #MAX_SHOWN} are kept, the last of them saying that more follow (they are still counted), so that
 * a script of nothing but mistakes cannot exhaust memory or the reader.
 */
public final class Diagnostics {
    /** The most diagnostics one run keeps. */
    public static final int MAX_SHOWN = 1000;

    private final List<Diagnostic> items = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private long errors;
    private long more;

    public void add(Diagnostic d) {
        String key = d.code() + "@" + d.span().source().name() + ":" + d.span().line() + ":" + d.span().column()
                + ":" + d.message();
        if (!seen.add(key)) {
            return;
        }
        if (d.isError()) {
            errors++;
        }
        if (items.size() < MAX_SHOWN - 1) {
            items.add(d);
        } else if (items.size() == MAX_SHOWN - 1) {
            items.add(Diagnostic.error("E008", d.span(), "more problems follow from here; only the first "
                    + MAX_SHOWN + " are shown", "correct these and check again"));
            errors++;
            more++;
        } else {
            more++;
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
        return errors > 0;
    }

    /** The number of errors, counting those beyond what is kept. */
    public long errorCount() {
        return errors;
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
