package se.indikator.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.output.StatementResult;
import se.indikator.runtime.session.Session;

/**
 * Executes cells: each cell's text runs as a script through the one session on a worker thread (so that an
 * interrupt can stop it), and its outputs go to IOPub in order — tables and charts as display data (a cell's
 * last table as its {@code execute_result}), prose as Markdown, text and Java cells' output on
 * {@code stdout}, warnings on {@code stderr} — then the {@code execute_reply}: {@code ok}, or {@code error}
 * with the first error's code and message and every error as the shell prints it.
 */
final class CellRunner {
    /** How long a new cell waits for an interrupted one's thread to let go before it gets a new thread. */
    static final long ABANDON_AFTER_MILLIS = 1500;

    private final Session session;
    private final Publisher publisher;
    private final History history;
    private final ProgressDisplay progress;
    private ExecutorService worker = newWorker();
    private volatile Future<RunResult> running;
    private volatile boolean interrupted;
    private CountDownLatch previousDone = new CountDownLatch(0);
    private int count;

    CellRunner(Session session, Publisher publisher, History history) {
        this.session = session;
        this.publisher = publisher;
        this.history = history;
        this.progress = new ProgressDisplay(publisher::publish, System::nanoTime);
        session.progress(progress);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "indikator-cell");
            t.setDaemon(true);
            return t;
        });
    }

    /** The execution count so far. */
    int count() {
        return count;
    }

    /** Stops the running cell, if any: the Java cell first, then the thread the cell runs on. */
    void interrupt() {
        Future<RunResult> f = running;
        if (f != null && !f.isDone()) {
            interrupted = true;
            session.interrupt();
            f.cancel(true);
        }
    }

    /** Runs an {@code execute_request} and returns its reply's content (its status says whether it failed). */
    JsonObject execute(Message request) {
        String code = request.text("code", "");
        boolean silent = request.flag("silent", false);
        boolean store = request.flag("store_history", true) && !silent;
        if (store) {
            count++;
        }
        int n = count;
        if (!silent) {
            JsonObject input = new JsonObject();
            input.addProperty("code", code);
            input.addProperty("execution_count", n);
            publisher.publish("execute_input", input, request);
        }
        RunResult result;
        interrupted = false;
        try {
            result = run(code, n, request);
        } catch (CancellationException e) {
            result = null;
        }
        if (interrupted || result == null) {
            if (store) {
                history.add(n, code, "");
            }
            return error(request, n, "Interrupted", "the cell was interrupted",
                    List.of("Interrupted: the cell was interrupted; the session goes on"), silent);
        }
        String text = silent ? "" : publish(result, request, n);
        if (store) {
            history.add(n, code, text);
        }
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            Diagnostic first = errors.get(0);
            return error(request, n, first.code(), first.message(),
                    errors.stream().map(d -> DiagnosticPrinter.format(d).stripTrailing()).toList(), silent);
        }
        JsonObject reply = new JsonObject();
        reply.addProperty("status", "ok");
        reply.addProperty("execution_count", n);
        reply.add("payload", new JsonArray());
        reply.add("user_expressions", new JsonObject());
        return reply;
    }

    /** Runs the cell on the worker and waits for it; throws CancellationException when it is interrupted. */
    private RunResult run(String code, int n, Message request) {
        awaitPrevious();
        CountDownLatch done = new CountDownLatch(1);
        previousDone = done;
        progress.begin(request);
        try {
            running = worker.submit(() -> {
                try {
                    return session.run(new SourceFile("In[" + n + "]", code));
                } finally {
                    done.countDown();
                }
            });
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the kernel is stopping");
        } catch (ExecutionException e) {
            System.err.println("indikator kernel: internal error in a cell: " + e.getCause());
            throw new CancellationException("internal error");
        } finally {
            progress.end();
            running = null;
        }
    }

    /** Waits for an interrupted cell's thread to end; one that does not is left behind on a thread of its own. */
    private void awaitPrevious() {
        try {
            if (!previousDone.await(ABANDON_AFTER_MILLIS, TimeUnit.MILLISECONDS)) {
                System.err.println("indikator kernel: an interrupted cell is still running; the next runs on a new thread");
                worker.shutdownNow();
                worker = newWorker();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Publishes a run's outputs and warnings; returns the text of its outputs (for the history). */
    private String publish(RunResult result, Message request, int n) {
        StringBuilder text = new StringBuilder();
        List<Output> all = result.statements().stream().map(StatementResult::outputs).flatMap(List::stream).toList();
        for (int i = 0; i < all.size(); i++) {
            Output o = all.get(i);
            if (o instanceof Output.Table t) {
                JsonObject content = Displays.content(Displays.table(t.table()));
                text.append(content.getAsJsonObject("data").get("text/plain").getAsString());
                if (i == all.size() - 1) {
                    content.addProperty("execution_count", n);
                    publisher.publish("execute_result", content, request);
                } else {
                    publisher.publish("display_data", content, request);
                }
            } else if (o instanceof Output.Chart c) {
                publisher.publish("display_data", Displays.content(Displays.chart(c.chart())), request);
                text.append(c.chart().title() == null ? "" : c.chart().title()).append('\n');
            } else if (o instanceof Output.Prose p) {
                publisher.publish("display_data", Displays.content(Displays.prose(p.markdown())), request);
            } else if (o instanceof Output.Text t) {
                String line = t.text().endsWith("\n") ? t.text() : t.text() + "\n";
                publisher.stream("stdout", line, request);
                text.append(line);
            }
        }
        StringBuilder warnings = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) {
            if (!d.isError()) {
                warnings.append(DiagnosticPrinter.format(d));
            }
        }
        if (warnings.length() > 0) {
            publisher.stream("stderr", warnings.toString(), request);
        }
        return text.toString();
    }

    private JsonObject error(Message request, int n, String ename, String evalue, List<String> traceback, boolean silent) {
        JsonObject content = new JsonObject();
        content.addProperty("ename", ename);
        content.addProperty("evalue", evalue);
        JsonArray tb = new JsonArray();
        traceback.forEach(tb::add);
        content.add("traceback", tb);
        if (!silent) {
            publisher.publish("error", content.deepCopy(), request);
        }
        JsonObject reply = content;
        reply.addProperty("status", "error");
        reply.addProperty("execution_count", n);
        return reply;
    }

    /** Stops the worker (the kernel is shutting down). */
    void close() {
        interrupt();
        worker.shutdownNow();
    }
}
