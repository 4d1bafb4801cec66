package se.indikator.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames and signatures: a message round-trips, a changed byte or another key is refused, no key signs nothing. */
class WireTest {
    static Message message() {
        JsonObject content = new JsonObject();
        content.addProperty("code", "show x by region — å");
        return new Message(List.of("id".getBytes(StandardCharsets.UTF_8)), Message.header("execute_request", "s"),
                new JsonObject(), new JsonObject(), content);
    }

    @Test
    void roundTripsSigned() {
        Wire wire = new Wire(Signer.of("hmac-sha256", "secret"));
        List<byte[]> frames = wire.encode(message());
        assertEquals(64, frames.get(2).length, "hex HMAC-SHA256");
        Message back = wire.decode(frames).orElseThrow();
        assertEquals("show x by region — å", back.text("code", ""));
        assertEquals("id", new String(back.identities().get(0), StandardCharsets.UTF_8));
    }

    @Test
    void refusesTamperedOrForeignMessages() {
        Wire wire = new Wire(Signer.of("hmac-sha256", "secret"));
        List<byte[]> frames = new java.util.ArrayList<>(wire.encode(message()));
        byte[] content = frames.get(frames.size() - 1).clone();
        content[5] ^= 1;
        frames.set(frames.size() - 1, content);
        assertTrue(wire.decode(frames).isEmpty());
        assertTrue(wire.decode(new Wire(Signer.of("hmac-sha256", "other")).encode(message())).isEmpty());
        assertTrue(wire.decode(List.of("junk".getBytes(StandardCharsets.UTF_8))).isEmpty());
    }

    @Test
    void anEmptyKeyMeansNoSigning() {
        Wire wire = new Wire(Signer.of("hmac-sha256", ""));
        List<byte[]> frames = wire.encode(message());
        assertEquals(0, frames.get(2).length);
        assertTrue(wire.decode(frames).isPresent());
    }
}
