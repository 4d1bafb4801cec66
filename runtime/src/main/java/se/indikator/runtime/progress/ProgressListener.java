package se.indikator.runtime.progress;

/**
 * Receives the progress of a long operation (reading a file, a pass over a table's rows): how much
 * of it is done out of a total, in the operation's own unit (bytes of a file, rows of a pass).
 * Implementations must be thread-safe; the runtime calls them from its worker threads, often.
 */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(String task, long done, long total) {
        }

        @Override
        public void finished(String task) {
        }
    };

    /** {@code done} of {@code total} units of {@code task} (e.g. "reading persons.csv") are done. */
    void progress(String task, long done, long total);

    /** The task has ended (successfully or not); a display should clear itself. */
    void finished(String task);
}
