package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the Jupyter tests share: Debian's Jupyter (its tools must be there — a missing one fails the test,
 * never skips it), the kernel installed from the built jar into a temporary prefix, and processes run with
 * that prefix as {@code JUPYTER_PATH}.
 */
final class Jupyter {
    static final Path JAR = Path.of("target", "indikator.jar").toAbsolutePath();
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    static final Path SCRIPTS = Path.of("src", "test", "jupyter").toAbsolutePath();

    /** A finished process: exit status and output. */
    record Run(int status, String out, String err) {
    }

    private Jupyter() {
    }

    /** Fails unless Debian's Jupyter packages are installed (.ci/run installs them). */
    static void requireTools() throws Exception {
        assertTrue(Files.isExecutable(JUPYTER), JUPYTER + " is missing: install jupyter-client, jupyter-nbconvert");
        assertTrue(Files.isExecutable(PYTHON), PYTHON + " is missing");
        Run r = run(List.of(PYTHON.toString(), "-c", "import jupyter_client, nbclient, nbconvert, nbformat, jupyter_kernel_test"),
                Path.of("."), Map.of(), 60);
        assertEquals(0, r.status(), "Debian's Python Jupyter modules are missing (jupyter-client python3-nbclient "
                + "jupyter-nbconvert python3-jupyter-kernel-test): " + r.err());
        assertTrue(Files.isRegularFile(JAR), "the jar is not built: " + JAR);
    }

    /** Installs the kernel into {@code prefix} with the jar's own command; returns the JUPYTER_PATH folder. */
    static Path install(Path prefix) throws Exception {
        Run r = run(List.of(java(), "-jar", JAR.toString(), "jupyter", "install", "--prefix", prefix.toString()),
                Path.of("."), Map.of(), 60);
        assertEquals(0, r.status(), r.err());
        return prefix.resolve("share").resolve("jupyter");
    }

    /** The environment that finds the installed kernel and keeps Jupyter's files in {@code temp}. */
    static Map<String, String> env(Path jupyterPath, Path temp) throws IOException {
        Path runtime = Files.createDirectories(temp.resolve("runtime"));
        return Map.of("JUPYTER_PATH", jupyterPath.toString(), "JUPYTER_RUNTIME_DIR", runtime.toString(),
                "JUPYTER_DATA_DIR", temp.resolve("data").toString(), "JUPYTER_CONFIG_DIR", temp.resolve("config").toString(),
                "PYTHONDONTWRITEBYTECODE", "1");
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command in a folder with extra environment; its output is collected through files. */
    static Run run(List<String> command, Path dir, Map<String, String> env, int timeoutSeconds) throws Exception {
        Path out = Files.createTempFile("jupyter-out", ".txt");
        Path err = Files.createTempFile("jupyter-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took more than " + timeoutSeconds + " s:\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
