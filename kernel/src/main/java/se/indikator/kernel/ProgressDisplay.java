package se.indikator.kernel;

import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongSupplier;
import se.indikator.runtime.progress.ProgressListener;

/**
 * The session's progress as an output that updates in place: once a task (reading a file, a pass over the
 * rows) has lasted half a second, a {@code display_data} with a display id shows {@code reading deaths.csv  43%},
 * and {@code update_display_data} redraws it at most four times a second and says {@code done} at the end.
 * It shows only while a cell runs, under that cell.
 */
final class ProgressDisplay implements ProgressListener {
    static final long SHOW_AFTER_NANOS = 500_000_000L;
    static final long REDRAW_EVERY_NANOS = 250_000_000L;

    /** Where the display's messages go (the IOPub channel). */
    interface Sink {
        void publish(String type, JsonObject content, Message parent);
    }

    private final Sink publisher;
    private final LongSupplier clock;
    private Message parent;
    private String task;
    private long started;
    private long drawnAt;
    private String displayId;

    ProgressDisplay(Sink publisher, LongSupplier nanoClock) {
        this.publisher = publisher;
        this.clock = nanoClock;
    }

    /** Shows progress under this request until {@link #end}. */
    synchronized void begin(Message request) {
        parent = request;
        task = null;
        displayId = null;
    }

    /** The cell has ended: nothing more is shown for it. */
    synchronized void end() {
        parent = null;
        task = null;
    }

    @Override
    public synchronized void progress(String name, long done, long total) {
        if (parent == null) {
            return;
        }
        long now = clock.getAsLong();
        if (!name.equals(task)) {
            task = name;
            started = now;
            displayId = null;
            drawnAt = Long.MIN_VALUE;
        }
        if (now - started < SHOW_AFTER_NANOS || (drawnAt != Long.MIN_VALUE && now - drawnAt < REDRAW_EVERY_NANOS)) {
            return;
        }
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        draw(String.format(Locale.ROOT, "%s  %3d%%", name, percent));
        drawnAt = now;
    }

    @Override
    public synchronized void finished(String name) {
        if (parent != null && name.equals(task) && displayId != null) {
            draw(name + "  done");
        }
        if (name.equals(task)) {
            task = null;
            displayId = null;
        }
    }

    private void draw(String text) {
        JsonObject data = new JsonObject();
        data.addProperty("text/plain", text);
        JsonObject content = Displays.content(data);
        JsonObject transientPart = new JsonObject();
        boolean first = displayId == null;
        if (first) {
            displayId = "indikator-progress-" + UUID.randomUUID();
        }
        transientPart.addProperty("display_id", displayId);
        content.add("transient", transientPart);
        publisher.publish(first ? "display_data" : "update_display_data", content, parent);
    }
}
