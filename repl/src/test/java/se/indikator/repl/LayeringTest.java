package se.indikator.repl;

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
import org.junit.jupiter.api.Test;

/**
 * Keeps the module arrows true by reading every main source file's imports and fully qualified names:
 * stdlib knows nothing of the language; only runtime's parse package touches ANTLR and the generated
 * parser; runtime never reaches into the kernel, the language server or repl; the kernel uses runtime and ZeroMQ but
 * never repl, JLine or JShell (repl hands it the Java cells); the language server uses runtime and LSP4J and nothing
 * else of ours; only repl imports JLine and JShell; no module names the Spark module or Spark (runtime finds engine
 * modules at run time), which uses only runtime's engine seam; and inside runtime the
 * packages follow the stages, each using only those before it ({@link #RUNTIME_ORDER}).
 */
class LayeringTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

    /** One source file's use of a package or class, by import or by its fully qualified name. */
    record Use(Path file, String imported) {
    }

    static List<Use> imports(String module) throws IOException {
        Path src = ROOT.resolve(module).resolve("src/main/java");
        List<Use> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    out.add(new Use(ROOT.relativize(f), m.group(2)));
                }
                Matcher q = Pattern.compile("\\b(se\\.indikator\\.(runtime|kernel|lsp|repl|grammar|engines)|org\\.apache\\.spark|org\\.antlr|org\\.eclipse\\.lsp4j|org\\.jline|org\\.zeromq|jdk\\.jshell)\\.[\\w.]+")
                        .matcher(text.replaceAll("(?m)^import .*$", ""));
                while (q.find()) {
                    out.add(new Use(ROOT.relativize(f), q.group()));
                }
            }
        }
        assertTrue(!out.isEmpty(), "no sources found under " + src);
        return out;
    }

    static void forbid(List<Use> uses, String prefix, java.util.function.Predicate<Path> allowed, String why) {
        List<String> bad = uses.stream().filter(u -> u.imported().startsWith(prefix) && !allowed.test(u.file()))
                .map(u -> u.file() + " uses " + u.imported()).toList();
        assertTrue(bad.isEmpty(), why + ":\n" + String.join("\n", bad));
    }

    @Test
    void stdlibKnowsNothingOfTheLanguage() throws IOException {
        List<Use> uses = imports("stdlib");
        forbid(uses, "se.indikator.runtime", f -> false, "stdlib must not depend on runtime");
        forbid(uses, "se.indikator.grammar", f -> false, "stdlib must not depend on the grammar");
        forbid(uses, "se.indikator.repl", f -> false, "stdlib must not depend on repl");
        forbid(uses, "org.antlr", f -> false, "stdlib must not use ANTLR");
        forbid(uses, "tech.tablesaw", f -> false, "stdlib is plain Java");
    }

    @Test
    void onlyTheParsePackageTouchesAntlr() throws IOException {
        List<Use> uses = imports("runtime");
        java.util.function.Predicate<Path> parse = f -> f.toString().contains("/runtime/parse/");
        forbid(uses, "org.antlr", parse, "only runtime's parse package may use ANTLR");
        forbid(uses, "se.indikator.grammar", parse, "only runtime's parse package may use the generated parser");
        forbid(uses, "se.indikator.repl", f -> false, "runtime must not depend on repl");
        forbid(uses, "se.indikator.kernel", f -> false, "runtime must not depend on the kernel");
        forbid(uses, "se.indikator.lsp", f -> false, "runtime must not depend on the language server");
        forbid(uses, "org.eclipse.lsp4j", f -> false, "only the language server uses LSP4J");
        forbid(uses, "org.zeromq", f -> false, "only the kernel uses ZeroMQ");
        forbid(uses, "org.jline", f -> false, "only repl uses JLine");
        forbid(uses, "jdk.jshell", f -> false, "only repl uses JShell");
        forbid(uses, "se.indikator.engines", f -> false, "runtime finds engine modules at run time, it never names one");
        forbid(uses, "org.apache.spark", f -> false, "only the Spark module uses Spark");
    }

    @Test
    void theSparkModuleUsesOnlyTheRuntimesEngineSeam() throws IOException {
        List<Use> uses = imports("engines-spark");
        List<String> bad = uses.stream().filter(u -> u.imported().startsWith("se.indikator.")
                && !u.imported().startsWith("se.indikator.runtime.data.") && !u.imported().startsWith("se.indikator.engines."))
                .map(u -> u.file() + " uses " + u.imported()).toList();
        assertTrue(bad.isEmpty(), "the Spark module speaks to indikator only through runtime's engine seam (runtime.data):\n"
                + String.join("\n", bad));
        forbid(uses, "org.antlr", f -> false, "Spark's parser is Spark's own; the module does not use ANTLR");
        assertTrue(uses.stream().anyMatch(u -> u.imported().startsWith("org.apache.spark")), "the Spark module drives Spark");
    }

    @Test
    void nothingNamesTheSparkModule() throws IOException {
        for (String module : List.of("repl", "kernel", "lsp")) {
            List<Use> uses = imports(module);
            forbid(uses, "se.indikator.engines", f -> false, module + " must not depend on an engine module");
            forbid(uses, "org.apache.spark", f -> false, "only the Spark module uses Spark");
        }
    }

    /**
     * The packages of runtime in the order of the stages: a package may use only itself and those before it
     * (parse → check → plan → execute → estimate → disclosure → present; the session drives them, the notebook renders runs).
     */
    static final List<String> RUNTIME_ORDER = List.of("diag", "progress", "ast", "parse", "data", "model", "check", "plan",
            "sql", "exec", "estimate", "disclosure", "result", "analysis", "chart", "output", "statements", "session", "notebook",
            "publish");

    static final Pattern RUNTIME_PACKAGE = Pattern.compile("^se\\.indikator\\.runtime\\.([a-z]+)");

    @Test
    void runtimePackagesFollowTheStages() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Use u : imports("runtime")) {
            String own = runtimePackage(u.file());
            Matcher m = RUNTIME_PACKAGE.matcher(u.imported());
            if (!m.find()) {
                continue;
            }
            String used = m.group(1);
            int from = RUNTIME_ORDER.indexOf(own);
            int to = RUNTIME_ORDER.indexOf(used);
            if (from < 0 || to < 0) {
                bad.add(u.file() + ": package '" + (from < 0 ? own : used) + "' has no place in the stage order");
            } else if (to > from) {
                bad.add(u.file() + " (" + own + ") uses " + u.imported() + " (" + used + "), a later stage");
            }
        }
        assertTrue(bad.isEmpty(), "runtime's packages must point back along the stages:\n" + String.join("\n", bad));
    }

    @Test
    void theStageOrderCheckSeesABrokenArrow() {
        Use back = new Use(Path.of("runtime/src/main/java/se/indikator/runtime/parse/X.java"),
                "se.indikator.runtime.session.Session");
        Matcher m = RUNTIME_PACKAGE.matcher(back.imported());
        assertTrue(m.find());
        assertTrue(RUNTIME_ORDER.indexOf(m.group(1)) > RUNTIME_ORDER.indexOf(runtimePackage(back.file())),
                "a parse class using the session points forward");
    }

    /** The runtime package a source file is in, from its path. */
    static String runtimePackage(Path file) {
        String p = file.toString().replace('\\', '/');
        int i = p.indexOf("/se/indikator/runtime/");
        String rest = p.substring(i + "/se/indikator/runtime/".length());
        return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : "";
    }

    @Test
    void replUsesTheRuntimeNotTheGrammar() throws IOException {
        List<Use> uses = imports("repl");
        forbid(uses, "se.indikator.grammar", f -> false, "repl goes through runtime, not the generated parser");
        forbid(uses, "org.antlr", f -> false, "repl goes through runtime's parse package");
        forbid(uses, "org.eclipse.lsp4j", f -> false, "repl starts the language server, it does not speak its protocol");
    }

    @Test
    void theKernelUsesTheRuntimeNotTheShell() throws IOException {
        List<Use> uses = imports("kernel");
        forbid(uses, "se.indikator.repl", f -> false, "the kernel must not depend on repl (repl starts it)");
        forbid(uses, "se.indikator.grammar", f -> false, "the kernel goes through runtime, not the generated parser");
        forbid(uses, "org.antlr", f -> false, "the kernel goes through runtime's parse package");
        forbid(uses, "org.jline", f -> false, "only repl uses JLine");
        forbid(uses, "jdk.jshell", f -> false, "only repl uses JShell; the kernel is handed its Java cells");
        forbid(uses, "se.indikator.lsp", f -> false, "the kernel and the language server know nothing of each other");
        forbid(uses, "org.eclipse.lsp4j", f -> false, "only the language server uses LSP4J");
        assertTrue(uses.stream().anyMatch(u -> u.imported().startsWith("se.indikator.runtime")), "the kernel drives runtime");
    }

    @Test
    void theLanguageServerUsesTheRuntimeAndLsp4jOnly() throws IOException {
        List<Use> uses = imports("lsp");
        forbid(uses, "se.indikator.repl", f -> false, "the language server must not depend on repl (repl starts it)");
        forbid(uses, "se.indikator.kernel", f -> false, "the language server and the kernel know nothing of each other");
        forbid(uses, "se.indikator.grammar", f -> false, "the language server goes through runtime, not the generated parser");
        forbid(uses, "org.antlr", f -> false, "the language server goes through runtime's parse package");
        forbid(uses, "org.jline", f -> false, "only repl uses JLine");
        forbid(uses, "org.zeromq", f -> false, "only the kernel uses ZeroMQ");
        forbid(uses, "jdk.jshell", f -> false, "only repl uses JShell");
        assertTrue(uses.stream().anyMatch(u -> u.imported().startsWith("se.indikator.runtime")), "the language server drives runtime");
        assertTrue(uses.stream().anyMatch(u -> u.imported().startsWith("org.eclipse.lsp4j")), "the language server speaks LSP4J");
    }
}
