package se.indikator.runtime.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Step 6 of the benchmark: the shell's start to its first prompt, plain and with the class-data archive the
 * launcher makes. Not a test.
 */
final class ShellStart {
    private final Path jar;
    private final int runs;
    private final Report report;

    ShellStart(Path jar, int runs, Report report) {
        this.jar = jar;
        this.runs = runs;
        this.report = report;
    }

    /** Runs step 6. */
    void run() throws Exception {
        Report.say("\n6. start of the shell to its first prompt");
        Path j = jar;
        if (j == null) {
            Path cwd = Path.of("").toAbsolutePath();
            for (Path p : List.of(cwd.resolve("repl/target/indikator.jar"), cwd.resolveSibling("repl/target/indikator.jar"))) {
                if (Files.isRegularFile(p)) {
                    j = p;
                    break;
                }
            }
        }
        if (j == null || !Files.isRegularFile(j)) {
            Report.say("   skipped: repl/target/indikator.jar is not built (mvn -q -o -pl repl -am package -DskipTests)");
            report.row("6. shell start to first prompt", "skipped (jar not built)", "≤ 1 s", "not measured");
            return;
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> plain = List.of(javaBin, "-Djava.awt.headless=true", "-XX:+UseSerialGC", "-jar", j.toString());
        Report.say("   plain start: " + String.join(" ", plain));
        Stats[] p = starts(plain);
        // the archive the launcher makes once per build (./indikator): the classes loaded up to the prompt
        Path archive = Files.createTempFile("indikator-bench-", ".jsa");
        Files.delete(archive);
        List<String> make = List.of(javaBin, "-Djava.awt.headless=true", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", j.toString());
        shell(make);
        Stats[] a = null;
        if (Files.isRegularFile(archive)) {
            List<String> shared = List.of(javaBin, "-Djava.awt.headless=true", "-XX:+UseSerialGC",
                    "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", j.toString());
            Report.say("   with the launcher's class-data archive (" + Files.size(archive) / (1 << 20) + " MB): -XX:SharedArchiveFile");
            a = starts(shared);
            Files.deleteIfExists(archive);
        } else {
            report.note("6: the JVM made no class-data archive; only the plain start is measured");
        }
        if (p[0].values.isEmpty()) {
            report.row("6. shell start to first prompt", "no prompt seen; to exit " + p[1].format("s", 3), "≤ 1 s",
                    Report.verdict(p[1].median() <= 1, p[1].median(), "s to exit"));
            return;
        }
        report.row("6. shell start to first prompt, plain java -jar", p[0].format("s", 3), "≤ 1 s (aim 0.4 s)",
                Report.verdict(p[0].median() <= 1, p[0].median(), "× target"));
        if (a != null) {
            report.row("6. shell start to first prompt, as ./indikator starts it (class-data archive)", a[0].format("s", 3),
                    "≤ 1 s (aim 0.4 s)", Report.verdict(a[0].median() <= 1, a[0].median(), "× target")
                            + (a[0].median() <= 0.4 ? ", aim met" : ", aim not met"));
        }
        report.row("6. (context) start to exit after :quit, plain; with the archive", p[1].format("s", 3) + "; "
                + (a != null ? a[1].format("s", 3) : "—"), "—", a == null || a[0].values.isEmpty() ? "—"
                        : String.format(Locale.ROOT, "archive = %.2f× plain to the prompt", a[0].median() / p[0].median()));
    }

    /** Starts the shell runs + 1 times (the first not counted): the times to its prompt and to its exit after :quit. */
    private Stats[] starts(List<String> command) throws Exception {
        Stats prompt = new Stats();
        Stats exit = new Stats();
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            double[] at = shell(command);
            double promptAt = at[0];
            if (i == 0) {
                continue;
            }
            if (!Double.isNaN(promptAt)) {
                prompt.add(promptAt - t0 / 1e9);
            } else {
                report.note("the shell printed no 'ind> ' prompt");
            }
            exit.add(at[1] - t0 / 1e9);
            Report.say(String.format(Locale.ROOT, "   run %d: prompt %.3f s, exit after :quit %.3f s", i, promptAt - t0 / 1e9,
                    at[1] - t0 / 1e9));
        }
        return new Stats[] {prompt, exit};
    }

    /** Runs the shell with :quit on its input: the moments (System.nanoTime in seconds) of its prompt (NaN if none) and its exit. */
    private static double[] shell(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("TERM", "dumb");
        Path history = Files.createTempFile("indikator-bench-history-", "");
        pb.environment().put("INDIKATOR_HISTORY", history.toString());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(":quit\n".getBytes(StandardCharsets.UTF_8));
        }
        double promptAt = Double.NaN;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        try (InputStream out = p.getInputStream()) {
            int b;
            while ((b = out.read()) >= 0) {
                seen.write(b);
                if (Double.isNaN(promptAt) && seen.toString(StandardCharsets.UTF_8).endsWith("ind> ")) {
                    promptAt = System.nanoTime() / 1e9;
                }
            }
        }
        p.waitFor();
        double exited = System.nanoTime() / 1e9;
        Files.deleteIfExists(history);
        return new double[] {promptAt, exited};
    }
}
