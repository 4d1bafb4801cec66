package se.indikator.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.indikator.kernel.Kernel;
import se.indikator.kernel.KernelSpec;

/**
 * {@code indikator kernel CONNECTION_FILE} runs the Jupyter kernel with JShell for Java cells, and
 * {@code indikator jupyter install [--user | --prefix DIR]} writes its kernelspec: the command that starts
 * this jar's kernel with the launcher's JVM options, into {@code ~/.local/share/jupyter/kernels} (--user, the
 * default) or {@code DIR/share/jupyter/kernels} (--prefix DIR).
 */
final class JupyterCommand {
    /** The JVM options the launcher starts indikator with. */
    static final List<String> JVM_OPTIONS = List.of("-Djava.awt.headless=true", "-XX:+UseSerialGC");

    private JupyterCommand() {
    }

    /** {@code indikator kernel CONNECTION_FILE}. */
    static int kernel(List<String> rest, PrintStream err) {
        if (rest.size() != 1) {
            err.println("indikator: kernel needs the connection file Jupyter gives it, e.g. indikator kernel kernel-1.json");
            return 2;
        }
        return Kernel.serve(Path.of(rest.get(0)), new LazyJavaCells(), err);
    }

    /** {@code indikator jupyter install [--user | --prefix DIR]}. */
    static int run(List<String> rest, PrintStream out, PrintStream err) {
        if (rest.isEmpty() || !rest.get(0).equals("install")) {
            err.println("indikator: usage: indikator jupyter install [--user | --prefix DIR]");
            return 2;
        }
        Path data;
        List<String> opts = rest.subList(1, rest.size());
        if (opts.isEmpty() || opts.equals(List.of("--user"))) {
            String home = System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home");
            String xdg = System.getenv("JUPYTER_DATA_DIR");
            data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share", "jupyter");
        } else if (opts.size() == 2 && opts.get(0).equals("--prefix")) {
            data = Path.of(opts.get(1)).toAbsolutePath().normalize().resolve("share").resolve("jupyter");
        } else {
            err.println("indikator: usage: indikator jupyter install [--user | --prefix DIR]");
            return 2;
        }
        Path jar = ownJar();
        if (jar == null) {
            err.println("indikator: install the kernel from the built jar: java -jar repl/target/indikator.jar jupyter install");
            return 2;
        }
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.addAll(JVM_OPTIONS);
        argv.addAll(List.of("-jar", jar.toString(), "kernel", "{connection_file}"));
        try {
            Path dir = KernelSpec.install(KernelSpec.kernelsDir(data), argv);
            out.println("installed the Jupyter kernel 'indikator' in " + dir);
            return 0;
        } catch (IOException e) {
            err.println("indikator: cannot write the kernelspec: " + e.getMessage());
            return 2;
        }
    }

    /** The absolute path of the jar this class was loaded from, or null when it was not loaded from a jar. */
    static Path ownJar() {
        try {
            Path p = Path.of(JupyterCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p.toAbsolutePath().normalize() : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }
}
