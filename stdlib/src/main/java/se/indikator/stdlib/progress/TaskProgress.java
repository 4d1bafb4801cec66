package se.indikator.stdlib.progress;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Where the long computations of the library — an inequality analysis' simulations (repetitions done of
 * all), a relative-survival sweep (days swept of all) — report how far they have come, for a progress
 * line: a listener set for the thread that runs them, and nothing by default.
 */
public final class TaskProgress {
    private static final ThreadLocal<BiConsumer<Long, Long>> LISTENER = new ThreadLocal<>();

    private TaskProgress() {
    }

    /** Runs {@code work} with {@code listener} told of the progress of what it computes on this thread. */
    public static <T> T during(BiConsumer<Long, Long> listener, Supplier<T> work) {
        BiConsumer<Long, Long> before = LISTENER.get();
        LISTENER.set(listener);
        try {
            return work.get();
        } finally {
            LISTENER.set(before);
        }
    }

    /** Tells the listener of this thread, if any, that {@code done} of {@code total} is done. */
    public static void report(long done, long total) {
        BiConsumer<Long, Long> l = LISTENER.get();
        if (l != null) {
            l.accept(done, total);
        }
    }
}
