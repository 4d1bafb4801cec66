package se.indikator.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel over its sockets: the order of IOPub messages and their parents, execute replies, a tampered
 * message dropped, completion, inspection, completeness, stop-on-error and history.
 */
class KernelProtocolTest {
    @TempDir
    static Path dir;
    static KernelClient client;

    static final String DECLARE = """
            data d = read "d.csv"
            indicator share "Share with event" {
                numerator count(*) from d where event == 1
                denominator count(*) from d
                measure percent
                area "Testing"
            }
            """;

    @BeforeAll
    static void start() throws IOException {
        writeData(dir.resolve("d.csv"), 400);
        client = new KernelClient(dir, null);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        client.close();
    }

    static void writeData(Path file, int rows) throws IOException {
        Random r = new Random(1);
        StringBuilder sb = new StringBuilder("region,sex,age,event,bad name\n");
        for (int i = 0; i < rows; i++) {
            sb.append(r.nextBoolean() ? "Nord" : "Syd").append(',').append(r.nextBoolean() ? "K" : "M").append(',')
                    .append(20 + r.nextInt(70)).append(',').append(r.nextInt(2)).append(',').append(i).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    record Run(Message reply, List<Message> iopub) {
        List<String> types() {
            return iopub.stream().map(Message::type).toList();
        }
    }

    static Run execute(String code) {
        String id = client.send(client.shell, "execute_request", KernelClient.execute(code));
        Message reply = client.reply(client.shell, 30_000).orElseThrow(() -> new AssertionError("no execute_reply"));
        assertEquals(id, reply.parentHeader().get("msg_id").getAsString());
        return new Run(reply, client.iopubOf(id, 10_000));
    }

    static Message ask(String type, JsonObject content) {
        String id = client.send(client.shell, type, content);
        Message reply = client.reply(client.shell, 10_000).orElseThrow(() -> new AssertionError("no reply to " + type));
        assertEquals(type.replace("_request", "_reply"), reply.type());
        assertEquals(id, reply.parentHeader().get("msg_id").getAsString());
        client.iopubOf(id, 5000);
        return reply;
    }

    @Test
    void kernelInfoNamesTheLanguage() {
        Message reply = ask("kernel_info_request", new JsonObject());
        JsonObject c = reply.content();
        assertEquals("5.3", c.get("protocol_version").getAsString());
        JsonObject lang = c.getAsJsonObject("language_info");
        assertEquals("indikator", lang.get("name").getAsString());
        assertEquals(".ind", lang.get("file_extension").getAsString());
        assertEquals("text/x-indikator", lang.get("mimetype").getAsString());
        assertEquals("5.3", reply.header().get("version").getAsString());
    }

    @Test
    void executePublishesBusyInputOutputsIdleInOrder() {
        Run run = execute(DECLARE + "#' Some *prose*.\nshow share by region\nplot share by region\ncatalogue");
        assertEquals("ok", run.reply().content().get("status").getAsString(), run.reply().content().toString());
        List<String> types = run.types();
        assertEquals(List.of("status", "execute_input", "display_data", "display_data", "display_data", "execute_result",
                "status"), types);
        assertEquals("busy", run.iopub().get(0).content().get("execution_state").getAsString());
        assertEquals("idle", run.iopub().get(types.size() - 1).content().get("execution_state").getAsString());
        int count = run.reply().content().get("execution_count").getAsInt();
        assertEquals(count, run.iopub().get(1).content().get("execution_count").getAsInt());
        assertTrue(run.iopub().get(2).content().getAsJsonObject("data").has("text/markdown"));
        JsonObject table = run.iopub().get(3).content().getAsJsonObject("data");
        String html = table.get("text/html").getAsString();
        assertTrue(html.contains("<caption") && html.contains("<th>region</th>") && html.contains("text-align: right"), html);
        assertTrue(table.get("text/plain").getAsString().contains("Nord"));
        JsonObject chart = run.iopub().get(4).content().getAsJsonObject("data");
        assertTrue(chart.get("image/png").getAsString().startsWith("iVBOR"), "base64 PNG");
        assertTrue(chart.get("image/svg+xml").getAsString().startsWith("<svg"), "the bare svg element");
        assertTrue(chart.get("text/html").getAsString().contains("<svg"));
        assertEquals(count, run.iopub().get(5).content().get("execution_count").getAsInt());
    }

    @Test
    void errorsGoToIopubAndTheReply() {
        Run run = execute("show nothing_declared_here");
        JsonObject c = run.reply().content();
        assertEquals("error", c.get("status").getAsString());
        assertEquals("E102", c.get("ename").getAsString());
        assertTrue(c.get("evalue").getAsString().contains("nothing_declared_here"));
        String tb = c.getAsJsonArray("traceback").get(0).getAsString();
        assertTrue(tb.startsWith("In[") && tb.contains("error[E102]") && tb.contains("^"), tb);
        assertEquals(List.of("status", "execute_input", "error", "status"), run.types());
    }

    @Test
    void warningsGoToStderr() {
        Run run = execute("list a = \"x\", \"y\"\nlist a = \"x\", \"z\"");
        Message stream = run.iopub().stream().filter(m -> m.type().equals("stream")).findFirst().orElseThrow();
        assertEquals("stderr", stream.content().get("name").getAsString());
        assertTrue(stream.content().get("text").getAsString().contains("W101"));
    }

    @Test
    void aTamperedMessageIsDropped() {
        Message m = client.request("kernel_info_request", new JsonObject());
        List<byte[]> frames = client.wire.encode(m);
        byte[] sig = frames.get(1).clone();
        sig[0] = (byte) (sig[0] == 'a' ? 'b' : 'a');
        frames.set(1, sig);
        for (int i = 0; i < frames.size(); i++) {
            client.shell.send(frames.get(i), i + 1 < frames.size() ? org.zeromq.ZMQ.SNDMORE : 0);
        }
        assertTrue(client.reply(client.shell, 700).isEmpty(), "a message with a wrong signature gets no reply");
        List<byte[]> unsigned = client.wire.encode(client.request("kernel_info_request", new JsonObject()));
        unsigned.set(1, new byte[0]);
        for (int i = 0; i < unsigned.size(); i++) {
            client.shell.send(unsigned.get(i), i + 1 < unsigned.size() ? org.zeromq.ZMQ.SNDMORE : 0);
        }
        assertTrue(client.reply(client.shell, 700).isEmpty(), "an unsigned message gets no reply");
        ask("kernel_info_request", new JsonObject());
    }

    static JsonObject at(String code, int cursor) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("cursor_pos", cursor);
        c.addProperty("detail_level", 0);
        return c;
    }

    static List<String> matches(Message reply) {
        return reply.content().getAsJsonArray("matches").asList().stream().map(e -> e.getAsString()).toList();
    }

    @Test
    void completesNamesColumnsAndPaths() {
        assertEquals("ok", execute(DECLARE).reply().content().get("status").getAsString());
        assertTrue(matches(ask("complete_request", at("catal", 5))).contains("catalogue"));
        Message ind = ask("complete_request", at("show sh", 7));
        assertTrue(matches(ind).contains("share"), matches(ind).toString());
        assertEquals(5, ind.content().get("cursor_start").getAsInt());
        assertEquals(7, ind.content().get("cursor_end").getAsInt());
        assertTrue(matches(ask("complete_request", at("show share by reg", 17))).contains("region"));
        assertTrue(matches(ask("complete_request", at("show share where `ba", 20))).contains("`bad name`"));
        Message path = ask("complete_request", at("data e = read \"d.", 17));
        assertEquals(List.of("d.csv"), matches(path));
        assertEquals(15, path.content().get("cursor_start").getAsInt());
        String sv = "show share där åå";
        assertEquals(sv.length(), ask("complete_request", at(sv, sv.codePointCount(0, sv.length())))
                .content().get("cursor_end").getAsInt());
    }

    @Test
    void inspectsIndicatorsAndData() {
        execute(DECLARE);
        Message ind = ask("inspect_request", at("show share by region", 8));
        assertTrue(ind.content().get("found").getAsBoolean());
        String text = ind.content().getAsJsonObject("data").get("text/plain").getAsString();
        assertTrue(text.contains("numerator count(*) from d where event == 1") && text.contains("Testing"), text);
        Message data = ask("inspect_request", at("d", 1));
        String d = data.content().getAsJsonObject("data").get("text/plain").getAsString();
        assertTrue(d.contains("400 rows") && d.contains("region  text  missing 0") && d.contains("age  integer"), d);
        assertFalse(ask("inspect_request", at("zzz", 1)).content().get("found").getAsBoolean());
    }

    @Test
    void isCompleteFollowsTheShellsRule() {
        JsonObject c = new JsonObject();
        c.addProperty("code", "catalogue");
        assertEquals("complete", ask("is_complete_request", c).content().get("status").getAsString());
        c.addProperty("code", "indicator x {\n  numerator");
        Message inc = ask("is_complete_request", c);
        assertEquals("incomplete", inc.content().get("status").getAsString());
        assertEquals("    ", inc.content().get("indent").getAsString());
        c.addProperty("code", "show x by )");
        assertEquals("invalid", ask("is_complete_request", c).content().get("status").getAsString());
    }

    @Test
    void stopOnErrorAbortsTheQueuedCells() {
        String first = client.send(client.shell, "execute_request", KernelClient.execute("show nothing_here"));
        String second = client.send(client.shell, "execute_request", KernelClient.execute("catalogue"));
        Message r1 = client.reply(client.shell, 20_000).orElseThrow();
        Message r2 = client.reply(client.shell, 20_000).orElseThrow();
        assertEquals(first, r1.parentHeader().get("msg_id").getAsString());
        assertEquals("error", r1.content().get("status").getAsString());
        assertEquals(second, r2.parentHeader().get("msg_id").getAsString());
        assertEquals("aborted", r2.content().get("status").getAsString());
        client.iopubOf(second, 5000);
        assertEquals("ok", execute("catalogue").reply().content().get("status").getAsString());
    }

    @Test
    void historyAndCommInfo() {
        execute("catalogue");
        JsonObject c = new JsonObject();
        c.addProperty("hist_access_type", "tail");
        c.addProperty("n", 1);
        c.addProperty("output", false);
        c.addProperty("raw", true);
        JsonArray h = ask("history_request", c).content().getAsJsonArray("history");
        assertEquals(1, h.size());
        assertEquals("catalogue", h.get(0).getAsJsonArray().get(2).getAsString());
        assertEquals(0, ask("comm_info_request", new JsonObject()).content().getAsJsonObject("comms").size());
    }

    @Test
    void heartbeatEchoes() {
        client.heartbeat.send("ping".getBytes(StandardCharsets.UTF_8), 0);
        client.heartbeat.setReceiveTimeOut(2000);
        assertEquals("ping", new String(client.heartbeat.recv(0), StandardCharsets.UTF_8));
    }
}
