package se.indikator.runtime.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry of codes against the sources, the documentation and the transcripts: every code the
 * program writes is registered and every registered code is written somewhere; docs/language.md's table
 * is the registry's ({@code -Dindikator.regenerate=true} rewrites it); and the codes no transcript, example
 * or test produces yet are exactly those listed here, so that the list can only shrink.
 */
class CodesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CODE = Pattern.compile("\"([EW][0-9]{3})\"");
    private static final Pattern PRINTED = Pattern.compile("(?:error|warning)\\[([EW][0-9]{3})\\]");

    /**
     * Codes no transcript, example or test shows yet: each needs a transcript (or a test) that makes it.
     */
    private static final Set<String> NOT_YET_SHOWN = new TreeSet<>(Set.of("E005", "E326", "E533", "E998",
            "W151", "W163", "W170", "W900"));

    private static Set<String> found(Path dir, String suffix, Pattern p) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(suffix)).toList()) {
                Matcher m = p.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    @Test
    void everyCodeWrittenIsRegisteredAndEveryRegisteredCodeIsWritten() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String module : new String[] {"runtime", "repl"}) {
            used.addAll(found(ROOT.resolve(module).resolve("src/main/java"), ".java", CODE));
        }
        used.remove("E000");
        Set<String> registered = new TreeSet<>(Codes.all().keySet());
        Set<String> unregistered = new TreeSet<>(used);
        unregistered.removeAll(registered);
        Set<String> unused = new TreeSet<>(registered);
        unused.removeAll(used);
        assertTrue(unregistered.isEmpty(), "codes written but not in Codes: " + unregistered);
        assertTrue(unused.isEmpty(), "codes in Codes that nothing writes: " + unused);
    }

    @Test
    void theDocumentationsTableIsTheRegistrys() throws IOException {
        Path doc = ROOT.resolve("docs/language.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String start = "<!-- codes: generated from Codes.java -->\n";
        String end = "<!-- end of codes -->";
        int a = text.indexOf(start);
        int b = text.indexOf(end);
        assertTrue(a >= 0 && b > a, "docs/language.md lacks the markers of the codes' table");
        String expected = text.substring(0, a + start.length()) + Codes.table() + text.substring(b);
        if (Boolean.getBoolean("indikator.regenerate") && !expected.equals(text)) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, text, "the codes' table in docs/language.md is out of date; rerun with "
                + "-Dindikator.regenerate=true");
    }

    @Test
    void theCodesNoTranscriptShowsAreExactlyThoseListed() throws IOException {
        Set<String> shown = found(ROOT.resolve("runtime/src/test/transcripts"), ".ind", PRINTED);
        shown.addAll(found(ROOT.resolve("examples/expected"), ".txt", PRINTED));
        // and the codes JUnit tests make and assert (in the form they print or as the diagnostic's code)
        for (String module : new String[] {"runtime", "repl"}) {
            shown.addAll(found(ROOT.resolve(module).resolve("src/test/java"), ".java", PRINTED));
            shown.addAll(found(ROOT.resolve(module).resolve("src/test/java"), ".java",
                    Pattern.compile("assertEquals\\(\"([EW][0-9]{3})\", [^;]*\\.code\\(\\)\\)")));
        }
        Set<String> missing = new TreeSet<>(Codes.all().keySet());
        missing.removeAll(shown);
        assertEquals(NOT_YET_SHOWN, missing, "codes that no transcript or example shows (a transcript that makes a "
                + "code removes it from NOT_YET_SHOWN; a new code needs a transcript)");
    }
}
