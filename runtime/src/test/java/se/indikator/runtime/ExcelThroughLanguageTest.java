package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.Openpyxl;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * The same indicators over the same records, once read from a CSV file and once from a workbook that
 * openpyxl wrote, give the same exported values: a workbook's numbers, dates, codes with leading zeros and
 * booleans reach the language as the CSV reader's do.
 */
class ExcelThroughLanguageTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookAndACsvFileGiveTheSameValues() throws IOException {
        String[] regions = {"01", "0180", "13", "25"};
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("region,datum,vikt,rökare,besök\n");
        StringBuilder py = new StringBuilder("""
                wb = openpyxl.Workbook()
                ws = wb.active
                ws.title = "Data"
                ws.append(["region", "datum", "vikt", "rökare", "besök"])
                """);
        for (int i = 0; i < 400; i++) {
            String region = regions[random.nextInt(regions.length)];
            LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
            double weight = 50 + random.nextInt(60000) / 1000.0;
            boolean smoker = random.nextInt(4) == 0;
            boolean missingWeight = random.nextInt(20) == 0;
            int visits = random.nextInt(12);
            csv.append(region).append(',').append(date).append(',').append(missingWeight ? "" : Double.toString(weight))
                    .append(',').append(smoker).append(',').append(visits).append('\n');
            py.append("ws.append([\"").append(region).append("\", datetime.date(").append(date.getYear()).append(", ")
                    .append(date.getMonthValue()).append(", ").append(date.getDayOfMonth()).append("), ")
                    .append(missingWeight ? "None" : Double.toString(weight)).append(", ")
                    .append(smoker ? "True" : "False").append(", ").append(visits).append("])\n");
        }
        py.append("""
                for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
                    for c in row:
                        c.number_format = "yyyy-mm-dd"
                for row in ws.iter_rows(min_row=2, min_col=5, max_col=5):
                    for c in row:
                        c.number_format = "#,##0"
                wb.save("patienter.xlsx")
                """);
        Files.writeString(dir.resolve("patienter.csv"), csv.toString());
        Openpyxl.run(dir, py.toString());

        String fromCsv = run("patienter.csv");
        String fromExcel = run("patienter.xlsx");
        assertTrue(fromCsv.contains("0180"), fromCsv);
        assertEquals(fromCsv, fromExcel);
    }

    /** Runs the indicators over {@code file} and returns the exported tables. */
    private String run(String file) throws IOException {
        String script = """
                set suppress none
                data p = read "%s"
                indicator rök "Andel rökare 2024" {
                    cohort p where year(datum) == 2024 and besök >= 1
                    numerator rökare
                    measure percent
                }
                indicator vikt "Medelvikt" {
                    cohort p
                    measure mean of vikt
                }
                export rök by region to "rök.csv"
                export vikt by region to "vikt.csv"
                """.formatted(file);
        RunResult r = new Session(dir).run(new SourceFile("excel.ind", script));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        return Files.readString(dir.resolve("rök.csv")) + Files.readString(dir.resolve("vikt.csv"));
    }
}
