package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit statuses, diagnostics on standard error, CSV output, usage. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    /** Runs the command line in this process, printing tables at the width of the expected outputs (120). */
    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.put("COLUMNS", "120");
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void auditPassesAProtectedPublicationAndFailsALeakyOneNamingTheTable() throws IOException {
        StringBuilder csv = new StringBuilder("region,events,persons\n");
        csv.append("A,3,40\nB,20,60\nC,8,30\nD,12,50\n");
        Files.writeString(dir.resolve("agg.csv"), csv);
        String head = String.join("\n", "data agg = read \"agg.csv\"", "unit region", "indicator share \"Share\" {",
                "    numerator   sum(events) from agg", "    denominator sum(persons) from agg", "    measure     percent", "}", "");
        Path safe = dir.resolve("safe.ind");
        Files.writeString(safe, head + "set suppress below 5\nshow share by region\nshow share\n");
        Run ok = cli("audit", safe.toString());
        assertEquals(0, ok.status(), ok.out() + ok.err());
        assertTrue(ok.out().contains("every protected count keeps its protection interval"), ok.out());
        Path leaky = dir.resolve("leaky.ind");
        Files.writeString(leaky, head + "set suppress none\nshow share by region\nset suppress below 5\nshow share by region\n");
        Run bad = cli("audit", leaky.toString());
        assertEquals(1, bad.status(), bad.out() + bad.err());
        assertTrue(bad.out().contains("exposed: share, region = A: numerator"), bad.out());
        assertTrue(bad.out().contains("pinned by: line 9 (show share by region)"), bad.out());
    }

    @Test
    void checkReportsEveryPlantedMistakeWithPlaceAndExitsOne() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "region,sex,age,events,persons\nA,1,40,3,100\nB,2,50,4,120\n");
        Path script = dir.resolve("mistakes.ind");
        Files.writeString(script, String.join("\n",
                "data t = read \"t.csv\"",
                "data u = read \"missing.csv\"",
                "breakdown kön = case sex when 1 then \"Män\" when 2 then \"Kvinnor\"",
                "indicator r \"Rate\" {",
                "    numerator count(*) from t where agee > 30",
                "    denominator sum(persns) from t",
                "    measure rate per 1000",
                "}",
                "indicator p \"Share\" {",
                "    numerator sum(events) from t where region == 1",
                "    denominator sum(persons) from tt",
                "    measure percent",
                "}",
                "show p by kon",
                ""));
        Run r = cli("check", script.toString());
        assertEquals(1, r.status(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(r.err().contains("mistakes.ind:2:15: error[E131]: file not found: missing.csv"), r.err());
        assertTrue(r.err().contains("mistakes.ind:5:37: error[E201]: unknown column 'agee' in data 't'"), r.err());
        assertTrue(r.err().contains("hint: did you mean 'age'?"), r.err());
        assertTrue(r.err().contains("mistakes.ind:6:21: error[E201]: unknown column 'persns' in data 't'"), r.err());
        assertTrue(r.err().contains("mistakes.ind:10:40: error[E202]: cannot compare text ('region') with a number ('1')"), r.err());
        assertTrue(r.err().contains("mistakes.ind:11:35: error[E101]: unknown data 'tt'"), r.err());
        // independent of p's own mistakes, so still reported
        assertTrue(r.err().contains("mistakes.ind:14:11: error[E103]: unknown breakdown or column 'kon'"), r.err());
        assertTrue(r.err().contains("6 errors"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void runPrintsResultsAndWritesCsvForEveryShow() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "region;events;persons\nSkåne;30;1000\nÖrebro;12;800\n");
        Path script = dir.resolve("ok.ind");
        Files.writeString(script, "set suppress none\ndata t = read \"t.csv\"\n"
                + "indicator r \"Rate\" { numerator sum(events) from t\n denominator sum(persons) from t\n measure rate per 1000 }\n"
                + "show r by region\n");
        Path csv = dir.resolve("csv");
        Run r = cli("run", script.toString(), "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Örebro"), r.out());
        String written = Files.readString(csv.resolve("r_by_region.csv"));
        assertTrue(written.startsWith("region,numerator,denominator,value,lower_95,upper_95,lower_99_8,upper_99_8,"
                + "national,deviation_pct,vs_national,vs_national_99_8,target_met,method,note\n"), written);
        assertTrue(written.contains("Skåne,30,1000,30,"), written);
    }

    @Test
    void controlCharactersNeverReachTheTerminalAndCsvFormulasAreNeutralised() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "region,events,persons\n\u001b]0;pwned\u0007,30,1000\n=1+2,12,800\n");
        Path script = dir.resolve("esc.ind");
        Files.writeString(script, "set suppress none\ndata t = read \"t.csv\"\n"
                + "indicator r \"Rate\" { numerator sum(events) from t\n denominator sum(persons) from t\n measure rate per 1000 }\n"
                + "show r by region\nshow r by regio\u001b[2J\n");
        Path csv = dir.resolve("csv");
        Run r = cli("run", script.toString(), "--csv", csv.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("show r by regio\\x1b[2J"), r.err());
        assertFalse((r.out() + r.err()).chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), r.out() + r.err());
        Files.writeString(script, Files.readString(script).replace("show r by regio\u001b[2J\n", ""));
        r = cli("run", script.toString(), "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\\x1b]0;pwned\\x07"), r.out());
        assertFalse(r.out().chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), r.out());
        String written = Files.readString(csv.resolve("r_by_region.csv"));
        assertTrue(written.contains("\n'=1+2,12,800,15,"), written);
        assertTrue(written.contains("\n\u001b]0;pwned\u0007,30,1000,30,"), "CSV keeps the data's own text: " + written);
    }

    @Test
    void usageAndUnknownCommands() {
        assertEquals(0, cli("help").status());
        Run r = cli("frobnicate");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unknown command 'frobnicate'"));
        assertEquals(2, cli("run", "no/such/file.ind").status());
    }
}
