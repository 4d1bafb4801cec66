package se.indikator.runtime.notebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.output.StatementResult;

/**
 * A script laid out as a notebook: its title (the first Markdown heading, else the file name), the
 * data sources it reads, the date it was run, and its cells in source order — prose from runs of
 * {@code #'} lines, and code from the lines between them with the outputs of their statements and
 * every diagnostic placed after the statement it is about (diagnostics with no place come last).
 */
public record NotebookDocument(String title, String sourceName, List<DataSource> dataSources, LocalDate runDate,
        List<NotebookCell> cells) {

    public NotebookDocument {
        dataSources = List.copyOf(dataSources);
        cells = List.copyOf(cells);
    }

    /** Lays out {@code source} with the result of running it; {@code runDate} is shown in the header. */
    public static NotebookDocument of(SourceFile source, RunResult result, LocalDate runDate) {
        Set<Integer> proseLines = proseLines(source, result);
        List<int[]> runs = runs(source, proseLines);
        List<List<Entry>> entries = new ArrayList<>();
        runs.forEach(r -> entries.add(new ArrayList<>()));
        List<Entry> trailing = new ArrayList<>();
        Map<Diagnostic, Boolean> placed = new IdentityHashMap<>();
        List<DataSource> data = new ArrayList<>();
        int seq = 0;
        for (StatementResult sr : result.statements()) {
            Stmt s = sr.statement();
            if (s instanceof Stmt.Prose) {
                continue;
            }
            if (s instanceof Stmt.Data d) {
                data.add(new DataSource(d.name().text(), d.path()));
            }
            int line = s.span().line();
            List<Entry> target = codeRun(runs, line).map(entries::get).orElse(trailing);
            for (Output o : sr.outputs()) {
                if (o instanceof Output.Prose) {
                    continue;
                }
                if (o instanceof Output.Message m) {
                    placed.put(m.diagnostic(), true);
                }
                target.add(new Entry(line, 0, seq++, o));
            }
        }
        for (Diagnostic d : result.diagnostics()) {
            if (placed.containsKey(d)) {
                continue;
            }
            int line = d.span().isKnown() && ownSource(d, source) ? d.span().line() : 0;
            int anchor = line;
            for (StatementResult sr : result.statements()) {
                Stmt s = sr.statement();
                if (!(s instanceof Stmt.Prose) && line >= s.span().line() && line <= s.span().endLine()) {
                    anchor = s.span().line();
                    break;
                }
            }
            Entry e = new Entry(anchor, 1, seq++, new Output.Message(d));
            codeRun(runs, anchor).map(entries::get).orElse(trailing).add(e);
        }
        List<NotebookCell> cells = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            int[] r = runs.get(i);
            if (r[2] == 1) {
                addMarkdown(cells, source, r);
            } else {
                cells.add(new NotebookCell.Code(text(source, r[0], r[1]), r[0], r[1], sorted(entries.get(i))));
            }
        }
        if (!trailing.isEmpty()) {
            cells.add(new NotebookCell.Code("", 0, 0, sorted(trailing)));
        }
        return new NotebookDocument(title(cells, source.name()), source.name(), data, runDate, cells);
    }

    /**
     * Several documents as one, e.g. each input of a shell session laid out on its own and then saved
     * together: the cells in order, the data sources without repeats, and the title of the first part
     * that has a heading, else {@code name}.
     */
    public static NotebookDocument join(String name, List<NotebookDocument> parts, LocalDate runDate) {
        List<NotebookCell> cells = new ArrayList<>();
        List<DataSource> data = new ArrayList<>();
        for (NotebookDocument d : parts) {
            cells.addAll(d.cells());
            d.dataSources().stream().filter(x -> !data.contains(x)).forEach(data::add);
        }
        return new NotebookDocument(title(cells, name), name, data, runDate, cells);
    }

    /** An output with the line of its statement, whether it is a statement's own output (0) or a diagnostic (1), and its order. */
    private record Entry(int line, int phase, int seq, Output output) {
    }

    private static List<Output> sorted(List<Entry> es) {
        List<Entry> copy = new ArrayList<>(es);
        copy.sort(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::phase).thenComparingInt(Entry::seq));
        return copy.stream().map(Entry::output).toList();
    }

    private static boolean ownSource(Diagnostic d, SourceFile source) {
        return d.span().source() == source || d.span().source().name().equals(source.name());
    }

    /** Lines that are prose: a {@code #'} line that starts with the marker and is not inside another statement. */
    private static Set<Integer> proseLines(SourceFile source, RunResult result) {
        Set<Integer> lines = new TreeSet<>();
        for (int l = 1; l <= source.lineCount(); l++) {
            if (source.line(l).stripLeading().startsWith("#'")) {
                lines.add(l);
            }
        }
        for (StatementResult sr : result.statements()) {
            Stmt s = sr.statement();
            if (!(s instanceof Stmt.Prose)) {
                for (int l = s.span().line(); l <= s.span().endLine(); l++) {
                    lines.remove(l);
                }
            }
        }
        return lines;
    }

    /**
     * The script split into runs {@code {first, last, prose?1:0}}: prose runs, and the code runs
     * between them with blank lines at either end trimmed; runs of only blank lines are left out.
     */
    private static List<int[]> runs(SourceFile source, Set<Integer> prose) {
        List<int[]> runs = new ArrayList<>();
        int n = source.lineCount();
        int l = 1;
        while (l <= n) {
            boolean isProse = prose.contains(l);
            int start = l;
            while (l <= n && prose.contains(l) == isProse) {
                l++;
            }
            int end = l - 1;
            if (!isProse) {
                while (start <= end && source.line(start).isBlank()) {
                    start++;
                }
                while (end >= start && source.line(end).isBlank()) {
                    end--;
                }
                if (start > end) {
                    continue;
                }
            }
            runs.add(new int[] {start, end, isProse ? 1 : 0});
        }
        return runs;
    }

    private static java.util.Optional<Integer> codeRun(List<int[]> runs, int line) {
        for (int i = 0; i < runs.size(); i++) {
            int[] r = runs.get(i);
            if (r[2] == 0 && line >= r[0] && line <= r[1]) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    private static String text(SourceFile source, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int l = from; l <= to; l++) {
            sb.append(source.line(l)).append(l < to ? "\n" : "");
        }
        return sb.toString();
    }

    /** Adds a prose run, joined to the previous cell with a paragraph break when that is prose too. */
    private static void addMarkdown(List<NotebookCell> cells, SourceFile source, int[] r) {
        List<String> lines = new ArrayList<>();
        for (int l = r[0]; l <= r[1]; l++) {
            String t = source.line(l).stripLeading().substring(2);
            lines.add(t.startsWith(" ") ? t.substring(1) : t);
        }
        String md = String.join("\n", lines);
        if (!cells.isEmpty() && cells.get(cells.size() - 1) instanceof NotebookCell.Markdown prev) {
            cells.set(cells.size() - 1, new NotebookCell.Markdown(prev.markdown() + "\n\n" + md, prev.firstLine(), r[1]));
        } else {
            cells.add(new NotebookCell.Markdown(md, r[0], r[1]));
        }
    }

    private static String title(List<NotebookCell> cells, String sourceName) {
        for (NotebookCell c : cells) {
            if (c instanceof NotebookCell.Markdown m) {
                for (String line : m.markdown().split("\n")) {
                    String t = line.strip();
                    if (t.matches("#{1,6}\\s+\\S.*")) {
                        return t.replaceFirst("^#+\\s+", "").replaceFirst("\\s+#+$", "").strip();
                    }
                }
            }
        }
        String name = sourceName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Every diagnostic in the document's cells, in order. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        for (NotebookCell c : cells) {
            if (c instanceof NotebookCell.Code code) {
                code.outputs().forEach(o -> {
                    if (o instanceof Output.Message m) {
                        out.add(m.diagnostic());
                    }
                });
            }
        }
        return Collections.unmodifiableList(out);
    }
}
