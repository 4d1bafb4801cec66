package se.indikator.repl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import se.indikator.runtime.model.FunctionDef;
import se.indikator.runtime.model.JavaBridge;
import se.indikator.runtime.model.ValueType;
import se.indikator.runtime.session.JavaCells;
import se.indikator.runtime.session.SessionTables;

/**
 * Java cells through the JShell API, executed in this JVM (the local execution engine) so that a
 * cell's static methods become functions the language can call, e.g. a custom code-list test used in
 * a {@code where}, and {@code SessionTables.table("deaths")} gives a cell the session's data. JShell's
 * compiler is given the class path of the runtime explicitly (under a test runner the JVM's class
 * path can be a single manifest jar that JShell's compiler does not follow, JDK-8314327), and the
 * execution loader is the runtime's own, so registered functions are seen by the runtime.
 */
final class JShellCells implements JavaCells {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final JShell shell;

    JShellCells() {
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        ClassLoader runtimeLoader = JavaBridge.class.getClassLoader();
        ClassLoader saved = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(runtimeLoader);
        try {
            shell = JShell.builder().executionEngine("local").out(out).err(out).build();
        } finally {
            Thread.currentThread().setContextClassLoader(saved);
        }
        for (String entry : classPath()) {
            shell.addToClasspath(entry);
        }
        shell.eval("import se.indikator.runtime.session.SessionTables;");
        shell.eval("import tech.tablesaw.api.*;");
    }

    static Set<String> classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(JavaBridge.class, SessionTables.class, tech.tablesaw.api.Table.class,
                se.indikator.stdlib.ci.Interval.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | SecurityException | NullPointerException e) {
                // not from a file: the class path below may still carry it
            }
        }
        for (String e : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(e);
            }
        }
        return entries;
    }

    /** Stops the snippet that is running (the local engine stops its thread). */
    @Override
    public void stop() {
        shell.stop();
        // JShell stops only a snippet that has begun to run: keep asking until the cell's evaluation returns
        Thread watchdog = new Thread(() -> {
            long end = System.nanoTime() + 10_000_000_000L;
            while (evaluating && System.nanoTime() < end) {
                shell.stop();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "indikator-java-stop");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Whether a cell is being evaluated (what {@link #stop} waits for). */
    private volatile boolean evaluating;

    /** Closes the shell and lets what its cells held go. */
    void close() {
        shell.close();
    }

    @Override
    public Outcome eval(String code) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        evaluating = true;
        try {
            return evalCaptured(code);
        } finally {
            evaluating = false;
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    private Outcome evalCaptured(String code) {
        captured.reset();
        java.util.OptionalInt exit = CellGuard.endsTheProgram(code);
        if (exit.isPresent()) {
            return new Outcome(List.of(problem(code, exit.getAsInt(), true,
                    "a Java cell cannot end the program (System.exit, Runtime): the cell was not run, and the session "
                            + "goes on")), List.of(), "");
        }
        List<Problem> problems = new ArrayList<>();
        List<FunctionDef> functions = new ArrayList<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        while (!remaining.isBlank()) {
            int offset = code.length() - remaining.length();
            int skip = 0;
            while (skip < remaining.length() && Character.isWhitespace(remaining.charAt(skip))) {
                skip++;
            }
            final int lead = skip;
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            String source = info.source() != null ? info.source() : remaining;
            remaining = info.remaining() == null ? "" : info.remaining();
            if (!info.completeness().isComplete()) {
                problems.add(problem(code, offset + lead, true, "this snippet is not finished"));
                break;
            }
            for (SnippetEvent ev : shell.eval(source)) {
                Snippet sn = ev.snippet();
                if (ev.status() == Snippet.Status.REJECTED) {
                    shell.diagnostics(sn).forEach(dg -> problems.add(problem(code,
                            offset + lead + (int) Math.max(0, dg.getStartPosition()), dg.isError(),
                            dg.getMessage(Locale.ENGLISH))));
                    if (shell.diagnostics(sn).findAny().isEmpty()) {
                        problems.add(problem(code, offset + lead, true, "JShell rejected this snippet"));
                    }
                } else if (ev.exception() != null) {
                    problems.add(problem(code, offset + lead, true, "the cell threw " + ev.exception()));
                } else if (sn instanceof MethodSnippet m && ev.status().isActive() && ev.causeSnippet() == null) {
                    register(m, problems, code, offset + lead).ifPresent(functions::add);
                }
            }
        }
        return new Outcome(problems, functions, captured.toString(StandardCharsets.UTF_8));
    }

    private java.util.Optional<FunctionDef> register(MethodSnippet m, List<Problem> problems, String code, int at) {
        String signature = m.signature();
        String params = signature.substring(signature.indexOf('(') + 1, signature.indexOf(')'));
        String result = signature.substring(signature.indexOf(')') + 1);
        List<ValueType> types = new ArrayList<>();
        StringBuilder args = new StringBuilder();
        String[] ps = params.isBlank() ? new String[0] : params.split(",");
        for (int i = 0; i < ps.length; i++) {
            String p = ps[i].strip();
            ValueType t = valueType(p);
            if (t == null) {
                problems.add(problem(code, at, false, "'" + m.name() + "' takes a " + p
                        + "; only String, numbers and boolean can be passed from the language"));
                return java.util.Optional.empty();
            }
            types.add(t);
            args.append(i > 0 ? ", " : "").append(cast(p, i));
        }
        ValueType r = valueType(result);
        if (r == null || r == ValueType.TEXT) {
            problems.add(problem(code, at, false, "'" + m.name() + "' returns " + result
                    + "; functions the language calls return a number or a boolean"));
            return java.util.Optional.empty();
        }
        List<SnippetEvent> reg = shell.eval("se.indikator.runtime.model.JavaBridge.register(\"" + m.name() + "\", a -> "
                + m.name() + "(" + args + "));");
        if (reg.stream().anyMatch(e -> e.status() == Snippet.Status.REJECTED || e.exception() != null)) {
            problems.add(problem(code, at, true, "'" + m.name() + "' could not be made callable from the language"));
            return java.util.Optional.empty();
        }
        String name = m.name();
        return java.util.Optional.of(new FunctionDef(name, types, r, "Java: " + name + signature, a -> {
            for (Object x : a) {
                if (x == null) {
                    return r == ValueType.BOOLEAN ? Boolean.FALSE : null;
                }
            }
            Object v = JavaBridge.call(name, a);
            return v instanceof Number n ? (Object) n.doubleValue() : v;
        }));
    }

    private static ValueType valueType(String javaType) {
        return switch (javaType) {
            case "String", "java.lang.String" -> ValueType.TEXT;
            case "double", "int", "long", "float", "Double", "Integer", "Long" -> ValueType.NUMBER;
            case "boolean", "Boolean" -> ValueType.BOOLEAN;
            default -> null;
        };
    }

    private static String cast(String javaType, int i) {
        return switch (javaType) {
            case "String", "java.lang.String" -> "(String) a[" + i + "]";
            case "double", "Double" -> "((Number) a[" + i + "]).doubleValue()";
            case "float" -> "((Number) a[" + i + "]).floatValue()";
            case "int", "Integer" -> "((Number) a[" + i + "]).intValue()";
            case "long", "Long" -> "((Number) a[" + i + "]).longValue()";
            default -> "(Boolean) a[" + i + "]";
        };
    }

    private static Problem problem(String code, int index, boolean error, String message) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(index, code.length()); i++) {
            if (code.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Problem(error, line, col, message);
    }
}
