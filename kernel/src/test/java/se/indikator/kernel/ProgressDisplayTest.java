package se.indikator.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress shows after half a second as one display, updated in place at most four times a second. */
class ProgressDisplayTest {
    long now;
    final List<String> sent = new ArrayList<>();
    final List<String> ids = new ArrayList<>();

    ProgressDisplay display() {
        return new ProgressDisplay((type, content, parent) -> {
            sent.add(type + ": " + content.getAsJsonObject("data").get("text/plain").getAsString());
            ids.add(content.getAsJsonObject("transient").get("display_id").getAsString());
        }, () -> now);
    }

    static Message request() {
        return new Message(List.of(), Message.header("execute_request", "s"), new JsonObject(), new JsonObject(),
                new JsonObject());
    }

    @Test
    void showsLongTasksThrottledAndInPlace() {
        ProgressDisplay p = display();
        p.begin(request());
        p.progress("reading big.csv", 0, 100);
        now = 400_000_000L;
        p.progress("reading big.csv", 10, 100);
        now = 600_000_000L;
        p.progress("reading big.csv", 20, 100);
        now = 700_000_000L;
        p.progress("reading big.csv", 30, 100);
        now = 900_000_000L;
        p.progress("reading big.csv", 43, 100);
        p.finished("reading big.csv");
        assertEquals(List.of("display_data: reading big.csv   20%", "update_display_data: reading big.csv   43%",
                "update_display_data: reading big.csv  done"), sent);
        assertEquals(1, ids.stream().distinct().count(), "one display, updated");
    }

    @Test
    void showsNothingOutsideACellOrForShortTasks() {
        ProgressDisplay p = display();
        p.progress("pass", 0, 10);
        now = 2_000_000_000L;
        p.progress("pass", 5, 10);
        p.begin(request());
        p.progress("quick", 0, 10);
        p.finished("quick");
        p.end();
        assertEquals(List.of(), sent);
    }
}
