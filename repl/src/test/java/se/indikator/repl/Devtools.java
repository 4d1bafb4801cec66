package se.indikator.repl;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the DevTools protocol with the JDK's own HTTP client and WebSocket: navigate,
 * evaluate script in the page, press keys, take screenshots at a width, and record the URL of every request
 * the page makes (so a test can prove that nothing leaves the file system).
 */
final class Devtools implements AutoCloseable {
    /** Debian's Chromium. */
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Devtools(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts Chromium with a fresh profile in {@code profile} and attaches to its page. */
    static Devtools start(Path profile) throws Exception {
        Files.createDirectories(profile);
        Path port = profile.resolve("DevToolsActivePort");
        Files.deleteIfExists(port);
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1200,1600",
                "about:blank").redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(port) || Files.readAllLines(port).size() < 2) {
            if (System.nanoTime() > until || !p.isAlive()) {
                p.destroyForcibly();
                throw new IOException("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(100);
        }
        int number = Integer.parseInt(Files.readAllLines(port).get(0).trim());
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + number + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String page = null;
        for (JsonElement e : JsonParser.parseString(list).getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("type").getAsString().equals("page")) {
                page = o.get("webSocketDebuggerUrl").getAsString();
                break;
            }
        }
        if (page == null) {
            p.destroyForcibly();
            throw new IOException("chromium has no page: " + list);
        }
        Devtools[] self = new Devtools[1];
        StringBuilder partial = new StringBuilder();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String text = partial.toString();
                    partial.setLength(0);
                    while (self[0] == null) {
                        Thread.onSpinWait();
                    }
                    self[0].receive(JsonParser.parseString(text).getAsJsonObject());
                }
                w.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        Devtools d = new Devtools(p, ws);
        self[0] = d;
        d.send("Page.enable", new JsonObject());
        d.send("Network.enable", new JsonObject());
        d.send("Runtime.enable", new JsonObject());
        return d;
    }

    private void receive(JsonObject message) {
        if (message.has("id")) {
            CompletableFuture<JsonObject> f = pending.remove(message.get("id").getAsInt());
            if (f != null) {
                f.complete(message);
            }
            return;
        }
        String method = message.has("method") ? message.get("method").getAsString() : "";
        if (method.equals("Network.requestWillBeSent")) {
            requests.add(message.getAsJsonObject("params").getAsJsonObject("request").get("url").getAsString());
        } else if (method.equals("Page.loadEventFired")) {
            loaded.complete(null);
        }
    }

    /** Sends a command and waits for its result; a protocol error fails. */
    JsonObject send(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject m = new JsonObject();
        m.addProperty("id", id);
        m.addProperty("method", method);
        m.add("params", params);
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(m.toString(), true).get(30, TimeUnit.SECONDS);
        JsonObject answer = f.get(120, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IOException(method + ": " + answer.get("error"));
        }
        return answer.getAsJsonObject("result");
    }

    /** Opens {@code uri} and waits until the page has loaded. */
    void open(URI uri) throws Exception {
        loaded = new CompletableFuture<>();
        JsonObject p = new JsonObject();
        p.addProperty("url", uri.toString());
        send("Page.navigate", p);
        loaded.get(60, TimeUnit.SECONDS);
    }

    /** Waits for the load of a page that an action (a key, a click) started. */
    void awaitLoad(Runnable action) throws Exception {
        loaded = new CompletableFuture<>();
        action.run();
        loaded.get(60, TimeUnit.SECONDS);
    }

    /** Evaluates {@code expression} in the page (awaiting a promise) and returns its value as JSON. */
    JsonElement eval(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("expression", expression);
        p.addProperty("returnByValue", true);
        p.addProperty("awaitPromise", true);
        JsonObject r = send("Runtime.evaluate", p);
        if (r.has("exceptionDetails")) {
            throw new IOException("script failed: " + r.get("exceptionDetails"));
        }
        JsonObject result = r.getAsJsonObject("result");
        return result.has("value") ? result.get("value") : null;
    }

    /** Evaluates an expression whose value is a string. */
    String text(String expression) throws Exception {
        JsonElement v = eval(expression);
        return v == null || v.isJsonNull() ? null : v.getAsString();
    }

    /** Presses a key: {@code Tab}, {@code Enter}, {@code ArrowDown}. */
    void press(String key) throws Exception {
        int code = switch (key) {
            case "Tab" -> 9;
            case "Enter" -> 13;
            case "ArrowDown" -> 40;
            case "ArrowUp" -> 38;
            default -> throw new IllegalArgumentException(key);
        };
        for (String type : new String[] {"rawKeyDown", "keyUp"}) {
            JsonObject p = new JsonObject();
            p.addProperty("type", type);
            p.addProperty("key", key);
            p.addProperty("code", key);
            p.addProperty("windowsVirtualKeyCode", code);
            p.addProperty("nativeVirtualKeyCode", code);
            send("Input.dispatchKeyEvent", p);
            if (type.equals("rawKeyDown") && key.equals("Enter")) {
                JsonObject c = new JsonObject();
                c.addProperty("type", "char");
                c.addProperty("key", "Enter");
                c.addProperty("text", "\r");
                send("Input.dispatchKeyEvent", c);
            }
        }
    }

    /** Lays the page out at a width (a phone's when {@code mobile}) and height. */
    void size(int width, int height, boolean mobile) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("width", width);
        p.addProperty("height", height);
        p.addProperty("deviceScaleFactor", 1);
        p.addProperty("mobile", mobile);
        send("Emulation.setDeviceMetricsOverride", p);
    }

    /** A PNG of what the page shows at its current size. */
    void screenshot(Path file) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("format", "png");
        String data = send("Page.captureScreenshot", p).get("data").getAsString();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(data.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The page printed to PDF, as the browser's print would (background graphics, no header and footer). */
    byte[] pdf() throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("printBackground", true);
        p.addProperty("displayHeaderFooter", false);
        String data = send("Page.printToPDF", p).get("data").getAsString();
        return Base64.getDecoder().decode(data.getBytes(StandardCharsets.US_ASCII));
    }

    /** The URL of every request the page has made since the browser started. */
    List<String> requests() {
        return new ArrayList<>(requests);
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
