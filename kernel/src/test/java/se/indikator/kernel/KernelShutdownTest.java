package se.indikator.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shutdown request on the control channel is answered (with its restart flag) and ends the kernel. */
class KernelShutdownTest {
    @TempDir
    Path dir;

    @Test
    void shutdownRepliesAndEnds() throws Exception {
        try (KernelClient client = new KernelClient(dir, null)) {
            JsonObject c = new JsonObject();
            c.addProperty("restart", true);
            String id = client.send(client.control, "shutdown_request", c);
            Message reply = client.reply(client.control, 5000).orElseThrow(() -> new AssertionError("no shutdown_reply"));
            assertEquals("shutdown_reply", reply.type());
            assertEquals(id, reply.parentHeader().get("msg_id").getAsString());
            assertTrue(reply.content().get("restart").getAsBoolean());
            client.thread.join(3000);
            assertFalse(client.thread.isAlive(), "the kernel has stopped");
            assertTrue(client.kernel.restartRequested());
        }
    }
}
