package se.indikator.runtime.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * A corpus of scripts made by mutating the transcripts (deleting, repeating and swapping pieces, inserting
 * tokens, deep nesting, long chains, odd values) and of random words and signs, each checked in a fresh session: no exception escapes,
 * no check takes more than 5 s, every diagnostic has a place; and every mutated script that passes
 * {@code check} runs without an internal error. The corpus is generated from a fixed seed
 * ({@code -Dindikator.mutations=N} makes it larger).
 */
class MutatedScriptsTest {
    private static final Path SOURCES = Path.of("src/test/transcripts").toAbsolutePath();

    /** A copy of the transcripts' folder (deep down, so that mutated relative paths stay inside the sandbox). */
    @org.junit.jupiter.api.io.TempDir
    static Path sandbox;

    private static Path DIR;

    @org.junit.jupiter.api.BeforeAll
    static void copy() throws IOException {
        DIR = sandbox.resolve("a/b/c/d/e/f/g/transcripts");
        try (Stream<Path> all = Files.walk(SOURCES)) {
            for (Path p : all.toList()) {
                Path to = DIR.resolve(SOURCES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private static final String[] TOKENS = {"(", ")", "{", "}", "\"", "by", "where", "show", "indicator", "data",
        "breakdown", "case", "when", "then", "else", "missing", "not", "and", "or", "+", "-", "*", "/", "%", "1e308",
        "-0", "99999999999999999999", "\u0000", "\t", "\r", "é", "🙂", ",", ";", "==", "!=", "<=", "between", "in",
        "is", "to", "step", "band(age, 0 to 100 step 0)", "confidence 150%", "repetitions 2000000000",
        "read \"\u0000.csv\"", "import \"x\u0000.ind\"", "\"a\\nb\"", "..", "#'", "java {", "}"};

    @Test
    void mutatedScriptsNeverEscapeOrHang() throws Exception {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".ind")).sorted().toList()) {
                seeds.add(Files.readString(p, StandardCharsets.UTF_8).replaceAll("(?m)^#>.*\\n", ""));
            }
        }
        int n = Integer.getInteger("indikator.mutations", 300);
        Random rnd = new Random(17);
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "mutant", 1 << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < n && failures.size() < 10; i++) {
                String script = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
                int index = i;
                Future<String> f = pool.submit(() -> problem(script));
                String problem;
                try {
                    problem = f.get(20, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    f.cancel(true);
                    problem = "hangs";
                    pool.shutdownNow();
                    pool = Executors.newSingleThreadExecutor();
                }
                if (problem != null) {
                    failures.add("mutant " + index + ": " + problem + "\n--- script:\n"
                            + (script.length() > 1500 ? script.substring(0, 1500) + "…" : script));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }

    /** What is wrong with checking (and, when it passes, running) a script; null when nothing is. */
    private static String problem(String script) {
        try {
            Session session = new Session(DIR);
            session.cacheFolder(java.util.Optional.empty());
            session.plotsDir(DIR.resolve("plots"));
            long start = System.nanoTime();
            RunResult checked = session.check(new SourceFile("mutant.ind", script));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (seconds > 5) {
                return "check took " + Math.round(seconds) + " s";
            }
            for (Diagnostic d : checked.diagnostics()) {
                if (!d.span().isKnown()) {
                    return "a diagnostic without a place: " + d.message();
                }
            }
            if (checked.hasErrors()) {
                return null;
            }
            Session runner = new Session(DIR);
            runner.cacheFolder(java.util.Optional.empty());
            runner.plotsDir(DIR.resolve("plots"));
            RunResult ran = runner.run(new SourceFile("mutant.ind", script));
            for (Diagnostic d : all(ran)) {
                if (d.code().equals("E999")) {
                    return "internal error when run: " + d.message();
                }
                if (!d.span().isKnown()) {
                    return "a diagnostic of the run without a place: " + d.message();
                }
            }
            return null;
        } catch (Throwable t) {
            java.io.StringWriter w = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(w));
            String trace = w.toString();
            return "escaped: " + (trace.length() > 2000 ? trace.substring(0, 2000) : trace);
        }
    }

    private static List<Diagnostic> all(RunResult r) {
        List<Diagnostic> out = new ArrayList<>(r.diagnostics());
        r.statements().forEach(s -> s.outputs().stream().filter(o -> o instanceof Output.Message)
                .forEach(o -> out.add(((Output.Message) o).diagnostic())));
        return out;
    }

    static String mutate(String seed, Random rnd) {
        if (rnd.nextInt(10) == 0) { // now and then a script of random words and signs
            StringBuilder soup = new StringBuilder();
            String[] words = seed.split("\\s+");
            for (int i = 0, n = 5 + rnd.nextInt(200); i < n; i++) {
                soup.append(rnd.nextBoolean() ? TOKENS[rnd.nextInt(TOKENS.length)] : words[rnd.nextInt(words.length)])
                        .append(rnd.nextInt(8) == 0 ? "\n" : " ");
            }
            return soup.toString();
        }
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : rnd.nextInt(s.length());
            switch (rnd.nextInt(9)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + rnd.nextInt(20)));
                case 1 -> s.insert(at, " " + TOKENS[rnd.nextInt(TOKENS.length)] + " ");
                case 2 -> {
                    int end = Math.min(s.length(), at + rnd.nextInt(80));
                    s.insert(end, s.substring(at, end));
                }
                case 3 -> s.insert(at, "(".repeat(200 + rnd.nextInt(2000)));
                case 4 -> s.append("\nshow x where ").append("not ".repeat(500 + rnd.nextInt(3000))).append("a == 1\n");
                case 5 -> s.append("\nshow x where a == ").append("1 + ".repeat(500 + rnd.nextInt(5000))).append("1\n");
                case 6 -> s.setCharAt(at, (char) rnd.nextInt(0x3000));
                case 7 -> {
                    int end = Math.min(s.length(), at + rnd.nextInt(200));
                    s.delete(at, end);
                }
                default -> s.insert(at, String.valueOf(rnd.nextLong()));
            }
        }
        return s.toString();
    }
}
