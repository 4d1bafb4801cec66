package se.indikator.runtime.session;

import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.output.StatementResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SafeText;
import se.indikator.runtime.diag.SourceFile;

/**
 * A script with its expected output interleaved: after each statement that printed something, the
 * output follows as lines starting with {@code #> }. {@link #render} runs a script (with any old
 * {@code #>} lines removed) and writes the transcript anew, so a test compares the file with its
 * rendering and a flag rewrites it for review.
 */
public final class Transcript {
    private Transcript() {
    }

    public static final String PREFIX = "#> ";

    /** The script without its expected-output lines. */
    public static String strip(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#>")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    /** Runs the script in {@code session} and returns it with its output interleaved. */
    public static String render(Session session, String name, String text) {
        String script = strip(text);
        SourceFile source = new SourceFile(name, script);
        RunResult r = session.run(source);
        boolean comma = session.catalog().settings().swedish();
        Map<Integer, List<String>> after = new TreeMap<>();
        List<String> unplaced = new ArrayList<>();
        for (StatementResult s : r.statements()) {
            Stmt st = s.statement();
            for (Output o : s.outputs()) {
                String block = o instanceof Output.Table t ? TranscriptPrinter.table(t, TranscriptPrinter.WIDTH)
                        : o instanceof Output.Text t ? SafeText.lines(t.text()) + "\n"
                        : o instanceof Output.Chart c ? TranscriptPrinter.chartAsText(c) : null;
                if (block != null) {
                    after.computeIfAbsent(st.span().endLine(), k -> new ArrayList<>()).add(block);
                }
            }
        }
        for (Diagnostic d : r.diagnostics()) {
            String block = DiagnosticPrinter.format(d);
            if (d.span().isKnown() && d.span().source().name().equals(name)) {
                after.computeIfAbsent(endOfStatement(r, d.span().line()), k -> new ArrayList<>()).add(block);
            } else {
                unplaced.add(block);
            }
        }
        String[] lines = script.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) {
                break;
            }
            out.append(lines[i]).append('\n');
            List<String> blocks = after.get(i + 1);
            if (blocks != null) {
                blocks.forEach(b -> prefixed(out, b));
            }
        }
        if (r.hasErrors() || !unplaced.isEmpty()) {
            unplaced.forEach(b -> prefixed(out, b));
            if (r.hasErrors()) {
                prefixed(out, DiagnosticPrinter.summary(r.diagnostics()) + "\n");
            }
        }
        return out.toString();
    }

    private static int endOfStatement(RunResult r, int line) {
        for (StatementResult s : r.statements()) {
            if (s.statement().span().line() <= line && line <= s.statement().span().endLine()) {
                return s.statement().span().endLine();
            }
        }
        return line;
    }

    private static void prefixed(StringBuilder out, String block) {
        for (String l : block.split("\n", -1)) {
            if (!l.isEmpty()) {
                out.append(PREFIX).append(l).append('\n');
            }
        }
    }
}
