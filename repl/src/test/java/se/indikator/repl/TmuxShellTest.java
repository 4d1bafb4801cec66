package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real shell in a real terminal: tmux runs {@code indikator} (the same main class the launcher
 * runs), keys are sent with send-keys and the screen is read with capture-pane, as a new user would
 * meet it. .ci/run installs tmux when it is missing.
 */
class TmuxShellTest {
    @TempDir
    Path dir;
    final String session = "indikator-test-" + ProcessHandle.current().pid();

    static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    static boolean tmuxAvailable() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void start() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "cd '" + dir + "' && INDIKATOR_HISTORY='" + dir.resolve("history") + "' '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' se.indikator.repl.Main";
        run("tmux", "new-session", "-d", "-s", session, "-x", "200", "-y", "60", cmd);
        waitFor("ind>", 30);
    }

    private void keys(String... k) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("tmux", "send-keys", "-t", session));
        cmd.addAll(List.of(k));
        run(cmd.toArray(new String[0]));
    }

    private String screen() throws IOException, InterruptedException {
        return run("tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", session);
    }

    private String waitFor(String text, int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String s = "";
        while (System.nanoTime() < end) {
            s = screen();
            if (s.contains(text)) {
                return s;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + text + "' did not appear; the screen was:\n" + s);
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (tmuxAvailable()) {
            run("tmux", "kill-session", "-t", session);
        }
    }

    @Test
    void aNewUserSession() throws IOException, InterruptedException {
        assumeTrue(tmuxAvailable(), "tmux is not installed (.ci/run installs it)");
        Files.writeString(dir.resolve("deaths.csv"), "region;sex;cause;persons\nSkåne;1;I21.9;1000\nSkåne;2;C34.1;900\n"
                + "Örebro;1;I63.4;800\nÖrebro;2;X70;700\nÖrebro;1;I25.1;600\n");
        start();
        keys("set suppress none", "Enter");
        keys("data deaths = read \"deaths.csv\"", "Enter");
        keys("indicator share \"Share\" {", "Enter");
        keys("cohort deaths", "Enter");
        keys("numerator sex == 1", "Enter");
        waitFor("…", 10);
        keys("measure percent", "Enter", "}", "Enter");
        keys("show share by regi", "Tab");
        waitFor("show share by region", 10);
        keys("Enter");
        waitFor("Örebro", 20);
        keys("show share by sexx", "Enter");
        String s = waitFor("did you mean 'sex'?", 10);
        assertTrue(s.contains("error[E103]: unknown breakdown or column 'sexx'"), s);
        keys("java { static boolean cardio(String c) { return c.startsWith(\"I\"); } }", "Enter");
        keys("show share by region where cardio(cause)", "Enter");
        waitFor("jämförelseenhet), cardio", 30);
        keys(":describe deaths", "Enter");
        waitFor("distinct 2", 10);
        keys("java { static boolean slow(String c) { try { Thread.sleep(60000); } catch (InterruptedException e) { } return true; } }", "Enter");
        keys("show share where slow(cause)", "Enter");
        Thread.sleep(1500);
        keys("C-c");
        waitFor("interrupted", 15);
        keys(":quit", "Enter");
        Thread.sleep(1000);
        String history = Files.readString(dir.resolve("history"));
        assertTrue(history.contains("show share by sexx"), history);
        start();
        keys("Up");
        waitFor(":quit", 10);
    }

    @Test
    void aJavaCellCannotEndTheShellAndALoopingCellOrALongAnalysisStopsAtCtrlC() throws IOException, InterruptedException {
        assumeTrue(tmuxAvailable(), "tmux is not installed (.ci/run installs it)");
        Files.writeString(dir.resolve("t.csv"), "region;cases;persons\nSkåne;30;1000\nÖrebro;12;800\n");
        start();
        keys("set suppress none", "Enter");
        keys("data t = read \"t.csv\"", "Enter");
        keys("indicator r \"Rate\" { numerator sum(cases) from t", "Enter");
        keys("denominator sum(persons) from t", "Enter", "measure rate per 1000 }", "Enter");
        keys("java { System.exit(0); }", "Enter");
        waitFor("cannot end the program", 30);
        keys("show r by region", "Enter");
        waitFor("Örebro", 20);
        keys("java { long n = 0; while (true) { n++; } }", "Enter");
        Thread.sleep(2000);
        keys("C-c");
        waitFor("interrupted", 15);
        keys(":indicators", "Enter");
        String s = waitFor("Rate (rate per 1000)", 10);
        assertTrue(s.contains("interrupted"), s);
        // a long equity analysis stops at Ctrl-C too
        keys("inequality r across region repetitions 1000000", "Enter");
        Thread.sleep(1500);
        keys("C-c");
        keys(":data", "Enter");
        waitFor("t.csv", 15);
        // the loop no longer runs: the shell's process uses (almost) no CPU time while it waits at the prompt
        Thread.sleep(1000);
        java.time.Duration first = cpu();
        Thread.sleep(3000);
        java.time.Duration busy = cpu().minus(first);
        assertTrue(busy.toMillis() < 1000, "the shell kept a core busy after Ctrl-C: " + busy.toMillis() + " ms of CPU in 3 s");
    }

    /** The CPU time of the shell's Java process in the tmux pane (from /proc when the JDK cannot tell). */
    private java.time.Duration cpu() throws IOException, InterruptedException {
        long pane = Long.parseLong(run("tmux", "display-message", "-p", "-t", session, "#{pane_pid}").strip());
        ProcessHandle shell = ProcessHandle.of(pane).orElseThrow();
        List<ProcessHandle> all = java.util.stream.Stream.concat(java.util.stream.Stream.of(shell), shell.descendants())
                .toList();
        ProcessHandle jvm = all.stream().filter(h -> h.info().commandLine().map(c -> c.contains("se.indikator.repl.Main"))
                .orElse(false) || h.info().command().map(c -> c.endsWith("java")).orElse(false)).findFirst()
                .orElse(all.get(all.size() - 1));
        java.util.Optional<java.time.Duration> known = jvm.info().totalCpuDuration();
        if (known.isPresent()) {
            return known.get();
        }
        String[] stat = Files.readString(Path.of("/proc", String.valueOf(jvm.pid()), "stat")).split("\\)\\s+")[1].split("\\s+");
        long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]); // utime and stime, after the state field
        return java.time.Duration.ofMillis(ticks * 10);
    }
}
