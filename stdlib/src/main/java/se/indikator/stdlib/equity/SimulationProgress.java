package se.indikator.stdlib.equity;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Where the simulations of an inequality analysis report how far they have come (repetitions done of
 * all), for a progress line: set for the thread that runs them, and nothing by default.
 */
public final class SimulationProgress {
    private static final ThreadLocal<BiConsumer<Long, Long>> LISTENER = new ThreadLocal<>();

    private SimulationProgress() {
    }

    /** Runs {@code work} with {@code listener} told of the simulations' progress on this thread. */
    public static <T> T during(BiConsumer<Long, Long> listener, Supplier<T> work) {
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
