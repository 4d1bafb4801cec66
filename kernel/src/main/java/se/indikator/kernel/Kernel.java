package se.indikator.kernel;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import se.indikator.runtime.session.JavaCells;
import se.indikator.runtime.session.Session;

/**
 * A Jupyter kernel (messaging protocol 5.3) over one {@link Session}: it binds the five channels of a
 * connection file with ZeroMQ, answers the shell channel's requests one at a time on the thread that calls
 * {@link #run}, the control channel's ({@code shutdown}, {@code interrupt}, {@code kernel_info}) on a thread
 * of its own so that they are answered while a cell runs, and echoes heartbeats on a third. Every message
 * received is checked against the connection's key and every message sent is signed with it.
 */
public final class Kernel {
    private final ConnectionInfo info;
    private final Session session;
    private final Wire wire;
    private final String id = UUID.randomUUID().toString();
    private final ZContext context = new ZContext();
    private final History history = new History();
    private volatile boolean stopping;
    private volatile boolean restart;
    private Publisher publisher;
    private CellRunner cells;
    private Answers answers;

    /** A kernel for the channels of {@code info}, running cells in {@code session}. */
    public Kernel(ConnectionInfo info, Session session) {
        this.info = info;
        this.session = session;
        this.wire = new Wire(Signer.of(info.signatureScheme(), info.key()));
    }

    /**
     * Runs the kernel of a connection file with the notebook's folder (the working folder) as the session's
     * folder and {@code javaCells} (may be null) evaluating Java cells, until a shutdown request; returns the
     * exit status. Problems are told on {@code err} in a sentence.
     */
    public static int serve(Path connectionFile, JavaCells javaCells, PrintStream err) {
        ConnectionInfo info;
        try {
            info = ConnectionInfo.read(connectionFile);
        } catch (IOException e) {
            err.println("indikator kernel: cannot read the connection file: " + e.getMessage());
            return 2;
        }
        Session session = new Session(Path.of("").toAbsolutePath());
        if (javaCells != null) {
            session.javaCells(javaCells);
        }
        try {
            new Kernel(info, session).run();
            return 0;
        } catch (IllegalArgumentException | org.zeromq.ZMQException e) {
            err.println("indikator kernel: cannot start: " + e.getMessage());
            return 2;
        }
    }

    /** Binds the channels and serves until a shutdown request (or {@link #stop}). */
    public void run() {
        ZMQ.Socket shell = bind(SocketType.ROUTER, info.shellPort());
        ZMQ.Socket control = bind(SocketType.ROUTER, info.controlPort());
        ZMQ.Socket iopub = bind(SocketType.PUB, info.iopubPort());
        ZMQ.Socket stdin = bind(SocketType.ROUTER, info.stdinPort());
        ZMQ.Socket heartbeat = bind(SocketType.REP, info.heartbeatPort());
        publisher = new Publisher(iopub, wire, id);
        cells = new CellRunner(session, publisher, history);
        answers = new Answers(session, history);
        Thread beat = daemon("indikator-heartbeat", () -> heartbeat(heartbeat));
        Thread ctl = daemon("indikator-control", () -> control(control));
        publisher.status("starting", null);
        try {
            serveShell(shell);
        } finally {
            stopping = true;
            cells.close();
            join(ctl);
            join(beat);
            stdin.setLinger(0);
            context.close();
        }
    }

    /** Asks the kernel to stop (as a shutdown request does). */
    public void stop() {
        stopping = true;
    }

    /** Whether the last shutdown request asked for a restart. */
    public boolean restartRequested() {
        return restart;
    }

    private ZMQ.Socket bind(SocketType type, int port) {
        ZMQ.Socket s = context.createSocket(type);
        s.setLinger(1000);
        s.bind(info.address(port));
        return s;
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void join(Thread t) {
        try {
            t.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void heartbeat(ZMQ.Socket socket) {
        socket.setReceiveTimeOut(100);
        while (!stopping) {
            byte[] ping = socket.recv(0);
            if (ping != null) {
                socket.send(ping, 0);
            }
        }
    }

    private void serveShell(ZMQ.Socket shell) {
        try (ZMQ.Poller poller = context.createPoller(1)) {
            poller.register(shell, ZMQ.Poller.POLLIN);
            while (!stopping) {
                if (poller.poll(100) > 0 && poller.pollin(0)) {
                    wire.receive(shell, ZMQ.DONTWAIT).ifPresent(m -> onShell(shell, m));
                }
            }
        }
    }

    private void control(ZMQ.Socket control) {
        try (ZMQ.Poller poller = context.createPoller(1)) {
            poller.register(control, ZMQ.Poller.POLLIN);
            while (!stopping) {
                if (poller.poll(100) > 0 && poller.pollin(0)) {
                    wire.receive(control, ZMQ.DONTWAIT).ifPresent(m -> onControl(control, m));
                }
            }
        }
    }

    private void onControl(ZMQ.Socket control, Message m) {
        switch (m.type()) {
            case "interrupt_request" -> {
                cells.interrupt();
                reply(control, m, "interrupt_reply", ok());
            }
            case "shutdown_request" -> shutdown(control, m);
            case "kernel_info_request" -> reply(control, m, "kernel_info_reply", Answers.kernelInfo());
            default -> {
                Optional<JsonObject> content = answer(m);
                if (content.isPresent()) {
                    reply(control, m, m.type().replace("_request", "_reply"), content.get());
                } else {
                    System.err.println("indikator kernel: ignored a " + m.type() + " on the control channel");
                }
            }
        }
    }

    private void onShell(ZMQ.Socket shell, Message m) {
        publisher.status("busy", m);
        try {
            switch (m.type()) {
                case "execute_request" -> {
                    JsonObject content = cells.execute(m);
                    // the requests queued behind a failed cell are taken before its reply and answered after it, so
                    // that a cell the client sends on seeing the reply is never taken for a queued one
                    boolean failed = "error".equals(content.get("status").getAsString()) && m.flag("stop_on_error", true);
                    List<Message> queued = failed ? queued(shell) : List.of();
                    reply(shell, m, "execute_reply", content);
                    abort(shell, queued);
                }
                case "kernel_info_request" -> reply(shell, m, "kernel_info_reply", Answers.kernelInfo());
                case "shutdown_request" -> shutdown(shell, m);
                case "interrupt_request" -> {
                    cells.interrupt();
                    reply(shell, m, "interrupt_reply", ok());
                }
                default -> {
                    Optional<JsonObject> content = answer(m);
                    if (content.isPresent()) {
                        reply(shell, m, m.type().replace("_request", "_reply"), content.get());
                    } else if (!m.type().startsWith("comm_")) {
                        System.err.println("indikator kernel: ignored a " + m.type());
                    }
                }
            }
        } catch (RuntimeException e) {
            System.err.println("indikator kernel: internal error answering a " + m.type() + ": " + e);
        } finally {
            publisher.status("idle", m);
        }
    }

    /** The content of a reply to a request that runs nothing, or empty for a request it does not answer. */
    private Optional<JsonObject> answer(Message m) {
        return switch (m.type()) {
            case "complete_request" -> Optional.of(answers.complete(m));
            case "inspect_request" -> Optional.of(answers.inspect(m));
            case "is_complete_request" -> Optional.of(Answers.isComplete(m.text("code", "")));
            case "history_request" -> Optional.of(answers.history(m));
            case "comm_info_request" -> Optional.of(Answers.commInfo());
            default -> Optional.empty();
        };
    }

    /** The requests waiting on the shell channel now, taken off it (after a failed cell, before its reply). */
    private List<Message> queued(ZMQ.Socket shell) {
        List<Message> queued = new ArrayList<>();
        try (ZMQ.Poller poller = context.createPoller(1)) {
            poller.register(shell, ZMQ.Poller.POLLIN);
            while (!stopping && poller.poll(0) > 0 && poller.pollin(0)) {
                wire.receive(shell, ZMQ.DONTWAIT).ifPresent(queued::add);
            }
        }
        return queued;
    }

    /**
     * Answers the requests that were queued behind a failed cell with {@code stop_on_error}: cells {@code aborted},
     * other requests as usual.
     */
    private void abort(ZMQ.Socket shell, List<Message> queued) {
        for (Message m : queued) {
            if (!m.type().equals("execute_request")) {
                onShell(shell, m);
                continue;
            }
            publisher.status("busy", m);
            JsonObject content = new JsonObject();
            content.addProperty("status", "aborted");
            content.addProperty("execution_count", cells.count());
            reply(shell, m, "execute_reply", content);
            publisher.status("idle", m);
        }
    }

    private void shutdown(ZMQ.Socket socket, Message m) {
        restart = m.flag("restart", false);
        JsonObject content = ok();
        content.addProperty("restart", restart);
        reply(socket, m, "shutdown_reply", content);
        cells.interrupt();
        stopping = true;
    }

    private static JsonObject ok() {
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        return c;
    }

    private void reply(ZMQ.Socket socket, Message request, String type, JsonObject content) {
        wire.send(socket, new Message(request.identities(), Message.header(type, id), request.header(),
                new JsonObject(), content));
    }
}
