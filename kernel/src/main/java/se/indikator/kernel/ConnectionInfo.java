package se.indikator.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Jupyter connection file: the transport, the address and the five channels' ports, and the key and
 * scheme the messages are signed with (an empty key means the messages are not signed).
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int controlPort, int iopubPort,
        int stdinPort, int heartbeatPort, String signatureScheme, String key) {

    /** Reads a connection file as the front-end wrote it. */
    public static ConnectionInfo read(Path file) throws IOException {
        JsonObject o;
        try {
            o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException("not a connection file (JSON with the channels' ports): " + file.getFileName());
        }
        try {
            return new ConnectionInfo(text(o, "transport", "tcp"), text(o, "ip", "127.0.0.1"),
                    o.get("shell_port").getAsInt(), o.get("control_port").getAsInt(), o.get("iopub_port").getAsInt(),
                    o.get("stdin_port").getAsInt(), o.get("hb_port").getAsInt(),
                    text(o, "signature_scheme", "hmac-sha256"), text(o, "key", ""));
        } catch (RuntimeException e) {
            throw new IOException("the connection file " + file.getFileName() + " lacks a channel's port");
        }
    }

    private static String text(JsonObject o, String name, String otherwise) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : otherwise;
    }

    /** The ZeroMQ address of a port, e.g. {@code tcp://127.0.0.1:5555}. */
    public String address(int port) {
        return "ipc".equals(transport) ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }

    /** The connection file's JSON (what a client writes before starting a kernel; the tests use it). */
    public String toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("transport", transport);
        o.addProperty("ip", ip);
        o.addProperty("shell_port", shellPort);
        o.addProperty("control_port", controlPort);
        o.addProperty("iopub_port", iopubPort);
        o.addProperty("stdin_port", stdinPort);
        o.addProperty("hb_port", heartbeatPort);
        o.addProperty("signature_scheme", signatureScheme);
        o.addProperty("key", key);
        return o.toString();
    }
}
