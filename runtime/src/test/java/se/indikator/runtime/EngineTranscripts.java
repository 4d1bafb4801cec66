package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.DatasetParquet;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.parse.Parser;
import se.indikator.runtime.session.Session;
import se.indikator.runtime.session.Transcript;

/**
 * Runs every transcript (or example) of a folder again with its data scanned by an engine or in its tables: each {@code data … = read}
 * statement's dataset (read as the transcript reads it) is written as Parquet in place of its file, in a copy of
 * the folder, and the statement becomes {@code data … = scan} of it — in a DuckDB of its own, or on a connection
 * that the first such statement opens — or {@code data … = table} of a database table the file is copied into. The output must be the transcript's in memory, character for character,
 * except that a message about a data file's rows names no line of the file (an engine numbers rows as Parquet
 * does). Data read with problems, by a pattern or with renamed columns stay as they are read.
 */
public final class EngineTranscripts {
    private final Path dir;
    private final String engine;
    private final String connect;
    private final Placement placement;
    private final boolean tables;

    /** Where a dataset written as Parquet is put for the engine, and how a script then declares it. */
    interface Placement {
        /**
         * The source of a {@code data} statement (what follows {@code =}) for the Parquet file {@code relative} of
         * the folder {@code copy}, the {@code index}-th placed in a run.
         */
        String source(Path copy, String relative, int index) throws Exception;
    }

    private EngineTranscripts(Path dir, String engine, String connect, Placement placement, boolean tables) {
        this.dir = dir.toAbsolutePath().normalize();
        this.engine = engine;
        this.connect = connect;
        this.placement = placement;
        this.tables = tables;
    }

    /** The transcripts of {@code dir} with their data scanned in a DuckDB of their own. */
    public static EngineTranscripts inDuckDb(Path dir) {
        return new EngineTranscripts(dir, "DuckDB", "", (copy, relative, index) -> "scan " + quoted(relative), false);
    }

    /**
     * The transcripts of {@code dir} with their data scanned on the connection {@code name} that
     * {@code connection} (a statement, e.g. {@code connection name = spark "local[2]"}) opens.
     */
    public static EngineTranscripts on(Path dir, String engine, String connection, String name) {
        return new EngineTranscripts(dir, engine, connection, (copy, relative, index) -> "scan " + quoted(relative) + " on " + name,
                false);
    }

    /**
     * The transcripts of {@code dir} with their data as tables of a database the statement {@code connection} opens
     * as {@code name}: {@code load} copies a Parquet file into a table of the given name.
     */
    public static EngineTranscripts inTables(Path dir, String engine, String connection, String name, TableLoader load) {
        return new EngineTranscripts(dir, engine, connection, (copy, relative, index) -> {
            String table = "t" + Integer.toHexString(copy.toString().hashCode() & 0xfffffff) + "_" + index;
            load.load(copy.resolve(relative), table);
            return "table " + quoted(table) + " from " + name;
        }, true);
    }

    /** Copies the rows of a Parquet file into a new table of a database. */
    public interface TableLoader {
        void load(Path parquet, String table) throws Exception;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }

    /** One test per transcript, each in its own copy of the folder under {@code tmp}. */
    public Stream<DynamicTest> tests(Path tmp) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".ind")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(files.isEmpty(), "no transcripts in " + dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f, tmp)));
    }

    private void check(Path transcript, Path tmp) throws Exception {
        String name = transcript.getFileName().toString();
        String expected = Files.readString(transcript, StandardCharsets.UTF_8);
        Path copy = tmp.resolve(name.replace(".ind", ""));
        copyFolder(dir, copy);
        String script = Transcript.strip(expected);
        String[] lines = script.split("\n", -1);
        List<Stmt.Data> reads = new ArrayList<>();
        Parser.parse(new SourceFile(name, script)).program().statements().forEach(s -> {
            if (s instanceof Stmt.Data d) {
                reads.add(d);
            }
        });
        Map<String, Long> ways = new HashMap<>();
        reads.forEach(d -> ways.merge(d.path(), 1L, Long::sum));
        boolean connected = connect.isEmpty();
        int placed = 0;
        Map<String, String> displays = new HashMap<>(); // a table's name → the file it holds
        for (Stmt.Data d : reads) {
            if (ways.get(d.path()) > 1) {
                continue; // a file read more than once (e.g. two sheets of a workbook) stays as it is read
            }
            int first = d.span().line() - 1;
            int last = d.span().endLine() - 1;
            StringBuilder statement = new StringBuilder();
            for (int i = first; i <= last; i++) {
                statement.append(lines[i]).append('\n');
            }
            Session alone = new Session(dir);
            boolean problems = !alone.run(new SourceFile(name, statement.toString())).diagnostics().isEmpty();
            Dataset data = alone.catalog().data(d.name().text()).orElse(null);
            if (problems || data == null || data.rowCount() == 0 || d.path().contains("*") || !d.renames().isEmpty()) {
                continue; // data read with problems, a pattern, renamed columns (their hints name the headers): as read
            }
            if (tables && mentionedElsewhere(script, d)) {
                continue; // a file the script also writes to or names: a table would not be that file
            }
            DatasetParquet.write(data, copy.resolve(d.path()));
            // on the statement's own line, so that no other statement moves
            String source = placement.source(copy, d.path(), placed++);
            if (tables) {
                displays.put(source.substring(source.indexOf('"') + 1, source.indexOf('"', source.indexOf('"') + 1)), d.path());
            }
            lines[first] = (connected ? "" : connect + "; ") + "data " + d.name().written() + " = " + source;
            connected = true;
            for (int i = first + 1; i <= last; i++) {
                lines[i] = "";
            }
        }
        Session session = new Session(copy);
        session.plotsDir(tmp.resolve("plots"));
        session.catalog().settings(session.catalog().settings().withColumns("all"));
        String actual = Transcript.render(session, name, String.join("\n", lines));
        String want = Transcript.render(inMemory(copy), name, script);
        assertTrue(!reads.isEmpty() || actual.equals(want));
        assertEquals(normalise(want, reads, Map.of()), normalise(actual, reads, displays), name + " differs with its data in " + engine);
    }

    private Session inMemory(Path copy) {
        Session s = new Session(dir);
        s.plotsDir(copy.resolve("plots"));
        s.catalog().settings(s.catalog().settings().withColumns("all"));
        return s;
    }

    /** The output without the data statements, and with data warnings named without their line. */
    private String normalise(String out, List<Stmt.Data> reads, Map<String, String> displays) {
        for (Map.Entry<String, String> t : displays.entrySet()) { // a table names its rows, not the file they came from
            out = out.replaceAll("(?m)^#> " + Pattern.quote(t.getKey()) + ":\\d+:\\d+:", "#> " + Matcher.quoteReplacement(t.getValue()) + ":")
                    .replace(t.getKey(), t.getValue());
        }
        String[] lines = out.split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            boolean scan = (l.contains(" = scan \"") || l.contains(" = table \""))
                    && (l.startsWith("data ") || !connect.isEmpty() && l.startsWith(connect));
            if (scan || l.startsWith("data ") && l.contains(" = read \"") || l.isEmpty()) {
                continue;
            }
            // rows an engine brought back are numbered as Parquet numbers them, not by the lines of the file they came from
            String kept = l.startsWith("#> ") && (l.contains("error[") || l.contains("warning[")) ? l.replaceAll("line \\d+", "line N") : l;
            for (Stmt.Data d : reads) {
                kept = kept.replaceAll("^#> " + Pattern.quote(d.path()) + ":\\d+:\\d+:", "#> " + d.path() + ":");
            }
            b.append(kept).append('\n');
        }
        return b.toString();
    }

    /** Whether the script names the data's file anywhere but in its data statement (e.g. as a file it writes). */
    private static boolean mentionedElsewhere(String script, Stmt.Data d) {
        String[] lines = script.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if ((i < d.span().line() - 1 || i > d.span().endLine() - 1) && lines[i].contains(d.path())) {
                return true;
            }
        }
        return false;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
