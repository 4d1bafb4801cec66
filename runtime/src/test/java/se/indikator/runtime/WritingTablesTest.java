package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.DoubleColumn;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.session.Session;

/**
 * Every table a statement prints can be written with {@code to}, as CSV for programs (RFC 4180) or for a Swedish
 * Excel, or as JSON with its metadata; {@code --csv DIR} writes every printed table; a CSV for Swedish Excel reads
 * back through {@code read} to the same numbers at full precision.
 */
class WritingTablesTest {
    private static final String HEAD = """
            set suppress none
            set language sv
            data t = read "visits.csv"
            indicator share "Andel inom 90 dagar" {
                numerator   sum(inom) from t
                denominator sum(besok) from t
                measure     percent
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void data() throws IOException {
        StringBuilder csv = new StringBuilder("region;kön;år;inom;besok\n");
        String[] regions = {"Stockholm", "Skåne", "Västra Götaland", "Örebro"};
        int k = 0;
        for (String r : regions) {
            for (String sex : List.of("kvinna", "man")) {
                for (int year = 2021; year <= 2023; year++) {
                    int besok = 900 + 37 * (k % 11) + 11 * year % 17;
                    int inom = besok * (70 + k % 9) / 100;
                    csv.append(r).append(';').append(sex).append(';').append(year).append(';').append(inom).append(';')
                            .append(besok).append('\n');
                    k++;
                }
            }
        }
        Files.writeString(dir.resolve("visits.csv"), csv);
    }

    private RunResult run(Session s, String body) {
        RunResult r = s.run(new SourceFile("s.ind", HEAD + body));
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), errors, DiagnosticPrinter.formatAll(r.diagnostics()));
        return r;
    }

    private static List<ResultTable> printed(RunResult r) {
        List<ResultTable> out = new ArrayList<>();
        r.statements().forEach(s -> s.outputs().stream().filter(o -> o instanceof Output.Table)
                .forEach(o -> out.add(((Output.Table) o).table())));
        return out;
    }

    @Test
    void aCsvForSwedishExcelHasABomSemicolonsAndDecimalCommasAndReadsBackToTheSameNumbers() throws IOException {
        RunResult r = run(new Session(dir), "set csv format swedish\nshow share by region to \"ut/andel.csv\"\n");
        byte[] bytes = Files.readAllBytes(dir.resolve("ut/andel.csv"));
        assertEquals(0xEF, bytes[0] & 0xFF, "a byte-order mark");
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String header = text.lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("region;numerator;denominator;value;"), header);
        assertTrue(text.contains("Västra Götaland;"), text);
        assertTrue(Pattern.compile(";\\d+,\\d{6,};").matcher(text).find(), "decimal commas at full precision: " + text);

        ResultTable shown = printed(r).get(0);
        Session back = new Session(dir);
        back.run(new SourceFile("b.ind", "data back = read \"ut/andel.csv\"\n"));
        Dataset d = back.catalog().data("back").orElseThrow();
        Column value = d.column("value").orElseThrow();
        assertTrue(value instanceof DoubleColumn, value.type().toString());
        for (int row = 0; row < shown.rows().size(); row++) {
            assertEquals((Double) shown.cell(row, "value"), ((DoubleColumn) value).get(row), 0.0, "row " + row);
            assertEquals(shown.cell(row, "region"), d.column("region").orElseThrow().format(row));
        }
    }

    @Test
    void theStandardCsvStaysTheDefault() throws IOException {
        run(new Session(dir), "show share by region to \"andel.csv\"\n");
        String text = Files.readString(dir.resolve("andel.csv"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("region,numerator,denominator,value,"), text);
        assertTrue(Pattern.compile(",0\\.\\d{6,},").matcher(text).find(), text);
    }

    @Test
    void jsonHoldsTheRecordsWithTheirMetadataAtFullPrecision() throws IOException {
        RunResult r = run(new Session(dir), "show share by region to \"andel.json\"\n");
        String json = Files.readString(dir.resolve("andel.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"title\": \"share — Andel inom 90 dagar ("), json);
        assertTrue(json.contains("{\"name\": \"value\", \"type\": \"number\"}"), json);
        assertTrue(json.contains("\"footnotes\": ["), json);
        ResultTable shown = printed(r).get(0);
        Matcher m = Pattern.compile("\"region\": \"Skåne\", \"numerator\": [0-9]+, \"denominator\": [0-9]+, \"value\": ([-0-9.Ee]+)")
                .matcher(json);
        assertTrue(m.find(), json);
        int skane = -1;
        for (int i = 0; i < shown.rows().size(); i++) {
            if ("Skåne".equals(shown.cell(i, "region"))) skane = i;
        }
        assertEquals((Double) shown.cell(skane, "value"), Double.parseDouble(m.group(1)), 0.0);
    }

    @Test
    void everyStatementThatPrintsATableWritesItWithTo() throws IOException {
        run(new Session(dir), """
                compare share across region within kön to "compare.csv"
                trend share over år by region to "trend.csv"
                rank share by region to "rank.json"
                profile region "Skåne" on share by kön to "profile.csv"
                quality t by region to "quality.csv"
                inequality share across region to "inequality.csv"
                funnel share by region to "funnel.csv"
                """);
        for (String f : List.of("compare.csv", "trend.csv", "rank.json", "profile.csv", "quality.csv", "inequality.csv",
                "funnel.csv")) {
            assertTrue(Files.size(dir.resolve(f)) > 40, f);
        }
        assertTrue(Files.readString(dir.resolve("trend.csv")).contains("2022"), "the trend's years");
    }

    @Test
    void severalTablesGoToNumberedFilesOfAKindThatHoldsOne() throws IOException {
        RunResult r = run(new Session(dir), "trend share over år by region to \"ut/trend.csv\"\n");
        assertEquals(2, printed(r).size());
        assertEquals(CsvWriterText.of(printed(r).get(0)), Files.readString(dir.resolve("ut/trend.csv")));
        assertEquals(CsvWriterText.of(printed(r).get(1)), Files.readString(dir.resolve("ut/trend_2.csv")));
        RunResult bad = new Session(dir).run(new SourceFile("s.ind", HEAD + "show share to \"x.txt\"\n"));
        assertEquals(List.of("E142"), bad.diagnostics().stream().map(Diagnostic::code).toList());
    }

    /** The RFC 4180 text of a table. */
    private static final class CsvWriterText {
        static String of(ResultTable t) {
            return se.indikator.runtime.result.CsvWriter.toCsv(t);
        }
    }

    @Test
    void theCsvFolderGetsEveryPrintedTable() throws IOException {
        Path out = dir.resolve("alla");
        Session s = new Session(dir);
        s.csvDir(out);
        RunResult r = run(s, """
                show share by region
                compare share across region within kön
                trend share over år
                rank share by region
                quality t
                inequality share across region
                """);
        int tables = printed(r).size();
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(tables, names.size(), names.toString());
            assertTrue(names.contains("share_by_region.csv"), names.toString());
        }
    }
}
