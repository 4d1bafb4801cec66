package se.indikator.kernel;

import com.google.gson.JsonObject;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * The IOPub channel: broadcasts status, inputs, outputs and errors, each with the header of the request
 * it belongs to as its parent. Several threads publish (the cell's, the progress display's, the control
 * channel's), so sending is serialised here.
 */
final class Publisher {
    private final ZMQ.Socket socket;
    private final Wire wire;
    private final String session;

    Publisher(ZMQ.Socket socket, Wire wire, String session) {
        this.socket = socket;
        this.wire = wire;
        this.session = session;
    }

    /** Publishes a message of {@code type} with {@code content}, as a child of {@code parent} (null: none). */
    synchronized void publish(String type, JsonObject content, Message parent) {
        JsonObject parentHeader = parent == null ? new JsonObject() : parent.header();
        Message m = new Message(List.of(type.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Message.header(type, session), parentHeader, new JsonObject(), content);
        wire.send(socket, m);
    }

    /** The kernel's state: {@code starting}, {@code busy} or {@code idle}. */
    void status(String state, Message parent) {
        JsonObject c = new JsonObject();
        c.addProperty("execution_state", state);
        publish("status", c, parent);
    }

    /** Text on a stream, {@code stdout} or {@code stderr}. */
    void stream(String name, String text, Message parent) {
        JsonObject c = new JsonObject();
        c.addProperty("name", name);
        c.addProperty("text", text);
        publish("stream", c, parent);
    }
}
