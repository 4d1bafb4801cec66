package se.indikator.kernel;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import se.indikator.runtime.session.JavaCells;
import se.indikator.runtime.session.Session;

/**
 * A Jupyter client for the tests: starts a kernel on loopback ports with a random key on a thread of its
 * own and speaks to it over JeroMQ (shell and control as DEALER, IOPub as SUB, heartbeat as REQ).
 */
final class KernelClient implements AutoCloseable {
    final ConnectionInfo info;
    final Kernel kernel;
    final Thread thread;
    final ZContext context = new ZContext();
    final ZMQ.Socket shell;
    final ZMQ.Socket control;
    final ZMQ.Socket iopub;
    final ZMQ.Socket heartbeat;
    final Wire wire;
    final String session = UUID.randomUUID().toString();

    KernelClient(Path workDir, JavaCells cells) throws IOException {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        int[] ports = freePorts(5);
        info = new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], "hmac-sha256",
                HexFormat.of().formatHex(key));
        Session s = new Session(workDir);
        if (cells != null) {
            s.javaCells(cells);
        }
        kernel = new Kernel(info, s);
        thread = new Thread(kernel::run, "test-kernel");
        thread.setDaemon(true);
        thread.start();
        wire = new Wire(Signer.of(info.signatureScheme(), info.key()));
        shell = connect(SocketType.DEALER, info.shellPort());
        control = connect(SocketType.DEALER, info.controlPort());
        iopub = connect(SocketType.SUB, info.iopubPort());
        iopub.subscribe(new byte[0]);
        heartbeat = connect(SocketType.REQ, info.heartbeatPort());
        awaitReady();
    }

    static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        int[] ports = new int[n];
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
        return ports;
    }

    private ZMQ.Socket connect(SocketType type, int port) {
        ZMQ.Socket s = context.createSocket(type);
        s.setLinger(0);
        s.connect(info.address(port));
        return s;
    }

    /** Asks for the kernel's information until IOPub carries the answer's status (the subscription is live). */
    private void awaitReady() {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            String id = send(shell, "kernel_info_request", new JsonObject());
            reply(shell, 5000).orElseThrow(() -> new AssertionError("no kernel_info_reply"));
            Optional<Message> m;
            while ((m = next(iopub, 200)).isPresent()) {
                if (m.get().parentHeader().has("msg_id") && m.get().parentHeader().get("msg_id").getAsString().equals(id)) {
                    drain(iopub, 200);
                    return;
                }
            }
        }
        throw new AssertionError("the kernel's IOPub never answered");
    }

    /** A request message of this client's session. */
    Message request(String type, JsonObject content) {
        JsonObject h = Message.header(type, session);
        return new Message(List.of(), h, new JsonObject(), new JsonObject(), content);
    }

    /** Sends a request; returns its id. */
    String send(ZMQ.Socket socket, String type, JsonObject content) {
        Message m = request(type, content);
        wire.send(socket, m);
        return m.id();
    }

    /** The next message on a socket within the time, if any. */
    Optional<Message> next(ZMQ.Socket socket, int millis) {
        socket.setReceiveTimeOut(millis);
        return wire.receive(socket, 0);
    }

    Optional<Message> reply(ZMQ.Socket socket, int millis) {
        return next(socket, millis);
    }

    void drain(ZMQ.Socket socket, int millis) {
        while (next(socket, millis).isPresent()) {
            // discard
        }
    }

    /** The IOPub messages of one request, up to and including its idle status. */
    List<Message> iopubOf(String parentId, int millis) {
        List<Message> out = new ArrayList<>();
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            Optional<Message> m = next(iopub, 200);
            if (m.isEmpty()) {
                continue;
            }
            if (!m.get().parentHeader().has("msg_id") || !m.get().parentHeader().get("msg_id").getAsString().equals(parentId)) {
                continue;
            }
            out.add(m.get());
            if (m.get().type().equals("status") && m.get().content().get("execution_state").getAsString().equals("idle")) {
                return out;
            }
        }
        throw new AssertionError("no idle status for " + parentId + " after " + out.stream().map(Message::type).toList());
    }

    /** An execute request's content. */
    static JsonObject execute(String code) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("silent", false);
        c.addProperty("store_history", true);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", false);
        c.addProperty("stop_on_error", true);
        return c;
    }

    @Override
    public void close() throws InterruptedException {
        kernel.stop();
        thread.join(5000);
        context.close();
    }
}
