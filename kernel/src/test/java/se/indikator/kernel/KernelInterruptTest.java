package se.indikator.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.model.FunctionDef;
import se.indikator.runtime.model.ValueType;
import se.indikator.runtime.session.JavaCells;

/**
 * An interrupt request on the control channel stops the running cell within two seconds — a Java cell that
 * loops until it is stopped, and a long pass over the rows — and the next cell runs; a shutdown request is
 * answered and ends the kernel.
 */
class KernelInterruptTest {
    @TempDir
    static Path dir;
    static KernelClient client;

    /** Java cells that loop until stopped ({@code loop}) or define a slow function ({@code slow}). */
    static final class LoopingCells implements JavaCells {
        volatile boolean stop;

        @Override
        public Outcome eval(String code) {
            if (code.contains("loop")) {
                stop = false;
                while (!stop) {
                    Thread.onSpinWait(); // ignores interrupts, as while(true){} does: only stop() ends it
                }
                return new Outcome(List.of(new Problem(true, 1, 1, "the cell was stopped")), List.of(), "");
            }
            return new Outcome(List.of(), List.of(new FunctionDef("slow", List.of(ValueType.NUMBER), ValueType.BOOLEAN,
                    "spins 50 µs", a -> {
                        long end = System.nanoTime() + 50_000;
                        while (System.nanoTime() < end) {
                            Thread.onSpinWait();
                        }
                        return Boolean.TRUE;
                    })), "");
        }

        @Override
        public void stop() {
            stop = true;
        }
    }

    @BeforeAll
    static void start() throws IOException {
        StringBuilder sb = new StringBuilder("id,event\n");
        for (int i = 0; i < 300_000; i++) {
            sb.append(i).append(',').append(i % 2).append('\n');
        }
        Files.writeString(dir.resolve("big.csv"), sb.toString(), StandardCharsets.UTF_8);
        client = new KernelClient(dir, new LoopingCells());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        client.close();
    }

    /** Starts a cell, interrupts it after a second; returns the cell's IOPub messages. */
    static List<Message> interruptAfterASecond(String code) throws InterruptedException {
        String id = client.send(client.shell, "execute_request", KernelClient.execute(code));
        Thread.sleep(1000);
        assertTrue(client.reply(client.shell, 0).isEmpty(), "the cell is still running");
        long t0 = System.nanoTime();
        client.send(client.control, "interrupt_request", new JsonObject());
        Message reply = client.reply(client.shell, 5000).orElseThrow(() -> new AssertionError("no execute_reply"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("interrupt_reply", client.reply(client.control, 2000).orElseThrow().type());
        assertEquals(id, reply.parentHeader().get("msg_id").getAsString());
        assertEquals("error", reply.content().get("status").getAsString());
        assertEquals("Interrupted", reply.content().get("ename").getAsString());
        List<Message> iopub = client.iopubOf(id, 5000);
        assertTrue(iopub.stream().anyMatch(m -> m.type().equals("error")));
        assertTrue(ms < 2000, "the interrupt took " + ms + " ms");
        System.out.println("interrupt of " + code.lines().findFirst().orElse("") + ": " + ms + " ms");
        return iopub;
    }

    static void nextCellRuns() {
        String id = client.send(client.shell, "execute_request", KernelClient.execute("catalogue"));
        long t0 = System.nanoTime();
        Message reply = client.reply(client.shell, 5000).orElseThrow(() -> new AssertionError("the next cell did not run"));
        assertEquals("ok", reply.content().get("status").getAsString(), reply.content().toString());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000, "the next cell ran at once");
        client.iopubOf(id, 5000);
    }

    @Test
    void interruptsALoopingJavaCell() throws InterruptedException {
        interruptAfterASecond("java {\n  loop\n}");
        nextCellRuns();
    }

    @Test
    void interruptsALongComputation() throws InterruptedException {
        String declare = """
                data big = read "big.csv"
                java { slow }
                indicator events "Events" {
                    numerator count(*) from big where event == 1 and slow(id)
                    denominator count(*) from big where slow(id)
                    measure percent
                }
                """;
        String id = client.send(client.shell, "execute_request", KernelClient.execute(declare));
        assertEquals("ok", client.reply(client.shell, 30_000).orElseThrow().content().get("status").getAsString());
        client.iopubOf(id, 5000);
        interruptAfterASecond("show events");
        nextCellRuns();
    }
}
