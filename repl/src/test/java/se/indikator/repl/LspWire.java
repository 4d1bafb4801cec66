package se.indikator.repl;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An editor's end of the language server protocol written from the specification alone, for testing the
 * {@code indikator lsp} process: messages framed by a {@code Content-Length} header, requests answered by id,
 * notifications kept in the order they came.
 */
final class LspWire implements AutoCloseable {
    private final OutputStream out;
    private final BlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
    private final List<JsonObject> notifications = new ArrayList<>();
    private final Thread reader;
    private int nextId = 1;

    LspWire(InputStream in, OutputStream out) {
        this.out = out;
        this.reader = new Thread(() -> {
            try {
                for (JsonObject m = read(in); m != null; m = read(in)) {
                    incoming.add(m);
                }
            } catch (IOException e) {
                // the server's output ended
            }
        }, "lsp-wire-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** One framed message from {@code in}, or null at its end. */
    static JsonObject read(InputStream in) throws IOException {
        int length = -1;
        while (true) {
            String header = line(in);
            if (header == null) {
                return null;
            }
            if (header.isEmpty()) {
                break;
            }
            if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).strip());
            }
        }
        if (length < 0) {
            throw new IOException("a message without Content-Length");
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            return null;
        }
        return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return null;
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    private synchronized void send(JsonObject message) throws IOException {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Sends bytes as they are, framed or not (a broken client). */
    synchronized void raw(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Sends a request and waits for its response's result (a response with an error fails). */
    JsonElement request(String method, JsonObject params) throws Exception {
        int id = nextId++;
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("id", id);
        m.addProperty("method", method);
        m.add("params", params);
        send(m);
        while (true) {
            JsonObject r = next();
            if (r.has("id") && r.get("id").getAsInt() == id && !r.has("method")) {
                if (r.has("error")) {
                    throw new AssertionError(method + " failed: " + r.get("error"));
                }
                return r.get("result");
            }
            notifications.add(r);
        }
    }

    void notify(String method, JsonObject params) throws IOException {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        m.add("params", params);
        send(m);
    }

    /** The next notification called {@code method}, among those kept or still to come. */
    JsonObject notification(String method) throws Exception {
        for (int i = 0; i < notifications.size(); i++) {
            if (notifications.get(i).get("method").getAsString().equals(method)) {
                return notifications.remove(i).getAsJsonObject("params");
            }
        }
        while (true) {
            JsonObject m = next();
            if (m.has("method") && m.get("method").getAsString().equals(method)) {
                return m.getAsJsonObject("params");
            }
            notifications.add(m);
        }
    }

    private JsonObject next() throws InterruptedException {
        JsonObject m = incoming.poll(120, TimeUnit.SECONDS);
        if (m == null) {
            throw new AssertionError("the server said nothing for 120 s");
        }
        return m;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
