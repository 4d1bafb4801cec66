package se.indikator.lsp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a document's task once its edits pause: each new request for the same document within the delay
 * replaces the one waiting, so a burst of keystrokes costs one check.
 */
final class Debouncer implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "indikator-lsp-debounce");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ScheduledFuture<?>> waiting = new ConcurrentHashMap<>();

    /** Runs {@code task} after {@code delayMillis} unless another task for {@code key} comes first. */
    void schedule(String key, long delayMillis, Runnable task) {
        java.util.concurrent.atomic.AtomicReference<ScheduledFuture<?>> self = new java.util.concurrent.atomic.AtomicReference<>();
        synchronized (waiting) {
            ScheduledFuture<?> next = timer.schedule(() -> {
                synchronized (waiting) {
                    waiting.remove(key, self.get());
                }
                task.run();
            }, delayMillis, TimeUnit.MILLISECONDS);
            self.set(next);
            ScheduledFuture<?> before = waiting.put(key, next);
            if (before != null) {
                before.cancel(false);
            }
        }
    }

    /** Forgets the task waiting for {@code key}. */
    void cancel(String key) {
        synchronized (waiting) {
            ScheduledFuture<?> before = waiting.remove(key);
            if (before != null) {
                before.cancel(false);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
