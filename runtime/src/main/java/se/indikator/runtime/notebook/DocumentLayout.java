package se.indikator.runtime.notebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.output.StatementResult;
import se.indikator.runtime.parse.ScriptOptions;

/**
 * Lays a script and its run out as cells: prose runs of {@code #'} lines, code runs between them (a
 * statement with {@code #|} options in a cell of its own, the option lines left out), each output and
 * diagnostic after the statement it is about (diagnostics with no place last), the captions of tables
 * and charts, and the indicators the report uses.
 */
final class DocumentLayout {
    private DocumentLayout() {
    }

    /** An output with the line of its statement, whether it is a statement's own output (0) or a diagnostic (1), its order and caption. */
    private record Entry(int line, int phase, int seq, Output output, Caption caption) {
    }

    static NotebookDocument lay(SourceFile source, RunResult result, java.time.LocalDate runDate,
            Function<String, Optional<IndicatorDef>> lookup) {
        List<Stmt> statements = result.statements().stream().map(StatementResult::statement).toList();
        ScriptOptions options = ScriptOptions.read(source, statements, new Diagnostics());
        ReportSettings report = ReportSettings.of(options.report());
        Set<Integer> cuts = new TreeSet<>();
        for (Stmt s : statements) {
            if (!(s instanceof Stmt.Prose) && !options.forStatement(s.span().line()).isEmpty()) {
                cuts.add(s.span().line());
                cuts.add(s.span().endLine() + 1);
            }
        }
        List<int[]> runs = runs(source, proseLines(source, result), options.lines(), cuts);
        List<List<Entry>> entries = new ArrayList<>();
        runs.forEach(r -> entries.add(new ArrayList<>()));
        List<Entry> trailing = new ArrayList<>();
        Map<Diagnostic, Boolean> placed = new IdentityHashMap<>();
        List<DataSource> data = new ArrayList<>();
        Map<String, IndicatorDef> used = new LinkedHashMap<>();
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
            CellOptions cellOptions = CellOptions.of(options.forStatement(line), report.code());
            List<Entry> target = codeRun(runs, line).map(entries::get).orElse(trailing);
            int captioned = 0;
            for (Output o : sr.outputs()) {
                if (o instanceof Output.Prose) {
                    continue;
                }
                if (o instanceof Output.Message m) {
                    placed.put(m.diagnostic(), true);
                }
                if (o instanceof Output.Table t && t.plan() != null) {
                    used.putIfAbsent(t.plan().indicator().name(), t.plan().indicator());
                }
                String label = cellOptions.label() == null ? null
                        : captioned == 0 ? cellOptions.label() : cellOptions.label() + "-" + (captioned + 1);
                Caption caption = Captions.of(s, o, lookup, cellOptions, label);
                captioned += caption == null ? 0 : 1;
                target.add(new Entry(line, 0, seq++, o, caption));
            }
            if (sr.outputs().stream().anyMatch(o -> o instanceof Output.Table || o instanceof Output.Chart)) {
                Captions.indicators(s).forEach(n -> lookup.apply(n).ifPresent(i -> used.putIfAbsent(i.name(), i)));
            }
        }
        for (Diagnostic d : result.diagnostics()) {
            if (placed.containsKey(d)) {
                continue;
            }
            int line = d.span().isKnown() && ownSource(d, source) ? d.span().line() : 0;
            int anchor = line;
            for (Stmt s : statements) {
                if (!(s instanceof Stmt.Prose) && line >= s.span().line() && line <= s.span().endLine()) {
                    anchor = s.span().line();
                    break;
                }
            }
            Entry e = new Entry(anchor, 1, seq++, new Output.Message(d), null);
            codeRun(runs, anchor).or(() -> nearestRun(runs, line)).map(entries::get).orElse(trailing).add(e);
        }
        List<NotebookCell> cells = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            int[] r = runs.get(i);
            if (r[2] == 1) {
                addMarkdown(cells, source, r);
            } else {
                cells.add(code(text(source, r[0], r[1], options.lines()), r[0], r[1], entries.get(i),
                        CellOptions.of(options.forStatement(r[0]), report.code())));
            }
        }
        if (!trailing.isEmpty()) {
            cells.add(code("", 0, 0, trailing, CellOptions.of(Map.of(), report.code())));
        }
        return new NotebookDocument(NotebookDocument.title(cells, source.name()), source.name(), data, runDate, cells,
                report, List.copyOf(used.values()));
    }

    private static NotebookCell.Code code(String text, int first, int last, List<Entry> es, CellOptions options) {
        List<Entry> copy = new ArrayList<>(es);
        copy.sort(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::phase).thenComparingInt(Entry::seq));
        Map<Integer, Caption> captions = new HashMap<>();
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).caption() != null) {
                captions.put(i, copy.get(i).caption());
            }
        }
        return new NotebookCell.Code(text, first, last, copy.stream().map(Entry::output).toList(), options, captions);
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
     * The script split into runs {@code {first, last, prose?1:0}}: prose runs, and the code runs between
     * them, broken at option lines and at {@code cuts}, with blank lines at either end trimmed; runs of
     * only blank lines are left out.
     */
    private static List<int[]> runs(SourceFile source, Set<Integer> prose, Set<Integer> optionLines, Set<Integer> cuts) {
        List<int[]> runs = new ArrayList<>();
        int n = source.lineCount();
        int l = 1;
        while (l <= n) {
            if (optionLines.contains(l)) {
                l++;
                continue;
            }
            boolean isProse = prose.contains(l);
            int start = l;
            l++;
            while (l <= n && prose.contains(l) == isProse && !optionLines.contains(l) && (isProse || !cuts.contains(l))) {
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

    private static Optional<Integer> codeRun(List<int[]> runs, int line) {
        for (int i = 0; i < runs.size(); i++) {
            int[] r = runs.get(i);
            if (r[2] == 0 && line >= r[0] && line <= r[1]) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The code run after a line outside every run (an option line), for the diagnostics about it. */
    private static Optional<Integer> nearestRun(List<int[]> runs, int line) {
        if (line <= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i)[2] == 0 && runs.get(i)[0] > line) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String text(SourceFile source, int from, int to, Set<Integer> skip) {
        List<String> lines = new ArrayList<>();
        for (int l = from; l <= to; l++) {
            if (!skip.contains(l)) {
                lines.add(source.line(l));
            }
        }
        return String.join("\n", lines);
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
}
