package se.indikator.kernel;

import com.google.gson.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * One Jupyter message: the routing identities it came with (or goes to), its header, its parent's header,
 * metadata and content, all JSON objects.
 */
record Message(List<byte[]> identities, JsonObject header, JsonObject parentHeader, JsonObject metadata,
        JsonObject content) {

    /** The protocol version the kernel speaks. */
    static final String PROTOCOL_VERSION = "5.3";

    Message {
        identities = List.copyOf(identities);
    }

    /** The message's type, e.g. {@code execute_request}. */
    String type() {
        return header.has("msg_type") ? header.get("msg_type").getAsString() : "";
    }

    /** The message's id. */
    String id() {
        return header.has("msg_id") ? header.get("msg_id").getAsString() : "";
    }

    /** A string field of the content, or {@code otherwise}. */
    String text(String field, String otherwise) {
        return content.has(field) && content.get(field).isJsonPrimitive() ? content.get(field).getAsString() : otherwise;
    }

    /** A boolean field of the content, or {@code otherwise}. */
    boolean flag(String field, boolean otherwise) {
        return content.has(field) && content.get(field).isJsonPrimitive() ? content.get(field).getAsBoolean() : otherwise;
    }

    /** An integer field of the content, or {@code otherwise}. */
    int number(String field, int otherwise) {
        return content.has(field) && content.get(field).isJsonPrimitive() ? content.get(field).getAsInt() : otherwise;
    }

    /** A new header of this kernel's session. */
    static JsonObject header(String type, String session) {
        JsonObject h = new JsonObject();
        h.addProperty("msg_id", UUID.randomUUID().toString());
        h.addProperty("session", session);
        h.addProperty("username", "indikator");
        h.addProperty("date", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        h.addProperty("msg_type", type);
        h.addProperty("version", PROTOCOL_VERSION);
        return h;
    }
}
