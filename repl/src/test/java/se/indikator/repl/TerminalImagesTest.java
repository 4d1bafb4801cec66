package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which image protocol a terminal gets, the escape sequences, and the text fallback. */
class TerminalImagesTest {
    @TempDir
    Path dir;

    @Test
    void detection() {
        assertEquals(TerminalImages.Mode.KITTY, TerminalImages.detect(Map.of("TERM", "xterm-kitty"), true));
        assertEquals(TerminalImages.Mode.ITERM, TerminalImages.detect(Map.of("TERM", "xterm-256color", "TERM_PROGRAM", "iTerm.app"), true));
        assertEquals(TerminalImages.Mode.SIXEL, TerminalImages.detect(Map.of("TERM", "mlterm"), true));
        assertEquals(TerminalImages.Mode.TEXT, TerminalImages.detect(Map.of("TERM", "xterm-kitty", "TMUX", "/tmp/x"), true), "tmux");
        assertEquals(TerminalImages.Mode.TEXT, TerminalImages.detect(Map.of("TERM", "xterm-kitty"), false), "a pipe");
        assertEquals(TerminalImages.Mode.TEXT, TerminalImages.detect(Map.of("TERM", "dumb"), true));
        assertEquals(TerminalImages.Mode.SIXEL, TerminalImages.detect(Map.of("TERM", "dumb", "INDIKATOR_IMAGES", "sixel"), false), "forced");
    }

    private static String run(Path script, String mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", script.toString(), "--images", mode},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void imagesOrTextChartsAndAlwaysTheFiles() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "region,cases,persons\nSkåne,30,1000\nÖrebro,20,900\nGotland,12,400\n");
        Path script = dir.resolve("p.ind");
        Files.writeString(script, "set suppress none\ndata t = read \"t.csv\"\n"
                + "indicator r \"Rate\" { numerator sum(cases) from t\n denominator sum(persons) from t\n measure rate per 1000 }\n"
                + "plot r by region\n");
        String kitty = run(script, "kitty");
        assertTrue(kitty.contains("\u001b_G"), "a kitty graphics escape");
        for (String chunk : kitty.split("\u001b_G")) {
            int end = chunk.indexOf("\u001b\\");
            if (end > 0) {
                String payload = chunk.substring(chunk.indexOf(';') + 1, end);
                assertTrue(payload.length() <= 4096, "kitty chunks are at most 4096 bytes: " + payload.length());
            }
        }
        assertTrue(run(script, "iterm").contains("\u001b]1337;File="), "an iTerm2 inline image");
        assertTrue(run(script, "sixel").contains("\u001bP"), "a sixel sequence");
        String text = run(script, "text");
        assertTrue(text.contains("█") && text.contains("Örebro") && !text.contains("\u001b"), text);
        assertTrue(text.contains("plots: plots/r_by_region.png, plots/r_by_region.svg"), text);
        assertTrue(Files.size(dir.resolve("plots/r_by_region.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("plots/r_by_region.svg")).contains("<svg"));
    }

    @Test
    void theShellSavesItselfAsANotebook() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "region,cases,persons\nSkåne,30,1000\nÖrebro,20,900\n");
        ReplSession repl = new ReplSession(dir);
        repl.eval("#' # Min session\nset suppress none\ndata t = read \"t.csv\"");
        repl.eval("indicator r \"Rate\" { numerator sum(cases) from t\n denominator sum(persons) from t\n measure rate per 1000 }\nshow r by region");
        assertTrue(repl.eval(":save s.html").startsWith("saved the session"));
        String html = Files.readString(dir.resolve("s.html"));
        assertTrue(html.contains("<h1>") && html.contains("Min session") && html.contains("Örebro") && html.contains("30,0"), "html");
        repl.eval(":save s.ipynb");
        assertTrue(Files.readString(dir.resolve("s.ipynb")).contains("\"nbformat\": 4"));
    }
}
