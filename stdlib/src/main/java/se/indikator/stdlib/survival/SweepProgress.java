package se.indikator.stdlib.survival;

import java.util.function.BiConsumer;

/**
 * Where a survival sweep reports how far it has come (days swept of all days), for a progress line: set
 * for the thread that runs the sweep, and nothing by default.
 */
public final class SweepProgress {
    private static final ThreadLocal<BiConsumer<Long, Long>> LISTENER = new ThreadLocal<>();

    private SweepProgress() {
    }

    /** Runs {@code work} with {@code listener} told of the sweeps' progress on this thread. */
    public static <T> T during(BiConsumer<Long, Long> listener, java.util.function.Supplier<T> work) {
        BiConsumer<Long, Long> before = LISTENER.get();
        LISTENER.set(listener);
        try {
            return work.get();
        } finally {
            LISTENER.set(before);
        }
    }

    static void report(long done, long total) {
        BiConsumer<Long, Long> l = LISTENER.get();
        if (l != null) {
            l.accept(done, total);
        }
    }
}
