package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JLine shell over plain streams: multi-line input, errors, completion and history. */
class ShellTest {
    @TempDir
    Path dir;

    private String drive(String input, Path history) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Shell shell = Shell.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, dir, history);
        assertEquals(0, shell.run());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void multiLineIndicatorErrorAndResult() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "region,cases,persons\nA,30,1000\nB,20,900\n");
        Path history = dir.resolve("history");
        String out = drive(String.join("\n",
                "set suppress none",
                "data t = read \"t.csv\"",
                "indicator r \"Rate\" {",
                "  numerator sum(cases) from t",
                "  denominator sum(persons) from t",
                "  measure rate per 1000",
                "}",
                "show r by regin",
                "show r by",
                "region",
                ":quit", ""), history);
        assertTrue(out.contains("error[E103]: unknown breakdown or column 'regin'"), out);
        assertTrue(out.contains("hint: did you mean 'region'?"), out);
        assertTrue(out.contains("Riket"), out);
        assertTrue(out.contains("26,3"), out);
        assertTrue(Files.readString(history).contains("show r by regin"), "history is written");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    }

    @Test
    void completesColumnsDataIndicatorsCommandsAndFiles() throws IOException {
        Files.writeString(dir.resolve("deaths.csv"), "region,agegroup,n\nA,1,2\n");
        Shell shell = Shell.streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), dir, null);
        shell.repl().eval("data deaths = read \"deaths.csv\"");
        ShellCompleter c = new ShellCompleter(shell.repl().session());
        assertTrue(words(c, "show x by ag").contains("agegroup"));
        assertEquals(List.of("region", "agegroup", "n"), words(c, "show x by "), "after by only breakdowns and columns");
        assertTrue(words(c, "numerator count(*) from de").contains("deaths"));
        assertTrue(words(c, "standardise direct by age5 weights es").contains("esp2013"));
        assertTrue(words(c, ":des").contains(":describe"));
        // every keyword of the grammar, the equity analyses' options included
        assertTrue(words(c, "fun").contains("funnel"));
        assertTrue(words(c, "funnel x by region disp").contains("dispersion"));
        assertTrue(words(c, "inequality x across y rep").contains("repetitions"));
        // a header that is not a name is offered in backquotes, as the language writes it
        Files.writeString(dir.resolve("visits.csv"), "Region;Antal besök;show\n01;1 234;2\n");
        shell.repl().eval("data visits = read \"visits.csv\"");
        assertTrue(words(c, "show x by `Ant").contains("`Antal besök`"), words(c, "show x by `Ant").toString());
        assertTrue(words(c, "show x where `sh").contains("`show`"));
        List<String> files = words(c, "data x = read \"dea");
        assertTrue(files.contains("deaths.csv") || files.contains("\"deaths.csv"), files.toString());
    }

    private static List<String> words(ShellCompleter c, String line) {
        List<Candidate> out = new ArrayList<>();
        ParsedLine parsed = new InputParser().parse(line, line.length(), org.jline.reader.Parser.ParseContext.COMPLETE);
        c.complete((LineReader) null, parsed, out);
        return out.stream().map(Candidate::value).filter(v -> v.startsWith(parsed.word())).toList();
    }
}
