package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Reads workbooks that openpyxl wrote (not POI, so the reader is checked against another program's
 * files): types and values as the CSV reader infers them, sheets, ranges and header rows, and problems that
 * name the sheet, row and column.
 */
class ExcelReaderTest {

    @TempDir
    static Path dir;

    /** Writes the workbooks of the tests once. */
    @BeforeAll
    static void workbooks() throws IOException {
        Openpyxl.run(dir, """
                wb = openpyxl.Workbook()
                ws = wb.active
                ws.title = "Patienter"
                ws["A1"] = "Patientregister 2024"
                ws["A2"] = "Källa: testdata, ej verkliga personer"
                ws.append([])
                ws.append(["id", "region", "kommun", "besök", "vikt", "antal", "rökare", "kommentar", "tid"])
                ws.append([1, "01", "Åre", datetime.date(2024, 1, 5), 72.5, 1234, True, "ä ö å", datetime.datetime(2024, 3, 1, 8, 30)])
                ws.append([2, "0180", "Malmö", datetime.date(2024, 2, 29), 2 / 3, 1234567, False, None, datetime.datetime(2024, 3, 2, 0, 0)])
                ws.append([3, "13", "Göteborg", None, None, 0, True, "NA", None])
                ws.append([4, "25", "Kiruna", datetime.datetime(2023, 12, 31), 1e-7, 12, False, "x", None])
                for row in ws.iter_rows(min_row=5, min_col=6, max_col=6):
                    for c in row:
                        c.number_format = "#,##0"
                for row in ws.iter_rows(min_row=5, min_col=4, max_col=4):
                    for c in row:
                        c.number_format = "yyyy-mm-dd"
                ws.cell(row=30, column=2).number_format = "0.00"   # a styled empty cell far below: not a row

                two = wb.create_sheet("Andra")
                two.append(["a", "b"])
                two.append([1, "x"])

                err = wb.create_sheet("Fel")
                err.append(["a", "b", "c"])
                err.append([1, 2, 3])
                err.append([4, 5, "#DIV/0!"])
                err.append([7, 8, 9, "utanför"])
                err.append([])
                err.append([10, 11, 12])

                merged = wb.create_sheet("Sammanslagen")
                merged.append(["Grupp", None, "x"])
                merged.merge_cells("A1:B1")
                merged.append([1, 2, 3])

                dup = wb.create_sheet("Dubbel")
                dup.append(["a", "b", "a"])
                dup.append([1, 2, 3])

                wb.create_sheet("Tom")

                text = wb.create_sheet("Text")
                text.append(["kod", "värde"])
                for i in range(1, 6):
                    text.append([i, i * 1.5])
                text.append(["okänd", 7.5])
                wb.save("patienter.xlsx")
                """);
    }

    private static LoadResult read(ReadOptions options) {
        return ExcelReader.read(dir.resolve("patienter.xlsx"), "patienter.xlsx", options, ProgressListener.NONE);
    }

    private static Dataset data(LoadResult r) {
        assertFalse(r.hasErrors(), r.problems().toString());
        return r.dataset().orElseThrow();
    }

    private static List<String> texts(Dataset d, String column) {
        Column c = d.column(column).orElseThrow();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) out.add(c.isMissing(i) ? null : c.format(i));
        return out;
    }

    @Test
    void readsTypedColumnsBelowATitleBlock() {
        Dataset d = data(read(ReadOptions.defaults().withSheet("Patienter").withHeaderRow(4)));
        assertEquals("patienter", d.name());
        assertEquals(4, d.rowCount(), "the styled empty cell far below is not a row");
        assertEquals(List.of("id", "region", "kommun", "besök", "vikt", "antal", "rökare", "kommentar", "tid"),
                d.columnNames());
        assertEquals(ColumnType.INTEGER, d.column("id").orElseThrow().type());
        assertEquals(ColumnType.TEXT, d.column("region").orElseThrow().type());
        assertEquals(List.of("01", "0180", "13", "25"), texts(d, "region"), "codes keep their leading zeros");
        assertEquals(List.of("Åre", "Malmö", "Göteborg", "Kiruna"), texts(d, "kommun"));
        assertEquals(ColumnType.DATE, d.column("besök").orElseThrow().type());
        assertEquals(java.util.Arrays.asList("2024-01-05", "2024-02-29", null, "2023-12-31"), texts(d, "besök"));
        DoubleColumn vikt = (DoubleColumn) d.column("vikt").orElseThrow();
        assertEquals(72.5, vikt.get(0));
        assertEquals(2.0 / 3, vikt.get(1), 0.0, "full precision: 0.6666666666666666");
        assertTrue(vikt.isMissing(2));
        assertEquals(1e-7, vikt.get(3), 0.0);
        IntColumn antal = (IntColumn) d.column("antal").orElseThrow();
        assertEquals(ColumnType.INTEGER, antal.type(), "a thousands display format does not change the number");
        assertEquals(List.of(1234, 1234567, 0, 12), List.of(antal.get(0), antal.get(1), antal.get(2), antal.get(3)));
        assertEquals(ColumnType.BOOLEAN, d.column("rökare").orElseThrow().type());
        assertEquals(java.util.Arrays.asList("ä ö å", null, null, "x"), texts(d, "kommentar"), "None and NA are missing");
        assertEquals(java.util.Arrays.asList("2024-03-01T08:30:00", "2024-03-02", null, null), texts(d, "tid"));
        assertEquals(5, d.sourceLine(0), "rows are named by their sheet row");
        assertEquals(8, d.sourceLine(3));
    }

    @Test
    void aRangeAndAHeaderRowWithinItChooseTheCells() {
        Dataset d = data(read(ReadOptions.defaults().withRange("B3:D7").withHeaderRow(2)));
        assertEquals(List.of("region", "kommun", "besök"), d.columnNames());
        assertEquals(List.of("01", "0180", "13"), texts(d, "region"));
        assertEquals(6, d.sourceLine(1));
        Dataset whole = data(read(ReadOptions.defaults().withRange("$A$4:$C$6")));
        assertEquals(List.of("id", "region", "kommun"), whole.columnNames());
        assertEquals(2, whole.rowCount());
    }

    @Test
    void sheetsByNameAndNumber() {
        Dataset byNumber = data(read(ReadOptions.defaults().withSheet("2")));
        assertEquals(List.of("a", "b"), byNumber.columnNames());
        assertEquals(List.of("x"), texts(byNumber, "b"));
        assertEquals(1, data(read(ReadOptions.defaults().withSheet("andra"))).rowCount());
    }

    @Test
    void anUnknownSheetListsTheSheets() {
        DataProblem p = read(ReadOptions.defaults().withSheet("Saknas")).errors().get(0);
        assertTrue(p.message().contains("no sheet named 'Saknas'"), p.message());
        assertTrue(p.hint().contains("'Patienter', 'Andra', 'Fel'"), p.hint());
        DataProblem n = read(ReadOptions.defaults().withSheet("9")).errors().get(0);
        assertTrue(n.message().contains("no sheet number 9"), n.message());
    }

    @Test
    void aMalformedRangeIsAnError() {
        DataProblem p = read(ReadOptions.defaults().withRange("B3-F2")).errors().get(0);
        assertEquals("patienter.xlsx [Patienter]", p.file());
        assertTrue(p.message().contains("not a range"), p.message());
    }

    @Test
    void formulaErrorsEmptyRowsAndCellsBeyondTheHeaderAreNamedByPosition() {
        LoadResult r = read(ReadOptions.defaults().withSheet("Fel"));
        DataProblem e = r.errors().get(0);
        assertEquals("patienter.xlsx [Fel]", e.file());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertEquals("C3 #DIV/0!", e.offendingText());
        assertEquals(1, r.errors().size());
        DataProblem beyond = r.problems().stream().filter(p -> p.message().contains("outside the columns")).findFirst()
                .orElseThrow();
        assertEquals(4, beyond.line());
        assertEquals(4, beyond.column());
        DataProblem empty = r.problems().stream().filter(p -> p.message().contains("empty between")).findFirst()
                .orElseThrow();
        assertEquals(5, empty.line());
        Dataset d = r.dataset().orElseThrow();
        assertEquals(5, d.rowCount(), "the empty row between data rows is a row of missing values");
        assertEquals(java.util.Arrays.asList("3", null, "9", null, "12"), texts(d, "c"));
        assertEquals(6, d.sourceLine(4));
    }

    @Test
    void anEmptyHeaderCellInAMergedCellSaysSo() {
        LoadResult r = read(ReadOptions.defaults().withSheet("Sammanslagen"));
        assertTrue(r.dataset().isEmpty());
        DataProblem p = r.errors().get(0);
        assertEquals(1, p.line());
        assertEquals(2, p.column());
        assertTrue(p.message().contains("merged cell A1:B1"), p.message());
    }

    @Test
    void duplicateAndMissingHeadersAndEmptySheets() {
        DataProblem dup = read(ReadOptions.defaults().withSheet("Dubbel")).errors().get(0);
        assertEquals(3, dup.column());
        assertTrue(dup.message().contains("'a' occurs twice"), dup.message());
        DataProblem empty = read(ReadOptions.defaults().withSheet("Tom")).errors().get(0);
        assertTrue(empty.message().contains("sheet 'Tom' is empty"), empty.message());
        DataProblem header = read(ReadOptions.defaults().withHeaderRow(3)).errors().get(0);
        assertEquals(3, header.line());
        assertTrue(header.message().contains("empty"), header.message());
    }

    @Test
    void aColumnThatTurnsToTextSaysWhere() {
        LoadResult r = read(ReadOptions.defaults().withSheet("Text"));
        Dataset d = data(r);
        assertEquals(ColumnType.TEXT, d.column("kod").orElseThrow().type());
        assertEquals(ColumnType.DECIMAL, d.column("värde").orElseThrow().type());
        DataProblem w = r.problems().get(0);
        assertEquals("patienter.xlsx [Text]", w.file());
        assertEquals(7, w.line());
        assertEquals(1, w.column());
        assertTrue(w.message().contains("'okänd' in cell A7"), w.message());
    }

    @Test
    void extraMissingMarkersApply() {
        Dataset d = data(read(ReadOptions.defaults().withHeaderRow(4).withMissingMarkers("x")));
        assertEquals(java.util.Arrays.asList("ä ö å", null, null, null), texts(d, "kommentar"));
    }

    @Test
    void protectedAndBrokenWorkbooksAreProblemsNotExceptions() throws IOException {
        Path locked = dir.resolve("låst.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(locked)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        LoadResult r = DataReader.read(locked, "låst.xlsx", ReadOptions.defaults(), ProgressListener.NONE);
        assertTrue(r.errors().get(0).message().contains("protected by a password"), r.problems().toString());

        Path broken = dir.resolve("trasig.xlsx");
        byte[] good = Files.readAllBytes(dir.resolve("patienter.xlsx"));
        Files.write(broken, java.util.Arrays.copyOf(good, good.length / 2));
        LoadResult b = DataReader.read(broken, "trasig.xlsx", ReadOptions.defaults(), ProgressListener.NONE);
        assertTrue(b.dataset().isEmpty());
        assertTrue(b.errors().get(0).message().contains("could not be read"), b.problems().toString());
    }

    @Test
    void progressIsReportedAndFinished() {
        List<String> events = new ArrayList<>();
        ProgressListener l = new ProgressListener() {
            @Override
            public synchronized void progress(String task, long done, long total) {
                events.add("progress " + task);
            }

            @Override
            public synchronized void finished(String task) {
                events.add("finished " + task);
            }
        };
        ExcelReader.read(dir.resolve("patienter.xlsx"), "patienter.xlsx", ReadOptions.defaults().withSheet("Andra"), l);
        assertEquals("progress reading patienter.xlsx", events.get(0));
        assertEquals("finished reading patienter.xlsx", events.get(events.size() - 1));
    }

    @Test
    void poiLogsThroughSlf4jNotToStderr() {
        String factory = org.apache.logging.log4j.LogManager.getFactory().getClass().getName();
        assertTrue(factory.contains("slf4j"), factory);
    }

    static String join(List<DataProblem> problems) {
        return problems.stream().map(DataProblem::toString).collect(Collectors.joining("\n"));
    }
}
